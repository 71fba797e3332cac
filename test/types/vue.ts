// Type-checked by `npm test` (tsc), never run: the Vue declarations give each tag its props.
import type { GlobalComponents } from 'vue';
import type {} from '../../src/vue.js';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const card: PropsOf<'disc-evidence-card'> = { study: 'bates-2022', variant: 'compact', headingLevel: 2 };
export const timeline: PropsOf<'disc-outcome-timeline'> = { studies: 'gornet-2024', view: 'trajectory', journey: true };
export const checklist: PropsOf<'disc-candidacy-checklist'> = { ctaHref: '/book', theme: 'auto' };

// @ts-expect-error there is no "huge" variant
export const badVariant: PropsOf<'disc-evidence-card'> = { variant: 'huge' };
// @ts-expect-error the theme is auto, light or dark
export const badTheme: PropsOf<'disc-candidacy-checklist'> = { theme: 'sepia' };
