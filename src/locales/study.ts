import study, { type Messages } from './en/study.js';
import { TextPack, type Loader } from './pack.js';

export type { Messages };

/** The languages the study texts come in besides English, by primary language subtag. */
export const STUDY_LANGUAGES: Record<string, Loader<Messages>> = { es: () => import('./es/study.js') };

/** The study texts the card and the timeline share; other languages load when a widget needs them. */
export const studyTexts = new TextPack('study', study, STUDY_LANGUAGES);

/** The study texts for a BCP 47 tag, by its primary language; English until that language has loaded. */
export function messagesFor(lang: string): Messages {
  return studyTexts.get(lang);
}
