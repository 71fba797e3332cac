import type { TimePoint } from '../../data/model.js';

export type JourneyKey = 'injection' | 'rest' | 'relief' | 'improvement' | 'mri' | 'durability';

/** One step of the typical treatment journey: a moment, or a span from `from` to `to`. */
export interface JourneyStep {
  key: JourneyKey;
  from: TimePoint;
  to?: TimePoint;
}

/**
 * The typical course after an injection into the disc, as clinics describe it to patients:
 * a guide to what to expect, not a result of any study.
 */
export const JOURNEY: readonly JourneyStep[] = [
  { key: 'injection', from: { value: 0, unit: 'weeks' } },
  { key: 'rest', from: { value: 0, unit: 'weeks' }, to: { value: 2, unit: 'weeks' } },
  { key: 'relief', from: { value: 4, unit: 'weeks' }, to: { value: 8, unit: 'weeks' } },
  { key: 'improvement', from: { value: 3, unit: 'months' }, to: { value: 6, unit: 'months' } },
  { key: 'mri', from: { value: 6, unit: 'months' } },
  { key: 'mri', from: { value: 12, unit: 'months' } },
  { key: 'durability', from: { value: 24, unit: 'months' } },
];
