/**
 * The languages the widgets speak, without their texts: every element needs this list, but each
 * loads only the texts it shows.
 */
export const LANGUAGES: readonly string[] = ['en', 'es'];

/** "es" for "es-MX": messages are chosen by the primary language subtag. */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? 'en';
}

/** The language tag used for number and date formatting: only languages we have messages for. */
export function supportedLang(lang: string): string {
  return LANGUAGES.includes(primaryLanguage(lang)) ? lang : 'en';
}
