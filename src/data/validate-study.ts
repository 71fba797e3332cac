import { safeUrl } from '../internal/safe-url.js';
import { lowStart, numberDirection } from './certainty.js';
import type { Series } from './series.js';
import type {
  Arm,
  Certainty,
  CertaintyRating,
  Funding,
  CertaintyReason,
  Design,
  Intervention,
  MainGoal,
  Outcome,
  Population,
  Provenance,
  Study,
  TimePoint,
} from './model.js';
import {
  CERTAINTIES,
  CERTAINTY_CONCERNS,
  COMPARISONS,
  DESIGN_KINDS,
  DIRECTIONS,
  DOMAINS,
  MAIN_GOAL_STATUSES,
  PRODUCT_KINDS,
  SCALES,
} from './model.js';
import type { Validation } from './read.js';
import { compact, Reader } from './read.js';
import { readSeries } from './read-series.js';

const DOI = /^10\.\d{4,9}\/\S+$/;
const PMID = /^\d{1,9}$/;
const PMCID = /^PMC\d{1,9}$/;
const REGISTRY_ID = /^[A-Za-z][A-Za-z0-9-]{2,39}$/;
const P_VALUE = /^[<>=≤]?\s?(0?\.\d+|0|1(\.0+)?)$/;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The range a value may take on each scale: changes can be negative, so ±the scale's span. */
const SCALE_RANGE: Record<string, [number, number]> = {
  'vas-10': [-10, 10],
  'vas-100': [-100, 100],
  odi: [-100, 100],
  percent: [-100, 1000],
  proportion: [0, 1],
  'odds-ratio': [0, 1000],
  smd: [-10, 10],
};

function readTimePoint(r: Reader, value: unknown, path: string): TimePoint | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const amount = r.field(o, 'value', path, (v, p) => r.number(v, p, { min: 0, max: 1200 }), true);
  const unit = r.field(o, 'unit', path, (v, p) => r.oneOf(v, ['weeks', 'months'] as const, p), true);
  const atLeast = r.field(o, 'atLeast', path, (v, p) => r.boolean(v, p));
  if (amount === undefined || unit === undefined) return undefined;
  return compact({ value: amount, unit, atLeast });
}

/** Levels below `high`: 0 for high, 3 for very low. */
const rank = (level: Certainty) => CERTAINTIES.indexOf(level);

/** How many levels the reasons move a rating down. */
const levelsDown = (reasons: readonly CertaintyReason[]) =>
  reasons.reduce((sum, reason) => sum + (reason.levels ?? 1), 0);

function readReason(r: Reader, value: unknown, path: string): CertaintyReason | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const concern = r.field(o, 'concern', path, (v, p) => r.oneOf(v, CERTAINTY_CONCERNS, p), true);
  const levels = r.field(o, 'levels', path, (v, p): 1 | 2 | undefined =>
    v === 1 || v === 2 ? v : r.fail(p, 'expected 1 (serious) or 2 (very serious)'),
  );
  // The card shows every reason in plain words, so each one needs its own.
  const note = r.field(o, 'note', path, (v, p) => r.text(v, p, { max: 200 }), true);
  if (concern === undefined || note === undefined) return undefined;
  return compact({ concern, levels, note });
}

function readCertainty(r: Reader, value: unknown, path: string): CertaintyRating | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const level = r.field(o, 'level', path, (v, p) => r.oneOf(v, CERTAINTIES, p), true);
  const reasons = r.field(o, 'reasons', path, (v, p) => r.list(v, p, (x, q) => readReason(r, x, q), 10)) ?? [];
  return level && { level, reasons };
}

/**
 * A rating must follow from where the result starts and its reasons: nothing above its start, and
 * one reason for each level down (a result at very low may have more).
 */
function checkCertainty(r: Reader, study: Pick<Study, 'design'>, outcome: Outcome, path: string): void {
  const rating = outcome.certainty;
  if (!rating) return;
  const start: Certainty = lowStart(study, outcome) ? 'low' : 'high';
  const drop = rank(rating.level) - rank(start);
  if (drop < 0) {
    // Only a start at low can be exceeded.
    r.fail(
      `${path}.certainty.level`,
      `this result starts at "low" certainty (it is not a comparison between randomized groups) and cannot be rated "${rating.level}"`,
    );
  } else if (Math.min(rank(start) + levelsDown(rating.reasons), rank('very-low')) !== rank(rating.level)) {
    const given = levelsDown(rating.reasons);
    r.fail(
      `${path}.certainty.reasons`,
      `"${rating.level}" is ${drop} level(s) below where this result starts ("${start}"), but the reasons move it down ${given}: give one reason for each level`,
    );
  }
}

