import type { Series } from './series.js';
/**
 * The study model: what one piece of evidence says, in a shape every widget reads the same way.
 * Text fields are plain text (never HTML); links are checked against the allow-list at render time.
 */

/**
 * How a study was designed. With an outcome's kind of comparison, it sets where the certainty of
 * that outcome starts (see `lowStart`).
 */
export type DesignKind =
  | 'meta-analysis-rct'
  | 'meta-analysis-cohort'
  | 'systematic-review'
  | 'rct'
  | 'single-arm'
  | 'ongoing-trial'
  | 'secondary-report';

export const DESIGN_KINDS: readonly DesignKind[] = [
  'meta-analysis-rct',
  'meta-analysis-cohort',
  'systematic-review',
  'rct',
  'single-arm',
  'ongoing-trial',
  'secondary-report',
];

/**
 * What a result is measured against. `versus-control` is a difference between groups;
 * `change-from-baseline` is a change within one group from its own starting point, never a
 * difference against a control, even in a controlled study; `responders` counts people in one group
 * (e.g. "7 of 9 had less pain"); `event-rate` is how often something happened in one group
 * (e.g. reoperations). Whether the study had a control group at all comes from its `comparator`.
 */
export type Comparison = 'versus-control' | 'change-from-baseline' | 'responders' | 'event-rate';

export const COMPARISONS: readonly Comparison[] = [
  'versus-control',
  'change-from-baseline',
  'responders',
  'event-rate',
];

/**
 * The scale a number is on. Scales are never mixed: a standardised mean difference (`smd`) is not
 * VAS points, and an odds ratio is not a percentage.
 */
export type Scale = 'vas-10' | 'vas-100' | 'odi' | 'percent' | 'smd' | 'odds-ratio' | 'proportion' | 'count';

export const SCALES: readonly Scale[] = [
  'vas-10',
  'vas-100',
  'odi',
  'percent',
  'smd',
  'odds-ratio',
  'proportion',
  'count',
];

/** What an outcome is about. */
export type Domain = 'pain' | 'function' | 'structure' | 'work' | 'medication' | 'safety' | 'other';

export const DOMAINS: readonly Domain[] = ['pain', 'function', 'structure', 'work', 'medication', 'safety', 'other'];

export type TimeUnit = 'weeks' | 'months';

/** A follow-up time after treatment. `atLeast` marks pooled time points such as "24 months or more". */
export interface TimePoint {
  value: number;
  unit: TimeUnit;
  atLeast?: boolean;
}

/** A share of participants: "7 of 9". */
export interface Responders {
  count: number;
  of: number;
}

/** GRADE's four levels of certainty that a result is close to the true effect, strongest first. */
export type Certainty = 'high' | 'moderate' | 'low' | 'very-low';

export const CERTAINTIES: readonly Certainty[] = ['high', 'moderate', 'low', 'very-low'];

/** GRADE's five reasons to rate the certainty of a result down. */
export type CertaintyConcern = 'risk-of-bias' | 'inconsistency' | 'indirectness' | 'imprecision' | 'reporting-bias';

export const CERTAINTY_CONCERNS: readonly CertaintyConcern[] = [
  'risk-of-bias',
  'inconsistency',
  'indirectness',
  'imprecision',
  'reporting-bias',
];

/** One reason the certainty was rated down. */
export interface CertaintyReason {
  concern: CertaintyConcern;
  /** How many levels this concern moves the rating down: 1 (serious, the default) or 2 (very serious). */
  levels?: 1 | 2;
  /** The concern in plain words, as the card shows it, e.g. "only 9 people". */
  note: string;
}

/**
 * How sure we can be of one result, rated with GRADE's approach: it starts high for a comparison
 * between randomized groups and low for anything else, and each reason moves it down.
 */
export interface CertaintyRating {
  level: Certainty;
  reasons: CertaintyReason[];
}

/** Which way a result points for patients; `no-difference` for a null result. */
export type Direction = 'better' | 'worse' | 'no-difference';

export const DIRECTIONS: readonly Direction[] = ['better', 'worse', 'no-difference'];

export interface Outcome {
  domain: Domain;
  /** Plain-language finding, e.g. "Less average pain at 12 months". */
  finding: string;
  comparison: Comparison;
  /** Name of the measure, e.g. "VAS pain" or "Oswestry Disability Index". */
  measure?: string;
  scale?: Scale;
  timepoint?: TimePoint;
  /** The reported number on `scale`; absent when the source gives none. Negative means a decrease. */
  value?: number;
  /** 95% confidence interval, low then high. */
  ci?: [number, number];
  /** P value as reported, e.g. "0.001" or "<0.00001". */
  p?: string;
  responders?: Responders;
  /** Shown first and in the compact card, with an effect statement worded from its certainty. */
  key?: boolean;
  /** The certainty of this result; a key result without one shows "not rated". */
  certainty?: CertaintyRating;
  /**
   * Which way the result points, where its number cannot tell (a count of responders, a P value
   * alone). Derived from the value when there is one.
   */
  direction?: Direction;
  /**
   * For a result within one group of a controlled study: what is known of the other groups on the
   * same measure, e.g. "The vehicle group also had less pain".
   */
  controlNote?: string;
  /** Where this one result comes from, when it is not the study itself (e.g. a company release). */
  sourceNote?: string;
}

