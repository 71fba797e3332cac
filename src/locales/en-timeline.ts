/**
 * Strings only the outcome timeline uses, in English. They live apart from the shared strings so
 * a page with only cards never downloads them.
 */
export const enTimeline = {
  laneLabel: (author: string, year: string) => `${author} et al.${year ? ` ${year}` : ''}`,
  noTimedResults: 'No result reported at a follow-up time.',
};

export type TimelineMessages = typeof enTimeline;
