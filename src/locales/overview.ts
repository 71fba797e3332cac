import overview, { type OverviewMessages } from './en/overview.js';
import { TextPack, type Loader } from './pack.js';

export type { OverviewMessages };

/** The languages these texts come in besides English, by primary language subtag. */
export const OVERVIEW_LANGUAGES: Record<string, Loader<OverviewMessages>> = { es: () => import('./es/overview.js') };

/** The overview's strings, apart from the study texts so no other page downloads them. */
export const overviewTexts = new TextPack('overview', overview, OVERVIEW_LANGUAGES);
