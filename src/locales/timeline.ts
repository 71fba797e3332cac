import timeline, { type TimelineMessages } from './en/timeline.js';
import { TextPack, type Loader } from './pack.js';

export type { TimelineMessages };

/** The languages these texts come in besides English, by primary language subtag. */
export const TIMELINE_LANGUAGES: Record<string, Loader<TimelineMessages>> = { es: () => import('./es/timeline.js') };

/**
 * The timeline's strings. They live apart from the shared study texts so a page with only cards
 * never downloads them; other languages load when a timeline needs them.
 */
export const timelineTexts = new TextPack('timeline', timeline, TIMELINE_LANGUAGES);
