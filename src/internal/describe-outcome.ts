import type { Outcome, Scale, TimePoint } from '../data/model.js';
import { judgeThreshold, type ThresholdVerdict } from '../data/thresholds.js';
import { formatNumber, formatPercent, formatReported, formatReportedText } from './format.js';
import type { Messages } from '../locales/index.js';

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
    case 'below':
      return msg.threshold[verdict.kind](msg.thresholdValue[verdict.scale] ?? String(verdict.threshold));
    case 'not-comparable':
    case 'no-number':
      return msg.threshold[verdict.kind];
  }
}

export function describeOutcome(msg: Messages, lang: string, outcome: Outcome): OutcomeText {
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
    comparison: msg.comparison[outcome.comparison],
    verdict,
    verdictText: describeVerdict(msg, verdict),
  };
}
