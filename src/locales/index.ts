import { en, type Messages } from './en.js';

export type { Messages };

const LOCALES: Record<string, Messages> = { en };

/** The messages for a BCP 47 tag, by its primary language; English when none matches. */
export function messagesFor(lang: string): Messages {
  const primary = lang.toLowerCase().split('-')[0] ?? 'en';
  return LOCALES[primary] ?? en;
}

/** The language tag used for number and date formatting: only languages we have messages for. */
export function supportedLang(lang: string): string {
  const primary = lang.toLowerCase().split('-')[0] ?? 'en';
  return primary in LOCALES ? lang : 'en';
}
