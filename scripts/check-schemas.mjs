// Schema agreement: the published JSON Schemas and the runtime validators must accept and reject
// the same documents. fast-check bends a complete, valid document of each shape (one to three
// fields replaced, removed or added, with values picked to cross every type, range, pattern and
// enum) and Ajv and the validator judge it; any document they judge differently fails, shrunk to
// the smallest such document. A few rules compare values with each other and cannot be written in
// JSON Schema; documents that break one of those are left out, and the schemas' descriptions say so.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';

const RUNS = Number(process.env.SCHEMA_RUNS ?? 2000);
const STUDY_ID = 'https://unpkg.com/disc-evidence/schema/study.schema.json';
const SERIES_SCHEMA = 'schema/series.schema.json';
const root = new URL('../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

/** Every enum value and property name in a schema: the values most likely to cross a boundary. */
function vocabulary(schema) {
  const words = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const value of node.enum ?? []) words.add(value);
    if (node.const !== undefined) words.add(node.const);
    for (const key of Object.keys(node.properties ?? {})) words.add(key);
    Object.values(node).forEach(walk);
  };
  walk(schema);
  return [...words];
}

/** Values chosen to sit on each side of the limits the shapes set. */
const EDGES = [
  '',
  ' ',
  'x',
  ' padded ',
  'x'.repeat(120),
  'x'.repeat(121),
  'x'.repeat(200),
  'x'.repeat(201),
  'x'.repeat(300),
  'x'.repeat(301),
  'x'.repeat(400),
  'x'.repeat(401),
  'x'.repeat(500),
  'x'.repeat(501),
  'Bad Id',
  'ok-id',
  '-lead',
  '10.1155/2021/9149315',
  '10.1/x',
  '35662742',
  'PMC8455197',
  'pmc1',
  'NCT07254806',
  'N1',
  '2026-11-29',
  '2026-13-01',
  '2026-02-30',
  '0.03',
  '<0.001',
  '≤0.05',
  '=0.5',
  '1.5',
  'https://example.org/a',
  'http://example.org',
  'mailto:a@example.org',
  '/studies/a.json',
  './a.json',
  'javascript:alert(1)',
  'data:text/html,x',
  'ftp://example.org',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  -1e9,
  -1000,
  -101,
  -100,
  -10.5,
  -10,
  -1,
  -0.5,
  0,
  0.5,
  1,
  2,
  3,
  7.5,
  9,
  10,
  11,
  99,
  100,
  101,
  1000,
  1001,
  1200,
  1201,
  1899,
  1900,
  2100,
  2101,
  1e7,
  1e9,
  true,
  false,
  null,
  [],
  {},
  [1, 2],
  [2, 1],
  [-5, 5],
  [0.01, 0.2],
  [1],
  [1, 2, 3],
  ['a', 'b'],
];

/** All paths into a JSON value, each a list of keys and indices. */
function paths(value, prefix = []) {
  if (typeof value !== 'object' || value === null) return [prefix];
  const children = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...children.flatMap((key) => paths(value[key], [...prefix, key]))];
}

/** A copy of `document` with the value at `path` replaced, removed (undefined) or added. */
function edit(document, path, value) {
  const copy = JSON.parse(JSON.stringify(document));
  if (path.length === 0) return value === undefined ? copy : value;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node?.[key];
  if (typeof node !== 'object' || node === null) return copy;
  const last = path.at(-1);
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last, 1);
    else Reflect.deleteProperty(node, last);
  } else {
    node[last] = value;
  }
  return copy;
}

/**
 * Every document one edit away from `valid`: each value replaced by each edge value or removed, and
 * each object given each key the schema names, with a few values. Exhaustive, so a limit that
 * differs by one character or one unit is found every time.
 */
function* singleEdits(valid, words) {
  const few = ['x', '', 1, -1, true, null, [], {}];
  for (const path of paths(valid)) {
    for (const value of [...EDGES, ...words, undefined]) yield edit(valid, path, value);
    let node = valid;
    for (const key of path) node = node[key];
    if (typeof node !== 'object' || node === null || Array.isArray(node)) continue;
    for (const key of words.filter((w) => typeof w === 'string' && !(w in node))) {
      for (const value of few) yield edit(valid, [...path, key], value);
    }
  }
}

