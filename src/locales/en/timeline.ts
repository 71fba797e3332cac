import type { Certainty, Comparison, Direction, Domain } from '../../data/model.js';

/** The parts one result's words are built from, for the label beside its marker and the summary. */
export interface ResultParts {
  domain: Domain;
  /** Which way it points; undefined when neither its numbers nor the data tell. */
  direction: Direction | undefined;
  /** Smaller than the smallest change patients notice, or a small effect size. */
  slight: boolean;
  /** How much, on a scale people read: "62.8%", "2 points". Never an effect size or a P value. */
  amount?: string;
  /** People who had the result, and all in the group: "7", "9". */
  responders?: [count: string, of: string];
  comparison: Comparison;
  /** The study had control groups: a result within one group must say it is not compared with them. */
  controlled: boolean;
  /**
   * For a difference between groups, which claims an effect: the certainty its words are hedged by,
   * as the card's effect statement is. A change within one group is an observation, framed by its
   * comparison instead.
   */
  certainty?: Certainty;
}

/** GRADE's hedges, in a few words before a result: "may" for low, "probably" for moderate. */
const HEDGE: Record<Certainty, string> = {
  high: '',
  moderate: 'probably ',
  low: 'possibly ',
  'very-low': 'very uncertain: ',
};

/** What a result is about: for a better result, a worse one, and the thing itself. */
const FOUND: Record<Domain, [better: string, worse: string, thing: string]> = {
  pain: ['less pain', 'more pain', 'pain'],
  function: ['better function', 'worse function', 'function'],
  structure: ['a healthier-looking disc', 'a more worn disc', 'the disc on scans'],
  work: ['more ability to work', 'less ability to work', 'work'],
  medication: ['less pain medicine', 'more pain medicine', 'pain medicine'],
  safety: ['fewer side effects', 'more side effects', 'side effects'],
  // An outcome of no named kind: its words say what it is; the label judges nothing ("21 of 26 had this result").
  other: ['this result', 'a worse result', 'this result'],
};

/** "62.8% less pain", "7 of 9 had less pain", "no clear difference in pain", "pain: size not reported". */
function found(r: ResultParts): string {
  const [better, worse, thing] = FOUND[r.domain];
  if (!r.direction) return `${thing}: size not reported`;
  const hedge = r.certainty ? HEDGE[r.certainty] : '';
  if (r.direction === 'no-difference') return `${hedge}no clear difference in ${thing}`;
  const words = r.direction === 'better' ? better : worse;
  if (r.responders) return `${r.responders[0]} of ${r.responders[1]} had ${words}`;
  return hedge + (r.amount ? `${r.amount} ${words}` : `${r.slight ? 'slightly ' : ''}${words}`);
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Strings only the outcome timeline uses, in English. They live apart from the shared strings so
 * a page with only cards never downloads them.
 */
const timeline = {
  laneLabel: (author: string, year: string) => `${author} et al.${year ? ` ${year}` : ''}`,
  noTimedResults: 'No result reported at a follow-up time.',
  more: (count: number) => `+${count} more`,
  /** The label beside a marker, in two short lines: what was found, and what it is compared with. */
  result: (r: ResultParts): [string, string] => [
    capital(found(r)),
    r.comparison === 'versus-control'
      ? 'vs. the other groups'
      : r.comparison === 'change-from-baseline'
        ? r.controlled
          ? 'vs. start, not controls'
          : 'vs. the start (one group)'
        : r.controlled
          ? 'one group, not controls'
          : 'one group, no comparison',
  ],
  /** The same result as words in a sentence. */
  resultPhrase: (r: ResultParts): string => {
    const what = found(r);
    if (!r.direction) return what;
    if (r.comparison === 'versus-control')
      return `${what} ${r.direction === 'no-difference' ? 'from' : 'than'} the other groups`;
    const group = r.controlled ? 'in one group, not compared with the controls' : 'in one group';
    if (r.comparison === 'change-from-baseline')
      return `${what} ${r.direction === 'no-difference' ? 'from' : 'than at'} the start, ${group}`;
    return `${what}, ${r.controlled ? group : 'in one group with no comparison'}`;
  },
  points: (n: string) => `${n} points`,
  people: (n: string) => `${n} people`,
  axis: { weeks: 'Weeks since treatment', months: 'Months since treatment' },
  chart: 'Chart',
  table: 'Table',
  showAs: 'Show as',
  /** The buttons that choose which measure a trajectory draws. */
  measure: 'Measure drawn',
  chartLabel: 'Chart of results over time: arrow keys move between its points. The table holds the same data as text.',
  download: {
    label: 'Download',
    csv: 'Data (CSV)',
    png: 'Image (PNG)',
    svg: 'Image (SVG)',
    failed: 'The file could not be made here. The table holds the same data.',
    title: 'Study results over time since treatment',
    on: (date: string) => `Downloaded ${date}`,
  },
  journeyLane: 'What clinics say to expect',
  /** Each step in a few words, on the chart. */
  journeyShort: {
    injection: 'Injection',
    rest: 'Rest, 1–2 weeks',
    relief: 'First relief, 4–8 weeks',
    improvement: 'Improving to 3–6 months',
    mri: 'MRI',
    durability: 'Data reach 2 years',
  },
  journey: {
    injection: 'Injection into the disc (day 0)',
    rest: 'Reduced loading for 1–2 weeks',
    relief: 'First pain relief, typically at 4–8 weeks',
    improvement: 'Continued improvement to 3–6 months',
    mri: 'Follow-up MRI',
    durability: 'Data on how long it lasts reach 24 months',
  },
  journeySource:
    'What clinics say to expect: the usual course as clinics describe it to patients; not a result of any study and not a promise for any one person.',
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
  /** One study: what it found, and when, with the certainty of each result. */
  summaryLane: (label: string, results: string[]) => `${label}: ${results.join('; ')}.`,
  /** A lane of a site's own values: when it has them. */
  summaryTimes: (label: string, times: string) => `${label}: results ${times}.`,
  summaryResult: (phrase: string, times: string, certainty: string) => `${times}, ${phrase} (certainty: ${certainty})`,
  certainty: (level: string) => `certainty: ${level}`,
  summaryMore: (count: number) =>
    count === 1 ? 'and 1 more result in the table' : `and ${count} more results in the table`,
  noSize: (times: string) => `No size of the result was reported ${times}.`,
  nothingAfter: (time: string) => `Nothing reported after ${time}.`,
  summarySeries: (label: string, values: string[], comparison: string) =>
    `${label}: ${values.join(', then ')} (${comparison}).`,
  and: (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
};

export type TimelineMessages = typeof timeline;

export default timeline;
