import type { CriteriaSet, Question } from '../criteria.js';
import type { CriteriaTexts } from './texts.js';

/** Each text the translation gives replaces the set's own. */
export default function applyTexts(set: CriteriaSet, texts: CriteriaTexts): CriteriaSet {
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
