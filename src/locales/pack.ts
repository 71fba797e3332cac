import { primaryLanguage } from './languages.js';

/** A translation may lack strings; each one it lacks is shown in English. */
export type Translation<T> = { [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : Translation<T[K]> };

type Loader<T> = () => Promise<{ default: Translation<T> }>;

/** Logs one note per pack and language that lacks strings; never more, however often it is used. */
const noted = new Set<string>();

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
      pending = loader().then(
        (module) => {
          const texts = this.add(key, module.default);
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

  /** Adds a translation, completing it with English where it lacks strings. */
  add(lang: string, translation: Translation<T>): T {
    const missing: string[] = [];
    const texts = complete(this.english, translation, '', missing);
    const note = `${this.name}:${lang}`;
    if (missing.length > 0 && !noted.has(note)) {
      noted.add(note);
      console.info(
        `disc-evidence: ${missing.length} ${this.name} text(s) not translated into "${lang}" yet; showing English for ${missing.join(', ')}.`,
      );
    }
    this.#ready.set(lang, texts);
    return texts;
  }
}

/** The translation, with English for every string it lacks or gives in the wrong shape. */
export function complete<T>(english: T, translation: unknown, path: string, missing: string[]): T {
  if (typeof english !== 'object' || english === null) {
    if (typeof translation === typeof english) return translation as T;
    missing.push(path || '(all)');
    return english;
  }
  const given = typeof translation === 'object' && translation !== null ? (translation as Record<string, unknown>) : {};
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(english)) {
    result[key] = complete(value, given[key], path ? `${path}.${key}` : key, missing);
  }
  return result as T;
}

/** One promise for the loads still on their way; undefined when none is (everything is there). */
export function whenLoaded(...loads: (Promise<unknown> | undefined)[]): Promise<unknown> | undefined {
  const pending = loads.filter((load): load is Promise<unknown> => load instanceof Promise);
  return pending.length > 0 ? Promise.all(pending) : undefined;
}
