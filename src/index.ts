/** The npm entry: registers every element and exports their classes, types and the data layer. */
export * from './evidence-card.js';
export * from './outcome-timeline.js';
export * from './candidacy-checklist.js';
export * from './evidence-overview.js';
export * from './data.js';
export type { DiscErrorDetail, Theme } from './internal/disc-element.js';
export { VERSION } from './internal/version.js';
export type {
  CandidacyChecklistProps,
  EvidenceCardProps,
  EvidenceOverviewProps,
  OutcomeTimelineProps,
} from './props.js';