/** Results must say what they are compared with truthfully: only a study with a control group has a difference between groups. */
function checkComparison(r: Reader, study: Pick<Study, 'comparator'>, outcome: Outcome, path: string): void {
  if (study.comparator !== undefined) return;
  if (outcome.comparison === 'versus-control') {
    r.fail(`${path}.comparison`, 'a study without a comparator has no control group to compare with');
  }
  if (outcome.controlNote !== undefined) {
    r.fail(`${path}.controlNote`, 'a study without a comparator has no control group to describe');
  }
}

/** A `direction` is for numbers that cannot tell; where they can, it must agree with them. */
function checkDirection(r: Reader, outcome: Outcome, path: string): void {
  const told = outcome.direction && numberDirection(outcome);
  if (told && told !== outcome.direction) {
    r.fail(`${path}.direction`, `is "${outcome.direction}", but the numbers say "${told}"`);
  }
}

function readOutcome(r: Reader, value: unknown, path: string): Outcome | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const before = r.errors.length;
  const domain = r.field(o, 'domain', path, (v, p) => r.oneOf(v, DOMAINS, p), true);
  const finding = r.field(o, 'finding', path, (v, p) => r.text(v, p, { max: 500 }), true);
  const comparison = r.field(o, 'comparison', path, (v, p) => r.oneOf(v, COMPARISONS, p), true);
  const measure = r.field(o, 'measure', path, (v, p) => r.text(v, p, { max: 120 }));
  const scale = r.field(o, 'scale', path, (v, p) => r.oneOf(v, SCALES, p));
  const timepoint = r.field(o, 'timepoint', path, (v, p) => readTimePoint(r, v, p));
  const range = scale ? SCALE_RANGE[scale] : undefined;
  const onScale = (v: unknown, p: string) => r.onScale(v, p, scale, range);
  const amount = r.field(o, 'value', path, onScale);
  const ci = r.field(o, 'ci', path, (v, p) => r.interval(v, p, onScale));
  const pValue = r.field(o, 'p', path, (v, p) =>
    r.text(v, p, { max: 20, pattern: P_VALUE, patternHint: 'expected a P value such as "0.03" or "<0.001"' }),
  );
  const responders = r.field(o, 'responders', path, (v, p) => {
    const ro = r.object(v, p);
    if (!ro) return undefined;
    const of = r.field(ro, 'of', p, (x, q) => r.number(x, q, { min: 1, max: 1e7, integer: true }), true);
    const count = r.field(ro, 'count', p, (x, q) => r.number(x, q, { min: 0, max: 1e7, integer: true }), true);
    if (count === undefined || of === undefined) return undefined;
    if (count > of) return r.fail(`${p}.count`, 'must not be more than "of"');
    return { count, of };
  });
  const key = r.field(o, 'key', path, (v, p) => r.boolean(v, p));
  const certainty = r.field(o, 'certainty', path, (v, p) => readCertainty(r, v, p));
  const direction = r.field(o, 'direction', path, (v, p) => r.oneOf(v, DIRECTIONS, p));
  const controlNote = r.field(o, 'controlNote', path, (v, p) => r.text(v, p, { max: 300 }));
  const sourceNote = r.field(o, 'sourceNote', path, (v, p) => r.text(v, p, { max: 300 }));
  if (amount !== undefined && scale === undefined) r.fail(`${path}.scale`, 'is required when a value is given');
  if (r.errors.length > before || !domain || !finding || !comparison) return undefined;
  return compact({
    domain,
    finding,
    comparison,
    measure,
    scale,
    timepoint,
    value: amount,
    ci,
    p: pValue,
    responders,
    key,
    certainty,
    direction,
    controlNote,
    sourceNote,
  });
}

function readDesign(r: Reader, value: unknown, path: string): Design | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const kind = r.field(o, 'kind', path, (v, p) => r.oneOf(v, DESIGN_KINDS, p), true);
  const description = r.field(o, 'description', path, (v, p) => r.text(v, p, { max: 300 }));
  const reportedKind = r.field(o, 'reportedKind', path, (v, p) =>
    r.oneOf(
      v,
      DESIGN_KINDS.filter((k) => k !== 'secondary-report') as Exclude<Design['kind'], 'secondary-report'>[],
      p,
    ),
  );
  const followUp = r.field(o, 'followUp', path, (v, p) => readTimePoint(r, v, p));
  const randomized = r.field(o, 'randomized', path, (v, p) =>
    kind === 'ongoing-trial' ? r.boolean(v, p) : r.fail(p, 'only an ongoing trial says this: the other kinds say it'),
  );
  if (!kind) return undefined;
  return compact({ kind, description, reportedKind, followUp, randomized });
}

