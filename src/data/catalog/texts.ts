import type { Study } from '../model.js';
import { DataTexts } from '../translations.js';
import { TEXT_FILES } from './files.js';

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
  mainGoal?: { description?: string; note?: string };
  /** By position, as in the study's `arms`. */
  arms?: ({ label?: string; dose?: string } | undefined)[];
}

/** The built-in studies' texts in other languages. */
export const catalogTexts = new DataTexts<Study, StudyTexts>(TEXT_FILES, () => import('./apply-texts.js'));
