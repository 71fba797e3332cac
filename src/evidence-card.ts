import { DiscEvidenceCard } from './components/evidence-card/evidence-card.js';
import { defineElement } from './internal/define.js';

export { DiscEvidenceCard };

defineElement('disc-evidence-card', DiscEvidenceCard);

declare global {
  interface HTMLElementTagNameMap {
    'disc-evidence-card': DiscEvidenceCard;
  }
}
