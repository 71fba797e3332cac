import { primaryLanguage } from './languages.js';

/** A translation may lack strings; each one it lacks is shown in English. */
export type Translation<T> = { [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : Translation<T[K]> };

/** Loads one language's strings for a pack. */
export type Loader<T> = () => Promise<{ default: Translation<T> }>;

/**
 * English strings and their translations, each language loaded the first time a widget needs it,
 * so an English page never downloads another language. A string a translation lacks falls back to
 * English (with one console note listing what is missing); a widget never shows a key.
 */
export class TextPack<T extends object> {
  /** Each language's strings once loaded, or the load on its way. */
  readonly #texts = new Map<string, T | Promise<T>>();
  readonly #name: string;
  readonly #english: T;
  readonly #loaders: Readonly<Record<string, Loader<T>>>;

  constructor(name: string, english: T, loaders: Readonly<Record<string, Loader<T>>>) {
    this.#name = name;
    this.#english = english;
    this.#loaders = loaders;
  }

  /** The strings in this language if they have loaded, otherwise English. */
  get(lang: string): T {
    const texts = this.#texts.get(primaryLanguage(lang));
    return texts && !(texts instanceof Promise) ? texts : this.#english;
  }

  /**
   * Loads a language's strings once. Undefined when nothing needs loading: English, a language
   * already loaded, or one without a translation (which shows English).
   */
  load(lang: string): Promise<T> | undefined {
    const key = primaryLanguage(lang);
    const loader = this.#loaders[key];
    const texts = this.#texts.get(key);
    if (!loader || (texts && !(texts instanceof Promise))) return undefined;
    if (texts) return texts;
    // The code that completes a translation comes with the first one, never to an English page.
    const pending = Promise.all([loader(), import('./complete.js')]).then(
      ([module, { completeTranslation }]) => {
        const loaded = completeTranslation(this.#name, key, this.#english, module.default);
        this.#texts.set(key, loaded);
        return loaded;
      },
      (error: unknown) => {
        // Try again next time; until then English shows.
        this.#texts.delete(key);
        throw error;
      },
    );
    this.#texts.set(key, pending);
    return pending;
  }
}

/** One promise for the loads still on their way; undefined when none is (everything is there). */
export function whenLoaded(...loads: (Promise<unknown> | undefined)[]): Promise<unknown> | undefined {
  const pending = loads.filter((load): load is Promise<unknown> => load instanceof Promise);
  return pending.length > 0 ? Promise.all(pending) : undefined;
}
