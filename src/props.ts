import type { DiscCandidacyChecklist } from './components/candidacy-checklist/candidacy-checklist.js';
import type { DiscEvidenceCard } from './components/evidence-card/evidence-card.js';
import type { DiscEvidenceOverview } from './components/evidence-overview/evidence-overview.js';
import type { DiscOutcomeTimeline } from './components/outcome-timeline/outcome-timeline.js';

/**
 * What a framework template may set on each element, by property name, with the property's own
 * type. The JSX and Vue declarations are built from these, so they never drift from the classes.
 */
export type EvidenceCardProps = Partial<
  Pick<
    DiscEvidenceCard,
    'study' | 'src' | 'data' | 'variant' | 'timeout' | 'headingLevel' | 'disclosure' | 'theme' | 'lang'
  >
>;

export type OutcomeTimelineProps = Partial<
  Pick<
    DiscOutcomeTimeline,
    'studies' | 'src' | 'series' | 'view' | 'journey' | 'timeout' | 'disclosure' | 'theme' | 'lang'
  >
>;

export type CandidacyChecklistProps = Partial<
  Pick<DiscCandidacyChecklist, 'criteria' | 'src' | 'ctaHref' | 'ctaLabel' | 'disclosure' | 'theme' | 'lang'>
>;

export type EvidenceOverviewProps = Partial<
  Pick<DiscEvidenceOverview, 'studies' | 'headingLevel' | 'disclosure' | 'theme' | 'lang'>
>;
