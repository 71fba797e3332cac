import { primaryLanguage } from '../locales/languages.js';
import { provided } from './registry.js';

type Loader<T> = () => Promise<{ default: T }>;

/**
 * Translated texts of built-in data (studies, criteria sets), each language and entry loaded the
 * first time a widget shows it. A site's own data is never changed, even when it shares an id.
 * The code that applies texts loads with the first of them, so a page in English never has it.
 */
export class DataTexts<D extends { id: string }, T> {
  readonly #loaded = new Map<string, T>();
  readonly #translated = new Map<string, WeakMap<D, D>>();
  #apply: ((data: D, texts: T) => D) | undefined;

  constructor(
    private readonly loaders: Readonly<Record<string, Readonly<Record<string, Loader<T>>>>>,
    private readonly applier: Loader<(data: D, texts: T) => D>,
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
    return Promise.all([loader(), this.#apply ?? this.applier()]).then(([module, apply]) => {
      this.#apply = typeof apply === 'function' ? apply : apply.default;
      this.#loaded.set(key, module.default);
    });
  }

  /** The data in a language whose texts have loaded; the data itself otherwise. */
  in(data: D, lang: string): D {
    const language = primaryLanguage(lang);
    const texts = this.#loaded.get(`${language}:${data.id}`);
    const apply = this.#apply;
    if (texts === undefined || !apply || provided<D>(data.id) !== data) return data;
    let cache = this.#translated.get(language);
    if (!cache) this.#translated.set(language, (cache = new WeakMap()));
    let result = cache.get(data);
    if (!result) cache.set(data, (result = apply(data, texts)));
    return result;
  }
}
