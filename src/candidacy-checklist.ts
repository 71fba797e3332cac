import {
  DiscCandidacyChecklist,
  type CandidacyChangeDetail,
} from './components/candidacy-checklist/candidacy-checklist.js';
import { defineElement } from './internal/define.js';

export { DiscCandidacyChecklist, type CandidacyChangeDetail };
export type { CandidacyResult } from './components/candidacy-checklist/evaluate.js';
export { evaluate } from './components/candidacy-checklist/evaluate.js';

defineElement('disc-candidacy-checklist', DiscCandidacyChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'disc-candidacy-checklist': DiscCandidacyChecklist;
  }
  interface HTMLElementEventMap {
    'disc-candidacy-change': CustomEvent<CandidacyChangeDetail>;
  }
}