function readPopulation(r: Reader, value: unknown, path: string): Population | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const count = { min: 0, max: 1e8, integer: true };
  return compact({
    participants: r.field(o, 'participants', path, (v, p) => r.number(v, p, count)),
    participantsKind: r.field(o, 'participantsKind', path, (v, p) =>
      r.oneOf(v, ['enrolled', 'planned', 'more-than'] as const, p),
    ),
    studies: r.field(o, 'studies', path, (v, p) => r.number(v, p, count)),
    condition: r.field(o, 'condition', path, (v, p) => r.text(v, p, { max: 300 })),
  });
}

function readIntervention(r: Reader, value: unknown, path: string): Intervention | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const short = (v: unknown, p: string) => r.text(v, p, { max: 300 });
  return compact({
    product: r.field(o, 'product', path, (v, p) => r.oneOf(v, PRODUCT_KINDS, p)),
    cellType: r.field(o, 'cellType', path, short),
    tissueSource: r.field(o, 'tissueSource', path, short),
    origin: r.field(o, 'origin', path, (v, p) => r.oneOf(v, ['autologous', 'allogeneic', 'mixed'] as const, p)),
    dose: r.field(o, 'dose', path, short),
    delivery: r.field(o, 'delivery', path, short),
  });
}

function readProvenance(r: Reader, value: unknown, path: string): Provenance | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const kind = r.field(o, 'kind', path, (v, p) => r.oneOf(v, ['primary', 'secondary'] as const, p), true);
  const reportedBy = r.field(o, 'reportedBy', path, (v, p) => r.text(v, p, { max: 300 }));
  if (!kind) return undefined;
  return compact({ kind, reportedBy });
}

function readFunding(r: Reader, value: unknown, path: string): Funding | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const sponsor = r.field(o, 'sponsor', path, (v, p) => r.text(v, p, { max: 200 }), true);
  const maker = r.field(o, 'maker', path, (v, p) => r.boolean(v, p));
  return sponsor ? compact({ sponsor, maker }) : undefined;
}

function readArm(r: Reader, value: unknown, path: string): Arm | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const label = r.field(o, 'label', path, (v, p) => r.text(v, p, { max: 120 }), true);
  const role = r.field(o, 'role', path, (v, p) => r.oneOf(v, ['treatment', 'control'] as const, p), true);
  const size = r.field(o, 'size', path, (v, p) => r.number(v, p, { min: 0, max: 1e8, integer: true }));
  const dose = r.field(o, 'dose', path, (v, p) => r.text(v, p, { max: 200 }));
  return label && role ? compact({ label, role, size, dose }) : undefined;
}

function readArms(r: Reader, value: unknown, path: string): Arm[] | undefined {
  const arms = r.list(value, path, (x, q) => readArm(r, x, q));
  if (arms && arms.length < 2) return r.fail(path, 'list the groups of a study with several: at least two');
  return arms;
}

function readMainGoal(r: Reader, value: unknown, path: string): MainGoal | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const description = r.field(o, 'description', path, (v, p) => r.text(v, p, { max: 300 }), true);
  const status = r.field(o, 'status', path, (v, p) => r.oneOf(v, MAIN_GOAL_STATUSES, p), true);
  const note = r.field(o, 'note', path, (v, p) => r.text(v, p, { max: 500 }));
  return description && status ? compact({ description, status, note }) : undefined;
}

