import type { Answers, CandidacyStatus, CriteriaSet, Question } from '../../data/criteria.js';

export interface CandidacyResult {
  status: CandidacyStatus;
  /**
   * Ids of the questions behind the status: the red flags answered yes and the emergency signs
   * answered "not sure" (urgent), the requirements not met and exclusions that apply (unlikely), or
   * the questions still open (incomplete).
   */
  reasons: string[];
  /** An emergency sign (possible cauda equina syndrome) answered yes: emergency wording. */
  emergency: boolean;
  /** Emergency signs answered "not sure": if you are not sure, get checked today. */
  unsureEmergency: string[];
  /** Questions answered "not sure": things to ask a specialist about. */
  askAbout: string[];
  /** Predictors answered the favourable way: "may respond better", never a requirement. */
  betterResponse: string[];
}

const ids = (questions: readonly Question[]) => questions.map((q) => q.id);

/**
 * The status of a checklist, from the criteria and the answers alone. A red flag beats
 * everything, even unanswered questions, and so does "not sure" to an emergency sign: when in
 * doubt, get checked today. Then every required question must be answered; then any exclusion or
 * unmet requirement makes it unlikely; otherwise it is possible.
 */
export function evaluate(criteria: CriteriaSet, answers: Answers): CandidacyResult {
  const flagged = criteria.redFlags.filter((q) => answers[q.id] === 'yes');
  const unsureEmergency = ids(criteria.redFlags.filter((q) => q.level === 'emergency' && answers[q.id] === 'unsure'));
  const unsure = [...criteria.redFlags, ...criteria.requirements, ...criteria.exclusions]
    .filter((q) => answers[q.id] === 'unsure')
    .map((q) => q.id);
  const betterResponse = criteria.predictors.filter((q) => answers[q.id] === q.favourable).map((q) => q.id);
  const result = (status: CandidacyStatus, reasons: string[]): CandidacyResult => ({
    status,
    reasons,
    emergency: flagged.some((q) => q.level === 'emergency'),
    unsureEmergency,
    askAbout: status === 'urgent' ? [] : unsure,
    betterResponse,
  });

  if (flagged.length > 0 || unsureEmergency.length > 0) return result('urgent', [...ids(flagged), ...unsureEmergency]);

  const required = [...criteria.redFlags, ...criteria.requirements, ...criteria.exclusions];
  const open = required.filter((q) => answers[q.id] === undefined);
  if (open.length > 0) return result('incomplete', ids(open));

  const unmet = criteria.requirements.filter((q) => answers[q.id] !== 'unsure' && answers[q.id] !== q.fits);
  const excluded = criteria.exclusions.filter((q) => answers[q.id] === 'yes');
  if (unmet.length > 0 || excluded.length > 0) return result('unlikely', [...ids(excluded), ...ids(unmet)]);

  return result('possible', []);
}
