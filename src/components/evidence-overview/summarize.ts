import { effectOf } from '../../data/certainty.js';
import type { Certainty, Outcome, ProductKind, Study } from '../../data/model.js';

/**
 * How the overview sorts and counts studies: pure functions of the data, so every number in its
 * summary is computed from the studies it shows, never written by hand.
 */

/** Where a study goes: by the certainty of its main result. */
export type OverviewGroup = Certainty | 'not-rated' | 'no-results';

export const GROUPS: readonly OverviewGroup[] = ['high', 'moderate', 'low', 'very-low', 'not-rated', 'no-results'];

/** The result a study is known by: its first key result, or its first result (as on the compact card). */
export function mainResult(study: Study): Outcome | undefined {
  return study.outcomes.find((outcome) => outcome.key) ?? study.outcomes[0];
}

/** A study with results to show: finished, with at least one result in the sources we checked. */
export function hasResults(study: Study): boolean {
  return study.status === 'completed' && study.outcomes.length > 0;
}

export function groupOf(study: Study): OverviewGroup {
  const main = mainResult(study);
  if (!main || !hasResults(study)) return 'no-results';
  return main.certainty?.level ?? 'not-rated';
}

/**
 * Whether the groups were formed at random: a randomized trial, a pooled analysis of them, or an
 * ongoing trial that says so. A second-hand report's claim of one is not counted: nobody could
 * check it (as where certainty starts, in `data/certainty.ts`).
 */
export function isRandomized(study: Study): boolean {
  const { kind, randomized } = study.design;
  return kind === 'rct' || kind === 'meta-analysis-rct' || randomized === true;
}

/**
 * What a study's main result shows: a benefit; no clear benefit (no difference, a worse result, a
 * result with no direction, or a main goal not met or not verified); or nothing yet.
 */
export function findingOf(study: Study): 'benefit' | 'unclear' | 'running' {
  if (study.status === 'ongoing') return 'running';
  const goal = study.mainGoal?.status;
  if (goal === 'not-met' || goal === 'not-verified') return 'unclear';
  const main = mainResult(study);
  return main && effectOf(main)?.direction === 'better' ? 'benefit' : 'unclear';
}

/** What the overview's opening sentences count. */
export interface Tally {
  total: number;
  randomized: number;
  running: number;
  /** Studies whose main result points to a benefit, by that result's certainty. */
  benefit: Partial<Record<Certainty | 'not-rated', number>>;
  unclear: number;
}

export function tally(studies: readonly Study[]): Tally {
  const result: Tally = {
    total: studies.length,
    randomized: 0,
    running: 0,
    benefit: {},
    unclear: 0,
  };
  for (const study of studies) {
    if (isRandomized(study)) result.randomized += 1;
    const finding = findingOf(study);
    if (finding === 'running') result.running += 1;
    else if (finding === 'unclear') result.unclear += 1;
    else {
      const level = mainResult(study)?.certainty?.level ?? 'not-rated';
      result.benefit[level] = (result.benefit[level] ?? 0) + 1;
    }
  }
  return result;
}

/** What a reader can narrow the overview to. */
export interface OverviewFilter {
  randomized: boolean;
  results: boolean;
  /** A kind of product, or '' for all. */
  product: ProductKind | '';
}

export const NO_FILTER: OverviewFilter = { randomized: false, results: false, product: '' };

export function matches(study: Study, filter: OverviewFilter): boolean {
  return (
    (!filter.randomized || isRandomized(study)) &&
    (!filter.results || hasResults(study)) &&
    (!filter.product || study.intervention.product === filter.product)
  );
}

/** The studies in each group, in the order given; groups left empty are left out. */
export function grouped(studies: readonly Study[]): Array<[OverviewGroup, Study[]]> {
  return GROUPS.map((group): [OverviewGroup, Study[]] => [group, studies.filter((s) => groupOf(s) === group)]).filter(
    ([, members]) => members.length > 0,
  );
}
