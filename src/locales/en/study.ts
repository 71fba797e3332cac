import type { LowStart } from '../../data/certainty.js';
import type { Certainty, DesignKind, Direction, Domain } from '../../data/model.js';
import common from './common.js';

/** What a result is about, then the verb for a better and for a worse result (its "-s" form is regular). */
const EFFECT: Record<Domain, [thing: string, better: string, worse: string]> = {
  pain: ['pain', 'reduce', 'increase'],
  function: ['everyday function', 'improve', 'worsen'],
  structure: ['the disc on scans', 'improve', 'worsen'],
  work: ['the ability to work', 'improve', 'worsen'],
  medication: ['the use of pain medicine', 'reduce', 'increase'],
  safety: ['side effects', 'reduce', 'increase'],
  other: ['this outcome', 'improve', 'worsen'],
};

/**
 * GRADE's plain-language statements (Santesso et al., J Clin Epidemiol 2020): the verb's strength
 * comes from the certainty alone; "slightly" for a small effect, "little or no difference" for none.
 */
function effectStatement(certainty: Certainty, domain: Domain, direction: Direction, slight: boolean): string {
  const [thing, better, worse] = EFFECT[domain];
  const none = direction === 'no-difference';
  const verb = none ? 'make' : direction === 'better' ? better : worse;
  if (certainty === 'very-low') {
    return `We are very uncertain whether the treatment ${none ? `makes any difference to ${thing}` : `${verb}s ${thing}`}.`;
  }
  const says = certainty === 'low' ? `may ${verb}` : `${certainty === 'moderate' ? 'probably ' : ''}${verb}s`;
  return `The treatment ${says} ${none ? `little or no difference to ${thing}` : thing + (slight ? ' slightly' : '')}.`;
}

/**
 * Every user-facing string, in English. Another language is another object of the same shape:
 * adding one is a data change, never a code change.
 */
const study = {
  notReported: 'Not reported',
  design: {
    'meta-analysis-rct': 'Meta-analysis of randomized trials',
    'meta-analysis-cohort': 'Meta-analysis of before-and-after changes',
    'systematic-review': 'Systematic review, not pooled',
    rct: 'Randomized controlled trial',
    'single-arm': 'Single-group study',
    'ongoing-trial': 'Ongoing trial',
    'secondary-report': 'Second-hand report',
  } satisfies Record<DesignKind, string>,
  reportedAs: (design: string) => `Reported as: ${design}`,
  comparison: {
    between: 'difference between the treated and the control groups',
    within: 'change from before treatment',
    responders: 'people who had this result',
    'event-rate': 'how often it happened',
    /** Added to a result within one group: whether the study had other groups this number leaves out. */
    controlled: 'in this group only, not compared with the other groups',
    single: 'no comparison group',
  },
  certainty: {
    line: (level: string, reasons: string[]) =>
      `Certainty: ${level}${reasons.length > 0 ? ` — ${reasons.join('; ')}` : ''}`,
    level: { high: 'high', moderate: 'moderate', low: 'low', 'very-low': 'very low' } satisfies Record<
      Certainty,
      string
    >,
    notRated: 'not rated',
    start: {
      'within-group': 'a change within one group',
      'not-randomized': 'groups not formed at random',
      'second-hand': 'known only second-hand',
    } satisfies Record<LowStart, string>,
    startsLow: (why: string) => `${why}, which starts at low`,
  },
  effect: effectStatement,
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
    studiesPooled: 'Studies pooled',
    studiesReviewed: 'Studies reviewed',
    condition: 'Condition',
    comparator: 'Compared with',
    funding: 'Paid for by',
    followUp: 'Follow-up',
    cells: 'Cells',
    tissue: 'Cell source',
    origin: 'Whose cells',
    dose: 'Dose',
    delivery: 'How given',
  },
  noControl: 'No control group',
  funding: {
    maker: (sponsor: string) => `${sponsor}, the company that makes the treatment`,
  },
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
    /** Added to a change within one group that reaches the threshold. */
    withinCaution: 'A change within one group does not show that the treatment caused it.',
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
  registration: (id: string) => `Trial registration: ${id}`,
  titleNote: (note: string) => `About the title: ${note}`,
  ongoing: 'Ongoing — no results yet.',
  disclosure: common.disclosure,
  regulatory: common.regulatory,
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
    /** A button that downloads the citation for a reference manager: "RIS", "BibTeX". */
    file: (format: string) => `Citation file (${format})`,
  },
  expand: 'Show the full evidence',
  collapse: 'Show less',
  cardLabel: (headline: string) => `Study evidence: ${headline}`,
};

export type Messages = typeof study;

export default study;
