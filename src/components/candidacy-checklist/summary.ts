import type { Answers, CriteriaSet } from '../../data/criteria.js';
import type { ChecklistMessages } from '../../locales/checklist.js';
import type { CandidacyResult } from './evaluate.js';

/**
 * The answers as plain text, to copy into notes or bring to an appointment: every answered
 * question with its answer, then the result in the same words the widget shows.
 */
export function answersSummary(
  set: CriteriaSet,
  answers: Answers,
  result: CandidacyResult,
  t: ChecklistMessages,
  resultText: string,
): string {
  const questions = [...set.redFlags, ...set.requirements, ...set.exclusions, ...set.predictors];
  const lines = [set.title, ''];
  for (const q of questions) {
    const answer = answers[q.id];
    if (answer) lines.push(`${q.text} ${t.answer[answer]}`);
  }
  lines.push('', resultText);
  const textOf = (id: string) => questions.find((q) => q.id === id)?.text ?? id;
  if (result.status !== 'urgent' && result.askAbout.length > 0) {
    lines.push(t.askAbout, ...result.askAbout.map((id) => `- ${textOf(id)}`));
  }
  lines.push('', t.notAdvice);
  return lines.join('\n');
}
