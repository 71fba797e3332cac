import { primaryLanguage } from '../locales/languages.js';
import { provided } from './registry.js';

type Loader<T> = () => Promise<{ default: T }>;

/**
 * Translated texts of built-in data (studies, criteria sets), each language and entry loaded the
 * first time a widget shows it. A site's own data is never changed, even when it shares an id.
 */
export class DataTexts<D extends { id: string }, T> {
  readonly #loaded = new Map<string, T>();
  readonly #translated = new Map<string, WeakMap<D, D>>();

  constructor(
    private readonly loaders: Readonly<Record<string, Readonly<Record<string, Loader<T>>>>>,
    private readonly apply: (data: D, texts: T) => D,
  ) {}

  /**
   * Loads the texts of built-in data in a language. Undefined when nothing needs loading: a site's
   * own data, English, a language without translations, or texts already loaded.
   */
  load(data: D, lang: string): Promise<void> | undefined {
    const language = primaryLanguage(lang);
    const loader = this.loaders[language]?.[data.id];
    const key = `${language}:${data.id}`;
    if (!loader || this.#loaded.has(key) || provided<D>(data.id) !== data) return undefined;
    return loader().then((module) => {
      this.#loaded.set(key, module.default);
    });
  }

  /** The data in a language whose texts have loaded; the data itself otherwise. */
  in(data: D, lang: string): D {
    const language = primaryLanguage(lang);
    const texts = this.#loaded.get(`${language}:${data.id}`);
    if (texts === undefined || provided<D>(data.id) !== data) return data;
    let cache = this.#translated.get(language);
    if (!cache) this.#translated.set(language, (cache = new WeakMap()));
    let result = cache.get(data);
    if (!result) cache.set(data, (result = this.apply(data, texts)));
    return result;
  }
}
