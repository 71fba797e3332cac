import type { CriteriaSet } from '../criteria.js';
import { DataTexts } from '../translations.js';

/** A built-in criteria set's texts in another language; a text left out shows in English. */
export interface CriteriaTexts {
  title?: string;
  /** By question id. */
  questions?: Record<string, { text?: string; why?: string; source?: string } | undefined>;
}

/** The built-in criteria sets' texts in other languages. */
export const criteriaTexts = new DataTexts<CriteriaSet, CriteriaTexts>(
  { es: { 'ddd-msc': () => import('./es/ddd-msc.js') } },
  () => import('./apply-texts.js'),
);
