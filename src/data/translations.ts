import { primaryLanguage } from '../locales/languages.js';
import { provided } from './registry.js';

type Loader<T> = () => Promise<{ default: T }>;

/**
 * Translated texts of built-in data (studies, criteria sets), each language and entry loaded the
 * first time a widget shows it, and applied once. A site's own data is never changed, even when it
 * shares an id. The code that applies texts loads with the first of them, so a page in English
 * never has it.
 */
export class DataTexts<D extends { id: string }, T> {
  /** The built-in data in each language loaded so far, by `lang:id`. */
  readonly #translated = new Map<string, D>();
  readonly #loaders: Readonly<Record<string, Readonly<Record<string, Loader<T>>>>>;
  readonly #applier: Loader<(data: D, texts: T) => D>;

  constructor(
    loaders: Readonly<Record<string, Readonly<Record<string, Loader<T>>>>>,
    applier: Loader<(data: D, texts: T) => D>,
  ) {
    this.#loaders = loaders;
    this.#applier = applier;
  }

  /**
   * Loads the texts of built-in data in a language. Undefined when nothing needs loading: a site's
   * own data, English, a language without translations, or texts already loaded.
   */
  load(data: D, lang: string): Promise<void> | undefined {
    const language = primaryLanguage(lang);
    const loader = this.#loaders[language]?.[data.id];
    const key = `${language}:${data.id}`;
    if (!loader || this.#translated.has(key) || provided<D>(data.id) !== data) return undefined;
    return Promise.all([loader(), this.#applier()]).then(([texts, apply]) => {
      this.#translated.set(key, apply.default(data, texts.default));
    });
  }

  /** The data in a language whose texts have loaded; the data itself otherwise. */
  in(data: D, lang: string): D {
    const translated = this.#translated.get(`${primaryLanguage(lang)}:${data.id}`);
    return translated && provided<D>(data.id) === data ? translated : data;
  }
}
