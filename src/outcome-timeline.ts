import { DiscOutcomeTimeline } from './components/outcome-timeline/outcome-timeline.js';
import { defineElement } from './internal/define.js';

export { DiscOutcomeTimeline };
export type { TimelineView } from './components/outcome-timeline/outcome-timeline.js';

defineElement('disc-outcome-timeline', DiscOutcomeTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'disc-outcome-timeline': DiscOutcomeTimeline;
  }
}
