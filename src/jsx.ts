/**
 * Types for writing the tags themselves in React 19 JSX (`<disc-evidence-card study="…" />`).
 * React 19 sets these as properties and listens to `ondisc-error` and `ondisc-candidacy-change`.
 * React 18 sets every prop as an attribute: use the components in `disc-evidence/react` there.
 *
 * Enable with `import type {} from 'disc-evidence/jsx';` once, or `"types": ["disc-evidence/jsx"]`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CandidacyChangeDetail, DiscCandidacyChecklist } from './candidacy-checklist.js';
import type { DiscEvidenceCard } from './evidence-card.js';
import type { DiscEvidenceOverview } from './evidence-overview.js';
import type { DiscErrorDetail } from './internal/disc-element.js';
import type { DiscOutcomeTimeline } from './outcome-timeline.js';
import type {
  CandidacyChecklistProps,
  EvidenceCardProps,
  EvidenceOverviewProps,
  OutcomeTimelineProps,
} from './props.js';

type TagProps<E extends HTMLElement, Props> = Props &
  Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Props> & {
    'ondisc-error'?: (event: CustomEvent<DiscErrorDetail>) => void;
  };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- JSX is a namespace in React's own types
  namespace JSX {
    interface IntrinsicElements {
      'disc-evidence-card': TagProps<DiscEvidenceCard, EvidenceCardProps>;
      'disc-outcome-timeline': TagProps<DiscOutcomeTimeline, OutcomeTimelineProps>;
      'disc-candidacy-checklist': TagProps<DiscCandidacyChecklist, CandidacyChecklistProps> & {
        'ondisc-candidacy-change'?: (event: CustomEvent<CandidacyChangeDetail>) => void;
      };
      'disc-evidence-overview': TagProps<DiscEvidenceOverview, EvidenceOverviewProps>;
    }
  }
}
