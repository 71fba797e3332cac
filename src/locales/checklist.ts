import checklist, { type ChecklistMessages } from './en/checklist.js';
import { TextPack, type Loader } from './pack.js';

export type { ChecklistMessages };

/** The languages these texts come in besides English, by primary language subtag. */
export const CHECKLIST_LANGUAGES: Record<string, Loader<ChecklistMessages>> = { es: () => import('./es/checklist.js') };

/** The checklist's strings; other languages load when a checklist needs them. */
export const checklistTexts = new TextPack('checklist', checklist, CHECKLIST_LANGUAGES);
