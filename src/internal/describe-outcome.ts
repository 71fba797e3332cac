import { effectOf, lowStart, wordingCertainty } from '../data/certainty.js';
import type { Comparison, Outcome, Scale, Study, TimePoint } from '../data/model.js';
import { judgeThreshold, type ThresholdVerdict } from '../data/thresholds.js';
import { formatNumber, formatPercent, formatReported, formatReportedText } from './format.js';
import type { Messages } from '../locales/study.js';

/** The words and numbers a card shows for one outcome, all derived from the data. */
export interface OutcomeText {
  /** "Pain at 12 months". */
  label: string;
  /** The number with its scale, or undefined when the source reports none. */
  number: string | undefined;
  /** Confidence interval and P value, when known. */
  precision: string[];
  comparison: string;
  verdict: ThresholdVerdict;
  verdictText: string;
  /** The effect in GRADE's words, for a key result whose direction the data tells. */
  effect?: string;
  /** "Certainty: low — few small trials", for a key result or any rated one. */
  certainty?: string;
}

/** What a study tells about each of its results: its design, and whether it had a control group. */
export type StudyContext = Pick<Study, 'design' | 'comparator'>;

/**
 * What a result is compared with, in words: another group, or (within one group or counting people
 * in one group) whether the study had other groups this number leaves out.
 */
export function describeComparison(msg: Messages, comparison: Comparison, controlled: boolean): string {
  const c = msg.comparison;
  if (comparison === 'versus-control') return c.between;
  return `${c[comparison === 'change-from-baseline' ? 'within' : comparison]}; ${c[controlled ? 'controlled' : 'single']}`;
}

/** "12 months", "1 week": the unit word follows the language's plural rules. */
export function describeDuration(msg: Messages, lang: string, time: TimePoint): string {
  const plural = new Intl.PluralRules(lang).select(time.value) === 'one' ? 'one' : 'other';
  return `${formatNumber(lang, time.value)} ${msg.unit[time.unit][plural]}`;
}

export function describeTimePoint(msg: Messages, lang: string, time: TimePoint): string {
  return msg.timepoint(describeDuration(msg, lang, time), time.atLeast === true);
}

/** Effect sizes are conventionally given to two decimals (an SMD of −0.50, not −0.5). */
const TWO_DECIMALS: ReadonlySet<Scale> = new Set(['smd', 'odds-ratio']);

function formatOnScale(lang: string, scale: Scale | undefined, value: number): string {
  if (scale === 'proportion') return formatPercent(lang, value, 1);
  return scale && TWO_DECIMALS.has(scale) ? formatReported(lang, value, 2) : formatReported(lang, value);
}

export function describeValue(msg: Messages, lang: string, scale: Scale, value: number): string {
  const number = formatOnScale(lang, scale, value);
  return scale === 'proportion' ? number : msg.value[scale](number);
}

function describeNumber(msg: Messages, lang: string, outcome: Outcome): string | undefined {
  if (outcome.responders) {
    const { count, of } = outcome.responders;
    return msg.responders(formatNumber(lang, count), formatNumber(lang, of), formatPercent(lang, count / of));
  }
  if (outcome.value === undefined || outcome.scale === undefined) return undefined;
  return describeValue(msg, lang, outcome.scale, outcome.value);
}

function describeCi(lang: string, msg: Messages, outcome: Outcome): string | undefined {
  if (!outcome.ci) return undefined;
  const [low, high] = outcome.ci;
  return msg.ci(formatOnScale(lang, outcome.scale, low), formatOnScale(lang, outcome.scale, high));
}

function describeVerdict(msg: Messages, verdict: ThresholdVerdict): string {
  switch (verdict.kind) {
    case 'meets':
    case 'meets-uncertain':
      // Only changes within one group are judged, and reaching the threshold does not make them an effect.
      return `${msg.threshold[verdict.kind](msg.thresholdValue[verdict.scale] ?? String(verdict.threshold))}. ${msg.threshold.withinCaution}`;
    case 'below':
      return msg.threshold.below(msg.thresholdValue[verdict.scale] ?? String(verdict.threshold));
    // The threshold is a change one person notices: a difference between groups is not comparable with it.
    case 'not-comparable':
    case 'between-groups':
      return msg.threshold['not-comparable'];
    case 'no-number':
      return msg.threshold['no-number'];
  }
}

/** "Certainty: very low — a change within one group, which starts at low; only 9 people". */
function describeCertainty(msg: Messages, study: StudyContext, outcome: Outcome): string {
  const c = msg.certainty;
  const rating = outcome.certainty;
  if (!rating) return c.line(c.notRated, []);
  const start = lowStart(study, outcome);
  const reasons = rating.reasons.map((reason) => reason.note);
  return c.line(c.level[rating.level], start ? [c.startsLow(c.start[start]), ...reasons] : reasons);
}

/** The key result's effect in GRADE's words, never stronger than its certainty allows. */
function describeEffect(msg: Messages, study: StudyContext, outcome: Outcome): string | undefined {
  const effect = effectOf(outcome);
  return effect && msg.effect(wordingCertainty(study, outcome), outcome.domain, effect.direction, effect.slight);
}

export function describeOutcome(msg: Messages, lang: string, outcome: Outcome, study: StudyContext): OutcomeText {
  const label = [msg.domain[outcome.domain], outcome.timepoint && describeTimePoint(msg, lang, outcome.timepoint)]
    .filter(Boolean)
    .join(' ');
  const precision = [
    describeCi(lang, msg, outcome),
    outcome.p && msg.p(formatReportedText(lang, /^[<>=≤]/.test(outcome.p) ? outcome.p : `=\u00a0${outcome.p}`)),
  ].filter((x): x is string => Boolean(x));
  const verdict = judgeThreshold(outcome);
  return {
    label,
    number: describeNumber(msg, lang, outcome),
    precision,
    comparison: describeComparison(msg, outcome.comparison, study.comparator !== undefined),
    verdict,
    verdictText: describeVerdict(msg, verdict),
    effect: outcome.key ? describeEffect(msg, study, outcome) : undefined,
    certainty: outcome.key || outcome.certainty ? describeCertainty(msg, study, outcome) : undefined,
  };
}
