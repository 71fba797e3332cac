import type { Study } from '../model.js';
import { DataTexts } from '../translations.js';

/**
 * The plain-language texts of a built-in study in another language. Numbers, identifiers and the
 * citation stay in the study itself; a text left out here shows in English.
 */
export interface StudyTexts {
  headline?: string;
  design?: { description?: string };
  comparator?: string;
  population?: { condition?: string };
  intervention?: { cellType?: string; tissueSource?: string; dose?: string; delivery?: string };
  /** By position, as in the study's `outcomes`. */
  outcomes?: ({ finding?: string; measure?: string; sourceNote?: string } | undefined)[];
  safety?: string[];
  limitations?: string[];
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
    },
  },
  applyTexts,
);

/** Each string the texts give replaces the study's own; lists replace lists of the same length. */
function applyTexts(study: Study, texts: StudyTexts): Study {
  const sameLength = (own: string[], given: string[] | undefined) => (given?.length === own.length ? given : own);
  return {
    ...study,
    headline: texts.headline ?? study.headline,
    design: { ...study.design, description: texts.design?.description ?? study.design.description },
    comparator: study.comparator === undefined ? undefined : (texts.comparator ?? study.comparator),
    population: { ...study.population, condition: texts.population?.condition ?? study.population.condition },
    intervention: {
      ...study.intervention,
      cellType: texts.intervention?.cellType ?? study.intervention.cellType,
      tissueSource: texts.intervention?.tissueSource ?? study.intervention.tissueSource,
      dose: texts.intervention?.dose ?? study.intervention.dose,
      delivery: texts.intervention?.delivery ?? study.intervention.delivery,
    },
    outcomes: study.outcomes.map((outcome, index) => {
      const given = texts.outcomes?.[index];
      return {
        ...outcome,
        finding: given?.finding ?? outcome.finding,
        measure: outcome.measure === undefined ? undefined : (given?.measure ?? outcome.measure),
        sourceNote: outcome.sourceNote === undefined ? undefined : (given?.sourceNote ?? outcome.sourceNote),
      };
    }),
    safety: sameLength(study.safety, texts.safety),
    limitations: sameLength(study.limitations, texts.limitations),
    provenance: {
      ...study.provenance,
      reportedBy:
        study.provenance.reportedBy === undefined
          ? undefined
          : (texts.provenance?.reportedBy ?? study.provenance.reportedBy),
    },
  };
}
