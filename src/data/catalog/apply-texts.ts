import type { Study } from '../model.js';
import type { StudyTexts } from './texts.js';

/** Each string the texts give replaces the study's own; lists replace lists of the same length. */
export default function applyTexts(study: Study, texts: StudyTexts): Study {
  const sameLength = (own: string[], given: string[] | undefined) => (given?.length === own.length ? given : own);
  const given = <T>(own: T | undefined, text: T | undefined) => (own === undefined ? undefined : (text ?? own));
  return {
    ...study,
    title: texts.title ?? study.title,
    titleNote: given(study.titleNote, texts.titleNote),
    headline: texts.headline ?? study.headline,
    design: { ...study.design, description: texts.design?.description ?? study.design.description },
    comparator: given(study.comparator, texts.comparator),
    population: { ...study.population, condition: texts.population?.condition ?? study.population.condition },
    intervention: {
      ...study.intervention,
      cellType: texts.intervention?.cellType ?? study.intervention.cellType,
      tissueSource: texts.intervention?.tissueSource ?? study.intervention.tissueSource,
      dose: texts.intervention?.dose ?? study.intervention.dose,
      delivery: texts.intervention?.delivery ?? study.intervention.delivery,
    },
    outcomes: study.outcomes.map((outcome, index) => {
      const own = texts.outcomes?.[index];
      const { certainty } = outcome;
      return {
        ...outcome,
        finding: own?.finding ?? outcome.finding,
        measure: given(outcome.measure, own?.measure),
        sourceNote: given(outcome.sourceNote, own?.sourceNote),
        controlNote: given(outcome.controlNote, own?.controlNote),
        certainty: certainty && {
          ...certainty,
          reasons: certainty.reasons.map((reason, i) => ({ ...reason, note: own?.certainty?.[i] ?? reason.note })),
        },
      };
    }),
    safety: sameLength(study.safety, texts.safety),
    limitations: sameLength(study.limitations, texts.limitations),
    series: study.series?.map((series, index) => ({
      ...series,
      label: texts.series?.[index]?.label ?? series.label,
      measure: texts.series?.[index]?.measure ?? series.measure,
    })),
    provenance: { ...study.provenance, reportedBy: given(study.provenance.reportedBy, texts.provenance?.reportedBy) },
    arms: study.arms?.map((arm, index) => ({
      ...arm,
      label: texts.arms?.[index]?.label ?? arm.label,
      dose: given(arm.dose, texts.arms?.[index]?.dose),
    })),
    mainGoal: study.mainGoal && {
      ...study.mainGoal,
      description: texts.mainGoal?.description ?? study.mainGoal.description,
      note: given(study.mainGoal.note, texts.mainGoal?.note),
    },
  };
}
