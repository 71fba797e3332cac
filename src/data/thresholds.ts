import type { Outcome, Scale } from './model.js';

/**
 * Smallest change a patient notices in chronic low back pain, from the international consensus
 * (Ostelo et al., Spine 2008): 15 points on a 0–100 pain scale (about 2 on 0–10), 10 points on the
 * Oswestry Disability Index, or a 30% improvement from baseline.
 */
export const MEANINGFUL_CHANGE: Partial<Record<Scale, number>> = {
  'vas-100': 15,
  'vas-10': 2,
  odi: 10,
  percent: 30,
};

export const THRESHOLD_SOURCE = 'Ostelo RW et al. Spine 2008;33(1):90–94';

/**
 * Whether a result reaches the smallest change patients notice. Only a change within one group is
 * judged: the threshold is a change one person notices, so a difference between groups is not held
 * against it. A change within one group that reaches it still does not show the treatment caused it,
 * and the words shown with the verdict say so.
 */
export type ThresholdVerdict =
  /** The result and its whole confidence interval are past the threshold. */
  | { kind: 'meets'; threshold: number; scale: Scale }
  /** The result is past the threshold but its confidence interval reaches below it. */
  | { kind: 'meets-uncertain'; threshold: number; scale: Scale }
  | { kind: 'below'; threshold: number; scale: Scale }
  /** A scale the threshold is not defined on, e.g. a standardised mean difference. */
  | { kind: 'not-comparable' }
  /** A difference between groups on a scale that has a threshold: not judged against it. */
  | { kind: 'between-groups' }
  | { kind: 'no-number' };

/** Lower is better on every scale a threshold is defined for, so an improvement is a decrease. */
function improvement(value: number): number {
  return -value;
}

export function judgeThreshold(outcome: Outcome): ThresholdVerdict {
  if (outcome.value === undefined) {
    return outcome.responders ? { kind: 'not-comparable' } : { kind: 'no-number' };
  }
  const scale = outcome.scale;
  const threshold = scale === undefined ? undefined : MEANINGFUL_CHANGE[scale];
  const applies =
    scale !== undefined &&
    threshold !== undefined &&
    (outcome.domain === 'pain' || outcome.domain === 'function') &&
    (outcome.comparison === 'change-from-baseline' || outcome.comparison === 'versus-control');
  if (!applies) return { kind: 'not-comparable' };
  if (outcome.comparison === 'versus-control') return { kind: 'between-groups' };
  if (improvement(outcome.value) < threshold) return { kind: 'below', threshold, scale };
  const weakestBound = outcome.ci ? Math.min(improvement(outcome.ci[0]), improvement(outcome.ci[1])) : undefined;
  if (weakestBound !== undefined && weakestBound < threshold) {
    return { kind: 'meets-uncertain', threshold, scale };
  }
  return { kind: 'meets', threshold, scale };
}
