import { primaryLanguage } from './languages.js';

/** A translation may lack strings; each one it lacks is shown in English. */
export type Translation<T> = { [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : Translation<T[K]> };

type Loader<T> = () => Promise<{ default: Translation<T> }>;

/**
 * English strings and their translations, each language loaded the first time a widget needs it,
 * so an English page never downloads another language. A string a translation lacks falls back to
 * English (with one console note listing what is missing); a widget never shows a key.
 */
export class TextPack<T extends object> {
  readonly #ready = new Map<string, T>();
  readonly #loading = new Map<string, Promise<T>>();

  constructor(
    private readonly name: string,
    private readonly english: T,
    private readonly loaders: Readonly<Record<string, Loader<T>>>,
  ) {
    this.#ready.set('en', english);
  }

  /** The strings in this language if they have loaded, otherwise English. */
  get(lang: string): T {
    return this.#ready.get(primaryLanguage(lang)) ?? this.english;
  }

  /**
   * Loads a language's strings once. Undefined when nothing needs loading: English, a language
   * already loaded, or one without a translation (which shows English).
   */
  load(lang: string): Promise<T> | undefined {
    const key = primaryLanguage(lang);
    const loader = this.loaders[key];
    if (this.#ready.has(key) || !loader) return undefined;
    let pending = this.#loading.get(key);
    if (!pending) {
      // The code that completes a translation comes with the first one, never to an English page.
      pending = Promise.all([loader(), import('./complete.js')]).then(
        ([module, { completeTranslation }]) => {
          const texts = completeTranslation(this.name, key, this.english, module.default);
          this.#ready.set(key, texts);
          this.#loading.delete(key);
          return texts;
        },
        (error: unknown) => {
          // Try again next time; until then English shows.
          this.#loading.delete(key);
          throw error;
        },
      );
      this.#loading.set(key, pending);
    }
    return pending;
  }
}

/** One promise for the loads still on their way; undefined when none is (everything is there). */
export function whenLoaded(...loads: (Promise<unknown> | undefined)[]): Promise<unknown> | undefined {
  const pending = loads.filter((load): load is Promise<unknown> => load instanceof Promise);
  return pending.length > 0 ? Promise.all(pending) : undefined;
}
