import type { Comparison, TimeUnit } from './model.js';

/** The scales a trajectory can plot: each has a fixed range and a clinically meaningful change. */
export type TrajectoryScale = 'vas-10' | 'vas-100' | 'odi' | 'percent';

export const TRAJECTORY_SCALES: readonly TrajectoryScale[] = ['vas-10', 'vas-100', 'odi', 'percent'];

/** One measured value at one follow-up time. */
export interface SeriesPoint {
  /** Time since treatment, in the series' `timeUnit`; 0 is the day of treatment. */
  time: number;
  value: number;
  /** 95% confidence interval, low then high. */
  ci?: [number, number];
  /** How many people this value is based on. */
  n?: number;
}

/**
 * One line on a trajectory: one study arm, one pooled result, or one of a site's own cohorts.
 * Every point is a value the source reports; nothing is interpolated.
 */
export interface Series {
  id: string;
  /** e.g. "Our clinic, 2023–2025 (example data)". */
  label: string;
  /** e.g. "Pain (VAS 0–10)". */
  measure: string;
  scale: TrajectoryScale;
  comparison: Comparison;
  /** The control arm is drawn beside the treatment arm, never joined to it. */
  arm?: 'treatment' | 'control';
  timeUnit: TimeUnit;
  points: SeriesPoint[];
  /** Where the numbers come from. */
  source?: string;
  /** Made-up or illustrative numbers: always labelled as example data. */
  example?: boolean;
}
