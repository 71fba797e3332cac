/** Logs one note per pack and language that lacks strings; never more, however often it is used. */
const noted = new Set<string>();

/** A translation completed with English where it lacks strings, with one console note naming them. */
export function completeTranslation<T>(pack: string, lang: string, english: T, translation: unknown): T {
  const missing: string[] = [];
  const texts = complete(english, translation, '', missing);
  const note = `${pack}:${lang}`;
  if (missing.length > 0 && !noted.has(note)) {
    noted.add(note);
    console.info(
      `disc-evidence: ${missing.length} ${pack} text(s) not translated into "${lang}" yet; showing English for ${missing.join(', ')}.`,
    );
  }
  return texts;
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