export interface Design {
  kind: DesignKind;
  /** Plain-language description, e.g. "Randomized, double-blind, 13 sites". */
  description?: string;
  /** For a secondary report: the design the report claims, unverified. */
  reportedKind?: Exclude<DesignKind, 'secondary-report'>;
  /** Planned or actual follow-up. */
  followUp?: TimePoint;
  /** For an ongoing trial, whose kind does not say: its groups are formed at random. */
  randomized?: boolean;
}

export interface Population {
  participants?: number;
  /** `planned` for trials still recruiting; `more-than` for "over 1,299". */
  participantsKind?: 'enrolled' | 'planned' | 'more-than';
  /** Number of studies pooled (meta-analyses) or reviewed (other reviews). */
  studies?: number;
  condition?: string;
}

/**
 * What kind of product was given, for telling studies apart: mesenchymal stem, stromal or
 * precursor cells (grown in a laboratory or not); disc progenitor cells; bone-marrow concentrate
 * (cells not grown in a laboratory); blood-forming (hematopoietic) stem cells; donated disc
 * tissue, which is not a cell product; or several kinds (a review).
 */
export type ProductKind =
  | 'mesenchymal-cells'
  | 'disc-progenitor-cells'
  | 'bone-marrow-concentrate'
  | 'blood-forming-cells'
  | 'tissue-allograft'
  | 'several';

export const PRODUCT_KINDS: readonly ProductKind[] = [
  'mesenchymal-cells',
  'disc-progenitor-cells',
  'bone-marrow-concentrate',
  'blood-forming-cells',
  'tissue-allograft',
  'several',
];

export interface Intervention {
  /** The kind of product, for grouping and filtering studies. */
  product?: ProductKind;
  /** e.g. "Mesenchymal stem cells (MSCs)" or "Disc progenitor cells". */
  cellType?: string;
  /** Tissue the cells come from, e.g. "Fat tissue (adipose)". */
  tissueSource?: string;
  origin?: 'autologous' | 'allogeneic' | 'mixed';
  dose?: string;
  /** How it is given, e.g. "One injection into the disc". */
  delivery?: string;
}

export interface Provenance {
  kind: 'primary' | 'secondary';
  /** For secondary sources: what reported it, e.g. "A clinic's web page". */
  reportedBy?: string;
}

/** Who paid for a study. */
export interface Funding {
  /** The sponsor as the source names it, e.g. "Mesoblast Ltd.". */
  sponsor: string;
  /** The sponsor makes the product the study tested. */
  maker?: boolean;
}

/** One group of a study with several: what it was given and how many were in it. */
export interface Arm {
  /** e.g. "High dose" or "Saline". */
  label: string;
  /** Given the treatment studied, or a comparison group. */
  role: 'treatment' | 'control';
  /** People in the group (randomized, or planned for an ongoing trial); absent when no source gives it. */
  size?: number;
  /** e.g. "9 million cells per mL". */
  dose?: string;
}

/**
 * Whether a trial met its main goal: `not-verified` when no source we could read says,
 * `awaited` while the trial runs.
 */
export type MainGoalStatus = 'met' | 'not-met' | 'not-verified' | 'awaited';

export const MAIN_GOAL_STATUSES: readonly MainGoalStatus[] = ['met', 'not-met', 'not-verified', 'awaited'];

/** A trial's main goal (primary endpoint), as the trial defined it, and whether it was met. */
export interface MainGoal {
  /** The goal in plain words, e.g. "Pain (VAS) more than 30% lower on average at 52 weeks". */
  description: string;
  status: MainGoalStatus;
  /** What the status rests on, e.g. which group reached it, or why it is not verified. */
  note?: string;
}

export interface Study {
  id: string;
  title: string;
  /** A note on the title, where its words could mislead a reader (e.g. "FDA-approved" in a trial's name). */
  titleNote?: string;
  /**
   * What was studied, in whom and how many, in plain words. It states no effect: the card words the
   * effect of each key result from its certainty.
   */
  headline: string;
  authors?: string[];
  journal?: string;
  year?: number;
  /** Volume, pages or article number, as printed in the citation. */
  citationDetail?: string;
  doi?: string;
  pmid?: string;
  pmcid?: string;
  registryId?: string;
  /** A link to the source when no identifier covers it (http, https or mailto only). */
  url?: string;
  design: Design;
  /** What the treated group was compared with; absent means there was no control group. */
  comparator?: string;
  population: Population;
  intervention: Intervention;
  /** The groups of a study with several (at least two), with their sizes and doses. */
  arms?: Arm[];
  outcomes: Outcome[];
  safety: string[];
  limitations: string[];
  /**
   * Values over time, drawn as lines in the timeline's trajectory view: one series per measure and
   * group. A group that changes (those who went on to surgery leave) is a series of its own.
   */
  series?: Series[];
  /** Who paid for the study; absent when the sources we checked do not say. */
  funding?: Funding;
  /** The main goal (primary endpoint) a trial set itself; absent when the sources we checked name none. */
  mainGoal?: MainGoal;
  provenance: Provenance;
  status: 'completed' | 'ongoing';
  /** ISO date (YYYY-MM-DD) the entry was last checked against its sources. */
  lastReviewed: string;
}
