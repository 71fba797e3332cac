import type { Certainty, Direction, Outcome, Study } from './model.js';
import { MEANINGFUL_CHANGE } from './thresholds.js';

/**
 * Certainty of the evidence, GRADE's way: where a result starts and the strongest wording it
 * allows. Pure functions of the data; the words live in the locales, and the check that a rating
 * follows from its reasons lives in the validator.
 */

/** Designs whose groups were formed at random. A second-hand report's claim of one is not checked. */
const RANDOMIZED = new Set<string>(['rct', 'meta-analysis-rct']);

/** Why a result starts at low certainty, or `undefined` when it starts high. */
export type LowStart = 'within-group' | 'not-randomized' | 'second-hand';

/**
 * A comparison between randomized groups starts high; a change within one group, a count of
 * people in one group, a non-randomized comparison or a result known only second-hand starts low.
 */
export function lowStart(study: Pick<Study, 'design'>, outcome: Pick<Outcome, 'comparison'>): LowStart | undefined {
  if (study.design.kind === 'secondary-report') return 'second-hand';
  if (outcome.comparison !== 'versus-control') return 'within-group';
  return RANDOMIZED.has(study.design.kind) ? undefined : 'not-randomized';
}

/**
 * The certainty the effect statement is worded at: the rating, or for a result nobody rated, one
 * level below where its design starts, since no one has checked it for any of the five concerns.
 */
export function wordingCertainty(study: Pick<Study, 'design'>, outcome: Outcome): Certainty {
  if (outcome.certainty) return outcome.certainty.level;
  return lowStart(study, outcome) ? 'very-low' : 'moderate';
}

/** Which way a result points, and whether it is small. */
export interface Effect {
  direction: Direction;
  /** Smaller than the smallest change patients notice (or, for an effect size, under half a standard deviation). */
  slight: boolean;
}

/** Scales where a lower number is the better result: pain, disability, and effect sizes of them. */
const LOWER_IS_BETTER = new Set<string>(['vas-10', 'vas-100', 'odi', 'percent', 'smd']);

/** Half a standard deviation: the usual line between a small and a moderate effect size. */
const SMALL_EFFECT_SIZE = 0.5;

function isNull(outcome: Outcome): boolean {
  const none = outcome.scale === 'odds-ratio' ? 1 : 0;
  if (outcome.ci && outcome.ci[0] <= none && outcome.ci[1] >= none) return true;
  const p = outcome.p?.match(/^([<>=≤]?)\s?([\d.]+)$/);
  return Boolean(p && p[1] !== '<' && p[1] !== '≤' && Number(p[2]) >= 0.05);
}

/** Which way a result's number points, when it has one on a scale that tells. */
export function numberDirection(outcome: Outcome): Direction | undefined {
  const { value, scale } = outcome;
  if (value === undefined || scale === undefined) return undefined;
  if (isNull(outcome)) return 'no-difference';
  if (LOWER_IS_BETTER.has(scale)) return value < 0 ? 'better' : 'worse';
  if (scale === 'odds-ratio') return value > 1 === (outcome.domain === 'safety') ? 'worse' : 'better';
  return undefined;
}

/**
 * Which way a result points and how big it is, from its numbers; undefined when they cannot tell
 * (a count or a P value alone, without a `direction`). A difference between groups is never sized
 * against the smallest change one person notices.
 */
export function effectOf(outcome: Outcome): Effect | undefined {
  const direction = outcome.direction ?? numberDirection(outcome);
  if (!direction) return undefined;
  const { value, scale } = outcome;
  let slight = false;
  if (direction !== 'no-difference' && value !== undefined && scale !== undefined) {
    const threshold = MEANINGFUL_CHANGE[scale];
    if (scale === 'smd') slight = Math.abs(value) < SMALL_EFFECT_SIZE;
    else if (threshold !== undefined && outcome.comparison === 'change-from-baseline') {
      slight = Math.abs(value) < threshold;
    }
  }
  return { direction, slight };
}
