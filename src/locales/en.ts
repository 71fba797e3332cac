import type { Comparison, DesignKind, Domain } from '../data/model.js';
import type { Hedge } from '../data/evidence-level.js';
import { enCommon } from './en-common.js';

/**
 * Every user-facing string, in English. Another language is another object of the same shape:
 * adding one is a data change, never a code change.
 */
export const en = {
  notReported: 'Not reported',
  design: {
    'meta-analysis-rct': 'Meta-analysis of randomized trials',
    'meta-analysis-cohort': 'Meta-analysis of studies without control groups',
    rct: 'Randomized controlled trial',
    'single-arm': 'Single-group study',
    'ongoing-trial': 'Ongoing trial',
    'secondary-report': 'Second-hand report',
  } satisfies Record<DesignKind, string>,
  reportedAs: (design: string) => `Reported as: ${design}`,
  level: (rank: number, of: number) => `Evidence level ${rank} of ${of}`,
  levelUnrated: 'Evidence level: not rated',
  hedge: {
    likely: 'The strongest design in this collection: its findings are likely to hold.',
    suggests: 'One randomized trial: it suggests an effect, and larger trials are needed to confirm it.',
    may: 'No control group: the treatment may help, but this design cannot show it.',
    unverified: 'Reported second-hand: we could not check it against the study itself.',
    pending: 'No results yet.',
  } satisfies Record<Hedge, string>,
  comparison: {
    'versus-control': 'versus a control group',
    'change-from-baseline': 'change from before treatment, no comparison group',
    responders: 'share of participants',
    'event-rate': 'rate in treated patients, no comparison group',
  } satisfies Record<Comparison, string>,
  domain: {
    pain: 'Pain',
    function: 'Function',
    structure: 'Disc structure',
    work: 'Work',
    medication: 'Pain medicine',
    safety: 'Safety',
    other: 'Finding',
  } satisfies Record<Domain, string>,
  heading: {
    facts: 'Study at a glance',
    findings: 'What they found',
    moreFindings: (count: number) => `All findings (${count} more)`,
    safety: 'Safety',
    limitations: 'Limitations',
    source: 'Source',
  },
  fact: {
    design: 'Design',
    participants: 'Participants',
    studies: 'Studies pooled',
    condition: 'Condition',
    comparator: 'Compared with',
    followUp: 'Follow-up',
    cells: 'Cells',
    tissue: 'Cell source',
    origin: 'Whose cells',
    dose: 'Dose',
    delivery: 'How given',
  },
  noControl: 'No control group',
  origin: {
    autologous: "The patient's own cells (autologous)",
    allogeneic: 'Donor cells (allogeneic)',
    mixed: 'Own or donor cells',
  },
  participants: {
    enrolled: (n: string) => n,
    planned: (n: string) => `${n} planned`,
    'more-than': (n: string) => `More than ${n}`,
  },
  /** Unit names by plural category (`Intl.PluralRules`): `one` and `other`. */
  unit: {
    weeks: { one: 'week', other: 'weeks' },
    months: { one: 'month', other: 'months' },
  },
  timepoint: (duration: string, atLeast: boolean) => (atLeast ? `at ${duration} or later` : `at ${duration}`),
  value: {
    'vas-10': (n: string) => `${n} points on a 0–10 pain scale`,
    'vas-100': (n: string) => `${n} points on a 0–100 pain scale`,
    odi: (n: string) => `${n} points on the 0–100 disability index`,
    percent: (n: string) => `${n}% from baseline`,
    smd: (n: string) => `Standardised mean difference ${n} (an effect size, not scale points)`,
    'odds-ratio': (n: string) => `Odds ratio ${n}`,
    proportion: (n: string) => n,
    count: (n: string) => n,
  },
  responders: (count: string, of: string, percent: string) => `${count} of ${of} (${percent})`,
  ci: (low: string, high: string) => `95% confidence interval ${low} to ${high}`,
  p: (value: string) => `P\u00a0${value}`,
  threshold: {
    meets: (threshold: string) => `Reaches the smallest change patients notice (${threshold})`,
    'meets-uncertain': (threshold: string) =>
      `Reaches the smallest change patients notice (${threshold}), but the uncertainty range reaches below it`,
    below: (threshold: string) => `Below the smallest change patients notice (${threshold})`,
    'not-comparable': 'Not comparable with the smallest noticeable change',
    'no-number': 'No number reported',
  },
  thresholdValue: {
    'vas-10': '2 points',
    'vas-100': '15 points',
    odi: '10 points',
    percent: '30%',
  } as Record<string, string>,
  thresholdSource: 'Smallest noticeable change: Ostelo et al., Spine 2008',
  sourceNote: (note: string) => `Source of this result: ${note}`,
  secondary: 'Secondary source — the primary study is not cited.',
  reportedBy: (by: string) => `Reported by: ${by}`,
  ongoing: 'Ongoing — no results yet.',
  regulatory: enCommon.regulatory,
  lastReviewed: (date: string) => `Entry last reviewed ${date}`,
  links: {
    doi: 'DOI',
    pubmed: 'PubMed',
    pmc: 'Full text (PMC)',
    registry: 'Trial registry',
    url: 'Source',
    newWindow: '(opens in a new tab)',
  },
  copy: {
    button: 'Copy citation',
    done: 'Citation copied',
    failed: 'Copying failed: select the citation and copy it by hand.',
  },
  expand: 'Show the full evidence',
  collapse: 'Show less',
  cardLabel: (headline: string) => `Study evidence: ${headline}`,
};

export type Messages = typeof en;
