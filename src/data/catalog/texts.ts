import type { Study } from '../model.js';
import { DataTexts } from '../translations.js';

/**
 * The plain-language texts of a built-in study in another language. Numbers, identifiers and the
 * citation stay in the study itself; a text left out here shows in English.
 */
export interface StudyTexts {
  /** Only for a title the catalog wrote itself; a paper's own title stays as published. */
  title?: string;
  titleNote?: string;
  headline?: string;
  design?: { description?: string };
  comparator?: string;
  population?: { condition?: string };
  intervention?: { cellType?: string; tissueSource?: string; dose?: string; delivery?: string };
  /** By position, as in the study's `outcomes`. */
  outcomes?: (
    | {
        finding?: string;
        measure?: string;
        sourceNote?: string;
        controlNote?: string;
        /** The notes of the certainty's reasons, by position. */
        certainty?: string[];
      }
    | undefined
  )[];
  safety?: string[];
  limitations?: string[];
  /** By position, as in the study's `series`. */
  series?: ({ label?: string; measure?: string } | undefined)[];
  provenance?: { reportedBy?: string };
}

/** The built-in studies' texts in other languages. */
export const catalogTexts = new DataTexts<Study, StudyTexts>(
  {
    es: {
      'xie-2021': () => import('./es/xie-2021.js'),
      'zhang-2023': () => import('./es/zhang-2023.js'),
      'bates-2022': () => import('./es/bates-2022.js'),
      'gornet-2024': () => import('./es/gornet-2024.js'),
      'idct-phase-3': () => import('./es/idct-phase-3.js'),
      'review-2025': () => import('./es/review-2025.js'),
      'bm-msc-phase-2b-2025': () => import('./es/bm-msc-phase-2b-2025.js'),
      'pettine-2015': () => import('./es/pettine-2015.js'),
    },
  },
  () => import('./apply-texts.js'),
);
