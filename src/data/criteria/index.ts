import type { CriteriaSet } from '../criteria.js';
import { DataError } from '../errors.js';
import { provide, provided } from '../registry.js';

/** Stable ids of the built-in criteria sets. Sites write them into their HTML: never rename one. */
export const CRITERIA_IDS = ['ddd-msc'] as const;

export type CriteriaId = (typeof CRITERIA_IDS)[number];

/** The set a checklist shows when it names none, and whose warning signs a clinic's own set keeps. */
export const DEFAULT_CRITERIA: CriteriaId = 'ddd-msc';

const SETS: Record<CriteriaId, () => Promise<{ default: CriteriaSet }>> = {
  'ddd-msc': () => import('./ddd-msc.js'),
};

/** The built-in criteria set with this id; a `DataError` for any other id. */
export async function loadCriteriaSet(id: string): Promise<CriteriaSet> {
  const key = id.trim();
  if (!(CRITERIA_IDS as readonly string[]).includes(key)) {
    throw new DataError('unknown-id', [key, CRITERIA_IDS.join(', ')]);
  }
  return provided<CriteriaSet>(key) ?? provide((await SETS[key as CriteriaId]()).default);
}
