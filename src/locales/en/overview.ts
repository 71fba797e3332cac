import type { Certainty, MainGoalStatus, ProductKind } from '../../data/model.js';

/** "1 study", "17 studies". */
const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** Strings only the evidence overview uses, in English. */
const overview = {
  heading: 'The evidence at a glance',
  /** The opening sentences, from the studies shown. */
  summary: {
    total: (n: number, randomized: number, running: number) =>
      `${count(n, 'study', 'studies')}, ${randomized} of them randomized` +
      (running > 0 ? `; ${running} ${running === 1 ? 'is' : 'are'} still running.` : '.'),
    /** `levels` is already worded: "3 with low certainty, 7 with very low certainty". */
    benefit: (n: number, levels: string) => `${n} ${n === 1 ? 'points' : 'point'} to a benefit: ${levels}.`,
    level: (n: number, level: string) => `${n} with ${level} certainty`,
    noneStrong: 'None has high or moderate certainty.',
    unclear: (n: number) => `${n} ${n === 1 ? 'shows' : 'show'} no clear benefit, or a main result no one could check.`,
    /** When the site names the studies: the reader learns what was left out. */
    chosen: (shown: number, all: number) =>
      `This site chose ${shown} of the ${all} studies in the catalog; the others are not shown here.`,
  },
  group: {
    high: 'High certainty',
    moderate: 'Moderate certainty',
    low: 'Low certainty',
    'very-low': 'Very low certainty',
    'not-rated': 'Certainty not rated',
    'no-results': 'No results to rate',
  } satisfies Record<Certainty | 'not-rated' | 'no-results', string>,
  groupNote: {
    'very-low': 'We are very uncertain about these results: the true effect is likely to be quite different.',
    'not-rated': 'No one has rated how far these results can be trusted.',
  } as Partial<Record<Certainty | 'not-rated' | 'no-results', string>>,
  /** A study's short name: "Gornet et al. 2024". */
  name: (author: string, year: number | undefined, more: boolean) =>
    `${author}${more ? ' et al.' : ''}${year === undefined ? '' : ` ${year}`}`,
  mainResult: 'Main result',
  arms: {
    label: 'Groups',
    /** One group: its name, its dose when known, and its size. */
    arm: (label: string, dose: string | undefined, size: string | undefined) =>
      `${label}${dose ? `, ${dose}` : ''}${size ? ` (${size})` : ''}`,
    treated: (groups: string) => `Treated: ${groups}`,
    control: (groups: string) => `compared with: ${groups}`,
    sizesMissing: 'the size of some groups is not reported in the sources we checked',
  },
  mainGoal: 'Main goal',
  goalStatus: {
    met: 'met',
    'not-met': 'not met',
    'not-verified': 'not verified',
    awaited: 'result awaited',
  } satisfies Record<MainGoalStatus, string>,
  noGoal: 'Not named in the sources we checked',
  product: {
    'mesenchymal-cells': 'Mesenchymal stem or precursor cells',
    'disc-progenitor-cells': 'Disc progenitor cells',
    'bone-marrow-concentrate': 'Bone-marrow concentrate (cells not grown in a lab)',
    'blood-forming-cells': 'Blood-forming stem cells',
    'tissue-allograft': 'Donated disc tissue, not cells',
    several: 'Several kinds (a review)',
  } satisfies Record<ProductKind, string>,
  filter: {
    label: 'Show only',
    randomized: 'Randomized studies',
    results: 'Studies with results',
    product: 'Kind of treatment',
    allProducts: 'All kinds',
  },
  showing: (shown: number, total: number) => `Showing ${shown} of ${count(total, 'study', 'studies')}.`,
  noMatch: 'No study matches these choices.',
  open: 'Show the full card',
  cardFailed: 'The full card could not be loaded. Check the connection and try again.',
  close: 'Hide the full card',
  /** After the button's words, for screen readers: which study. */
  forStudy: (name: string) => `: ${name}`,
};

export type OverviewMessages = typeof overview;

export default overview;