function readStudyInto(r: Reader, value: unknown, path: string): Study | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const before = r.errors.length;
  const text = (max: number) => (v: unknown, p: string) => r.text(v, p, { max });
  const textList = (max: number) => (v: unknown, p: string) => r.list(v, p, text(max));
  const id = r.field(o, 'id', path, (v, p) => r.id(v, p), true);
  const study = compact({
    id,
    title: r.field(o, 'title', path, text(500), true),
    titleNote: r.field(o, 'titleNote', path, text(300)),
    headline: r.field(o, 'headline', path, text(300), true),
    authors: r.field(o, 'authors', path, textList(120)),
    journal: r.field(o, 'journal', path, text(200)),
    year: r.field(o, 'year', path, (v, p) => r.number(v, p, { min: 1900, max: 2100, integer: true })),
    citationDetail: r.field(o, 'citationDetail', path, text(120)),
    doi: r.field(o, 'doi', path, (v, p) =>
      r.text(v, p, { max: 200, pattern: DOI, patternHint: 'expected a DOI such as 10.1155/2021/9149315' }),
    ),
    pmid: r.field(o, 'pmid', path, (v, p) =>
      r.text(v, p, { pattern: PMID, patternHint: 'expected a PubMed id of digits only' }),
    ),
    pmcid: r.field(o, 'pmcid', path, (v, p) =>
      r.text(v, p, { pattern: PMCID, patternHint: 'expected a PMC id such as PMC8455197' }),
    ),
    registryId: r.field(o, 'registryId', path, (v, p) =>
      r.text(v, p, { pattern: REGISTRY_ID, patternHint: 'expected a trial registry id such as NCT07254806' }),
    ),
    url: r.field(o, 'url', path, (v, p) => {
      const url = r.text(v, p, { max: 2000 });
      // Read against any base: a relative link is allowed, as on the page.
      if (url !== undefined && !safeUrl(url, 'https://example.invalid/'))
        return r.fail(p, 'only http, https and mailto links are allowed');
      return url;
    }),
    design: r.field(o, 'design', path, (v, p) => readDesign(r, v, p), true),
    comparator: r.field(o, 'comparator', path, text(300)),
    population: r.field(o, 'population', path, (v, p) => readPopulation(r, v, p)) ?? {},
    intervention: r.field(o, 'intervention', path, (v, p) => readIntervention(r, v, p)) ?? {},
    arms: r.field(o, 'arms', path, (v, p) => readArms(r, v, p)),
    outcomes: r.field(o, 'outcomes', path, (v, p) => r.list(v, p, (x, q) => readOutcome(r, x, q))) ?? [],
    safety: r.field(o, 'safety', path, textList(500)) ?? [],
    limitations: r.field(o, 'limitations', path, textList(500)) ?? [],
    series: r.field(o, 'series', path, (v, p) => readStudySeries(r, v, p)),
    funding: r.field(o, 'funding', path, (v, p) => readFunding(r, v, p)),
    mainGoal: r.field(o, 'mainGoal', path, (v, p) => readMainGoal(r, v, p)),
    provenance: r.field(o, 'provenance', path, (v, p) => readProvenance(r, v, p), true),
    status: r.field(o, 'status', path, (v, p) => r.oneOf(v, ['completed', 'ongoing'] as const, p), true),
    lastReviewed: r.field(
      o,
      'lastReviewed',
      path,
      (v, p) => r.text(v, p, { max: 10, pattern: ISO_DATE, patternHint: 'expected a date as YYYY-MM-DD' }),
      true,
    ),
  });
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (study.design?.kind === 'ongoing-trial' && study.status === 'completed') {
    r.fail(at('status'), 'an ongoing trial cannot be completed');
  }
  if ((study.mainGoal?.status === 'awaited') !== (study.status === 'ongoing') && study.mainGoal && study.status) {
    r.fail(
      at('mainGoal.status'),
      study.status === 'ongoing'
        ? 'a running trial’s main goal is awaited'
        : 'only a running trial’s main goal is awaited',
    );
  }
  if (study.design?.kind === 'single-arm' && study.comparator !== undefined) {
    r.fail(at('comparator'), 'a single-group study has no control group: leave the comparator out');
  }
  const design = study.design;
  // Only on outcomes that all read cleanly, so each index names the outcome as the site wrote it.
  if (design && r.errors.length === before) {
    study.outcomes?.forEach((outcome, index) => {
      checkComparison(r, study, outcome, at(`outcomes[${index}]`));
      checkCertainty(r, { design }, outcome, at(`outcomes[${index}]`));
      checkDirection(r, outcome, at(`outcomes[${index}]`));
    });
  }
  if (r.errors.length > before) return undefined;
  return study as Study;
}

/** A study's values over time: one series per measure and group, each id once. */
function readStudySeries(r: Reader, value: unknown, path: string): Series[] | undefined {
  const before = r.errors.length;
  const series = r.list(value, path, (v, p) => readSeries(r, v, p), 10);
  const seen = new Set<string>();
  (r.errors.length > before ? [] : (series ?? [])).forEach((s, i) => {
    if (seen.has(s.id)) r.fail(`${path}[${i}].id`, `"${s.id}" is used twice`);
    seen.add(s.id);
  });
  return series;
}

/**
 * Turns unknown JSON into a `Study`, or into every problem found, each with its path.
 * Never throws, whatever the input.
 */
export function validateStudy(value: unknown): Validation<Study> {
  const r = new Reader();
  return r.result(readStudyInto(r, value, ''));
}

/** Reads a list of studies, e.g. a site's own catalog file. Ids must be unique. */
export function validateStudies(value: unknown): Validation<Study[]> {
  const r = new Reader();
  const studies = r.list(value, 'studies', (v, p) => readStudyInto(r, v, p));
  const seen = new Set<string>();
  studies?.forEach((study, index) => {
    if (seen.has(study.id)) r.fail(`studies[${index}].id`, `"${study.id}" is used twice`);
    seen.add(study.id);
  });
  return r.result(studies);
}
