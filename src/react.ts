/**
 * React components for the four elements, for React 18 and 19. Importing this module registers
 * the elements. Properties are set as properties (objects stay objects), events become `on…` props:
 *
 * ```tsx
 * import { EvidenceCard, CandidacyChecklist } from 'disc-evidence/react';
 *
 * <EvidenceCard study="bates-2022" variant="compact" onDiscError={(e) => report(e.detail.code)} />
 * <CandidacyChecklist ctaHref="/book" onDiscCandidacyChange={(e) => track(e.detail.status)} />
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import { DiscCandidacyChecklist, type CandidacyChangeDetail } from './candidacy-checklist.js';
import { DiscEvidenceCard } from './evidence-card.js';
import { DiscEvidenceOverview } from './evidence-overview.js';
import type { DiscErrorDetail } from './internal/disc-element.js';
import { DiscOutcomeTimeline } from './outcome-timeline.js';

export type { CandidacyChangeDetail, DiscErrorDetail };

const onDiscError = 'disc-error' as EventName<CustomEvent<DiscErrorDetail>>;

/** `<disc-evidence-card>`: one study, with `study`, `src` or `data`, `variant`, `theme` and `onDiscError`. */
export const EvidenceCard = createComponent({
  react: React,
  tagName: 'disc-evidence-card',
  elementClass: DiscEvidenceCard,
  events: { onDiscError },
  displayName: 'EvidenceCard',
});

/** `<disc-outcome-timeline>`: outcomes over time, with `studies`, `src` or `series`, `view`, `journey` and `onDiscError`. */
export const OutcomeTimeline = createComponent({
  react: React,
  tagName: 'disc-outcome-timeline',
  elementClass: DiscOutcomeTimeline,
  events: { onDiscError },
  displayName: 'OutcomeTimeline',
});

/** `<disc-candidacy-checklist>`: with `criteria` or `src`, `ctaHref`, `ctaLabel`, `onDiscCandidacyChange` and `onDiscError`. */
export const CandidacyChecklist = createComponent({
  react: React,
  tagName: 'disc-candidacy-checklist',
  elementClass: DiscCandidacyChecklist,
  events: {
    onDiscCandidacyChange: 'disc-candidacy-change' as EventName<CustomEvent<CandidacyChangeDetail>>,
    onDiscError,
  },
  displayName: 'CandidacyChecklist',
});

/** `<disc-evidence-overview>`: every study at a glance, with `studies`, `headingLevel`, `disclosure` and `onDiscError`. */
export const EvidenceOverview = createComponent({
  react: React,
  tagName: 'disc-evidence-overview',
  elementClass: DiscEvidenceOverview,
  events: { onDiscError },
  displayName: 'EvidenceOverview',
});
