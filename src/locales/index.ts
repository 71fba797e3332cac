import { en, type Messages } from './en.js';
import { TextPack } from './pack.js';

export type { Messages };

/** The study texts the card and the timeline share; other languages load when a widget needs them. */
export const studyTexts = new TextPack('study', en, { es: () => import('./es.js') });

/** The study texts for a BCP 47 tag, by its primary language; English until that language has loaded. */
export function messagesFor(lang: string): Messages {
  return studyTexts.get(lang);
}