/** Documents near `valid`: one to three edits, each a replacement, a removal or a new key. */
function nearly(valid, words) {
  const value = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...EDGES, ...words) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  const step = (document) =>
    fc
      .tuple(
        fc.constantFrom(...paths(document)),
        fc.option(fc.constantFrom(...words.filter((w) => typeof w === 'string'))),
        value,
      )
      .map(([path, newKey, replacement]) => {
        // Sometimes a key the document lacks, beside the chosen place.
        const target = newKey && path.length > 0 ? [...path.slice(0, -1), newKey] : path;
        return edit(document, target, replacement);
      });
  return step(valid).chain((once) => fc.oneof(fc.constant(once), step(once), step(once).chain(step)));
}

/** Where `changed` differs from `original`, as `path = value` lines. */
function changes(original, changed, path = '') {
  if (JSON.stringify(original) === JSON.stringify(changed)) return [];
  const nested = (a) => typeof a === 'object' && a !== null;
  if (!nested(original) || !nested(changed) || Array.isArray(original) !== Array.isArray(changed)) {
    return [
      `${path || '(document)'} = ${changed === undefined ? '(removed)' : JSON.stringify(changed)?.slice(0, 120)}`,
    ];
  }
  const keys = new Set([...Object.keys(original), ...Object.keys(changed)]);
  return [...keys].flatMap((key) => changes(original[key], changed[key], path ? `${path}.${key}` : key));
}

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value) => (Array.isArray(value) ? value : []);

/** True when some string in the document has spaces around text: the validator trims, JSON Schema cannot. */
function padded(value) {
  if (typeof value === 'string') return value.trim() !== value && value.trim() !== '';
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(padded);
}

const backwardsInterval = (ci) =>
  Array.isArray(ci) && ci.length === 2 && typeof ci[0] === 'number' && typeof ci[1] === 'number' && ci[0] > ci[1];

/**
 * The study rules that compare one value with another: an interval low above its high, more
 * responders than participants, a certainty that does not follow from its start and reasons, a
 * direction the numbers contradict. Where the rule needs the library's own reading (where a result
 * starts, which way its numbers point), it asks the library.
 */
function studyOnlyRules(study, ajv, { lowStart, effectOf }) {
  if (!isObject(study)) return false;
  const certaintyShape = ajv.getSchema(`${STUDY_ID}#/$defs/certainty`);
  const outcomeShape = ajv.getSchema(`${STUDY_ID}#/$defs/outcome`);
  const levels = ['high', 'moderate', 'low', 'very-low'];
  const design = isObject(study.design) && typeof study.design.kind === 'string' ? study.design : undefined;
  /** A rating that reads well but does not follow from its start and reasons (GRADE's arithmetic). */
  const unfounded = (o) => {
    if (!design || !certaintyShape(o.certainty)) return false;
    const start = lowStart({ design }, o) ? 2 : 0;
    const down = o.certainty.reasons.reduce((sum, r) => sum + (r.levels ?? 1), 0);
    return levels.indexOf(o.certainty.level) !== Math.min(start + down, 3);
  };
  /** A direction the numbers contradict. */
  const contradicted = (o) => {
    if (o.direction === undefined || !outcomeShape(o)) return false;
    const told = effectOf({ ...o, direction: undefined })?.direction;
    return told !== undefined && told !== o.direction;
  };
  return (
    list(study.outcomes).some(
      (o) =>
        isObject(o) &&
        (backwardsInterval(o.ci) ||
          (isObject(o.responders) && o.responders.count > o.responders.of) ||
          unfounded(o) ||
          contradicted(o)),
    ) ||
    // A study's series may be on several scales (one per measure); the other series rules hold.
    seriesPointRules(list(study.series))
  );
}

/** The series rules that compare values: times going up, unique ids, one scale per chart, interval order. */
function seriesOnlyRules(document) {
  const all = isObject(document) ? list(document.series) : list(document);
  if (new Set(all.filter(isObject).map((s) => s.scale)).size > 1) return true;
  return seriesPointRules(all);
}

/** Unique ids, and within each series times going up and intervals in order. */
function seriesPointRules(all) {
  const ids = all.filter(isObject).map((s) => s.id);
  if (new Set(ids).size !== ids.length) return true;
  return all.some(
    (s) =>
      isObject(s) &&
      list(s.points).some(
        (p, i, points) =>
          isObject(p) &&
          (backwardsInterval(p.ci) || (i > 0 && isObject(points[i - 1]) && !(p.time > points[i - 1].time))),
      ),
  );
}

