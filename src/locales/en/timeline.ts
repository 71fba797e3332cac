/**
 * Strings only the outcome timeline uses, in English. They live apart from the shared strings so
 * a page with only cards never downloads them.
 */
const timeline = {
  laneLabel: (author: string, year: string) => `${author} et al.${year ? ` ${year}` : ''}`,
  noTimedResults: 'No result reported at a follow-up time.',
  more: (count: number) => `+${count} more`,
  axis: { weeks: 'Weeks since treatment', months: 'Months since treatment' },
  chart: 'Chart',
  table: 'Table',
  showAs: 'Show as',
  chartLabel: 'Chart of results over time. The table holds the same data as text.',
  journeyLane: 'What to expect',
  journey: {
    injection: 'Injection into the disc (day 0)',
    rest: 'Reduced loading for 1–2 weeks',
    relief: 'First pain relief, typically at 4–8 weeks',
    improvement: 'Continued improvement to 3–6 months',
    mri: 'Follow-up MRI',
    durability: 'Data on how long it lasts reach 24 months',
  },
  journeySource:
    'What to expect: the typical course clinics describe to patients, not a result of any study and not a promise for any one person.',
  column: {
    study: 'Study',
    series: 'Group',
    time: 'Time',
    finding: 'What was reported',
    value: 'Value',
    ci: '95% confidence interval',
    n: 'People',
    comparison: 'Kind of comparison',
  },
  threshold: (value: string) => `Smallest change patients notice: ${value} from the start`,
  example: 'example data',
  summaryMilestones: (count: number) =>
    count === 1 ? 'Results over time from 1 study.' : `Results over time from ${count} studies.`,
  summaryLane: (label: string, times: string) => `${label}: results ${times}.`,
  summarySeries: (label: string, values: string[], comparison: string) =>
    `${label}: ${values.join(', then ')} (${comparison}).`,
  and: (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
};

export type TimelineMessages = typeof timeline;

export default timeline;
