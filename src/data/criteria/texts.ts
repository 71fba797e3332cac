import type { CriteriaSet, Question } from '../criteria.js';
import { DataTexts } from '../translations.js';

/** A built-in criteria set's texts in another language; a text left out shows in English. */
export interface CriteriaTexts {
  title?: string;
  /** By question id. */
  questions?: Record<string, { text?: string; why?: string; source?: string } | undefined>;
}

function applyTexts(set: CriteriaSet, texts: CriteriaTexts): CriteriaSet {
  const translate = <Q extends Question>(question: Q): Q => {
    const given = texts.questions?.[question.id];
    return {
      ...question,
      text: given?.text ?? question.text,
      why: given?.why ?? question.why,
      source: given?.source ?? question.source,
    };
  };
  return {
    ...set,
    title: texts.title ?? set.title,
    redFlags: set.redFlags.map(translate),
    requirements: set.requirements.map(translate),
    exclusions: set.exclusions.map(translate),
    predictors: set.predictors.map(translate),
  };
}

/** The built-in criteria sets' texts in other languages. */
export const criteriaTexts = new DataTexts<CriteriaSet, CriteriaTexts>(
  { es: { 'ddd-msc': () => import('./es/ddd-msc.js') } },
  applyTexts,
);
