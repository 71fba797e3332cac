import { en, type Messages } from './en.js';

export type { Messages };

const LOCALES: Record<string, Messages> = { en };

/** "es" for "es-MX": messages are chosen by the primary language subtag. */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? 'en';
}

/** The messages for a BCP 47 tag, by its primary language; English when none matches. */
export function messagesFor(lang: string): Messages {
  return LOCALES[primaryLanguage(lang)] ?? en;
}

/** The language tag used for number and date formatting: only languages we have messages for. */
export function supportedLang(lang: string): string {
  return primaryLanguage(lang) in LOCALES ? lang : 'en';
}
