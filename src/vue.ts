/**
 * Types for the tags in Vue 3 templates, so `vue-tsc` and the Vue language tools check their
 * props. Vue must also be told the tags are custom elements: `compilerOptions.isCustomElement:
 * (tag) => tag.startsWith('disc-')`. Objects (`data`, `series`, `criteria`) go in with `.prop`
 * binding, e.g. `:data.prop="study"`.
 *
 * Enable with `import type {} from 'disc-evidence/vue';` once, or `"types": ["disc-evidence/vue"]`.
 */
import type { DefineComponent } from 'vue';
import type {
  CandidacyChecklistProps,
  EvidenceCardProps,
  EvidenceOverviewProps,
  OutcomeTimelineProps,
} from './props.js';

declare module 'vue' {
  interface GlobalComponents {
    'disc-evidence-card': DefineComponent<EvidenceCardProps>;
    'disc-outcome-timeline': DefineComponent<OutcomeTimelineProps>;
    'disc-candidacy-checklist': DefineComponent<CandidacyChecklistProps>;
    'disc-evidence-overview': DefineComponent<EvidenceOverviewProps>;
  }
}
