/**
 * The study model: what one piece of evidence says, in a shape every widget reads the same way.
 * Text fields are plain text (never HTML); links are checked against the allow-list at render time.
 */

/** How a study was designed. The evidence level follows from it (see `evidenceLevel`). */
export type DesignKind =
  'meta-analysis-rct' | 'meta-analysis-cohort' | 'rct' | 'single-arm' | 'ongoing-trial' | 'secondary-report';

export const DESIGN_KINDS: readonly DesignKind[] = [
  'meta-analysis-rct',
  'meta-analysis-cohort',
  'rct',
  'single-arm',
  'ongoing-trial',
  'secondary-report',
];

/**
 * What a result is measured against. Changes from baseline are never differences against a control;
 * `event-rate` is how often something happened in the treated group alone (e.g. reoperations).
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
  /** Shown first and in the compact card. */
  key?: boolean;
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
}

export interface Population {
  participants?: number;
  /** `planned` for trials still recruiting; `more-than` for "over 1,299". */
  participantsKind?: 'enrolled' | 'planned' | 'more-than';
  /** Number of studies pooled, for reviews. */
  studies?: number;
  condition?: string;
}

export interface Intervention {
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

export interface Study {
  id: string;
  title: string;
  /** A plain-language headline whose wording follows the strength of the evidence. */
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
  outcomes: Outcome[];
  safety: string[];
  limitations: string[];
  provenance: Provenance;
  status: 'completed' | 'ongoing';
  /** ISO date (YYYY-MM-DD) the entry was last checked against its sources. */
  lastReviewed: string;
}
