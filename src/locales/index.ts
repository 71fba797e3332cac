import { en, type Messages } from './en.js';
import { primaryLanguage } from './languages.js';

export type { Messages };

const LOCALES: Record<string, Messages> = { en };

/** The study texts (card, timeline) for a BCP 47 tag, by its primary language; English when none matches. */
export function messagesFor(lang: string): Messages {
  return LOCALES[primaryLanguage(lang)] ?? en;
}