/** The criteria rule that compares values: every question id once. */
function criteriaOnlyRules(set) {
  if (!isObject(set)) return false;
  const ids = ['redFlags', 'requirements', 'exclusions', 'predictors']
    .flatMap((group) => list(set[group]))
    .filter(isObject)
    .map((q) => q.id);
  return new Set(ids).size !== ids.length;
}

/** One shape: its schema, its validator, a complete valid document, and its validator-only rules. */
async function agree(check, name, schemaPath, validate, valid, validatorOnly, library) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  // A study's series have the shape of a site's own (the study schema refers to it).
  if (schemaPath !== SERIES_SCHEMA) ajv.addSchema(read(SERIES_SCHEMA));
  const schema = read(schemaPath);
  const judge = ajv.compile(schema);
  const words = vocabulary(schema);
  await check(`${name}: the JSON Schema and the validator accept the complete example`, () => {
    const problems = [];
    if (!judge(valid)) problems.push(`schema: ${ajv.errorsText(judge.errors)}`);
    const result = validate(valid);
    if (!result.ok) problems.push(`validator: ${result.errors.join('; ')}`);
    return problems.join(' | ') || undefined;
  });
  /** Undefined when both judge `document` alike (or a rule only the validator knows applies). */
  const disagreement = (document, seen) => {
    if (padded(document) || validatorOnly(document, ajv, library)) {
      seen.skipped += 1;
      return undefined;
    }
    const byValidator = validate(document);
    seen[byValidator.ok ? 'accepted' : 'rejected'] += 1;
    if (judge(document) === byValidator.ok) return undefined;
    const bySchema = judge.errors ? `rejects (${ajv.errorsText(judge.errors)})` : 'accepts';
    const verdict = byValidator.ok ? 'accepts' : `rejects (${byValidator.errors.join('; ')})`;
    return `they disagree on the example with ${changes(valid, document).join(', ')}: schema ${bySchema}, validator ${verdict}`;
  };
  /** Agreement means little unless both verdicts were tested often. */
  const balanced = (seen) => {
    const judged = seen.accepted + seen.rejected;
    const enough = seen.accepted >= judged / 20 && seen.rejected >= judged / 20 && judged >= seen.skipped;
    return enough ? undefined : `too few documents of one verdict to tell: ${JSON.stringify(seen)}`;
  };
  await check(`${name}: the JSON Schema and the validator judge every one-edit variant of it alike`, () => {
    const seen = { accepted: 0, rejected: 0, skipped: 0 };
    for (const document of singleEdits(valid, words)) {
      const problem = disagreement(document, seen);
      if (problem) return problem;
    }
    return balanced(seen);
  });
  await check(`${name}: the JSON Schema and the validator judge ${RUNS} random variants alike`, () => {
    const seen = { accepted: 0, rejected: 0, skipped: 0 };
    const outcome = fc.check(
      fc.property(nearly(valid, words), (document) => disagreement(document, seen) === undefined),
      { numRuns: RUNS, seed: Number(process.env.SCHEMA_SEED ?? 20261129) },
    );
    // The counterexample is the smallest disagreeing document fast-check found.
    if (outcome.failed) return disagreement(outcome.counterexample[0], { accepted: 0, rejected: 0, skipped: 0 });
    return balanced(seen);
  });
}

/** Runs the agreement checks with `check(name, fn)`, where `fn` returns a problem or undefined. */
export async function runSchemaAgreement(check) {
  const library = await import(new URL('dist/data.js', root).href);
  const { validateCriteria, validateSeries, validateStudy, loadCriteriaSet } = library;
  const study = read('test/fixtures/complete-study.json');
  const series = read('test/fixtures/complete-series.json');
  const criteria = read('test/fixtures/complete-criteria.json');
  const { redFlags } = await loadCriteriaSet('ddd-msc');
  await agree(check, 'study', 'schema/study.schema.json', validateStudy, study, studyOnlyRules, library);
  await agree(check, 'series', SERIES_SCHEMA, validateSeries, series, seriesOnlyRules, library);
  await agree(
    check,
    'criteria',
    'schema/criteria.schema.json',
    (value) => validateCriteria(value, redFlags),
    criteria,
    criteriaOnlyRules,
    library,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = 0;
  await runSchemaAgreement(async (name, fn) => {
    const problem = await fn();
    if (problem) failed += 1;
    console.log(`${problem ? '✗' : '✓'} ${name}${problem ? `\n    ${problem}` : ''}`);
  });
  process.exit(failed > 0 ? 1 : 0);
}
