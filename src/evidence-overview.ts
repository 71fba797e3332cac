import { DiscEvidenceOverview } from './components/evidence-overview/evidence-overview.js';
import { defineElement } from './internal/define.js';

export { DiscEvidenceOverview };

defineElement('disc-evidence-overview', DiscEvidenceOverview);

declare global {
  interface HTMLElementTagNameMap {
    'disc-evidence-overview': DiscEvidenceOverview;
  }
}
