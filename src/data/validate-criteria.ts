import type { CriteriaSet, Predictor, Question, RedFlag, Requirement } from './criteria.js';
import { compact, Reader, type Validation } from './read.js';

const MAX_QUESTIONS = 40;

function readQuestion(r: Reader, value: unknown, path: string): Question | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const before = r.errors.length;
  const question = compact({
    id: r.field(o, 'id', path, (v, p) => r.id(v, p), true),
    text: r.field(o, 'text', path, (v, p) => r.text(v, p, { max: 400 }), true),
    why: r.field(o, 'why', path, (v, p) => r.text(v, p, { max: 400 }), true),
    source: r.field(o, 'source', path, (v, p) => r.text(v, p, { max: 300 }), true),
  });
  return r.errors.length > before ? undefined : (question as Question);
}

/** Reads a question and one extra field that must hold one of `allowed`. */
function withChoice<K extends string, T extends string>(key: K, allowed: readonly T[]) {
  return (r: Reader, value: unknown, path: string): (Question & Record<K, T>) | undefined => {
    const question = readQuestion(r, value, path);
    // readQuestion has already reported a value that is not an object.
    const o =
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : undefined;
    const choice = o ? r.field(o, key, path, (v, p) => r.oneOf(v, allowed, p), true) : undefined;
    return question && choice ? ({ ...question, [key]: choice } as Question & Record<K, T>) : undefined;
  };
}

const readRedFlag = withChoice('level', ['emergency', 'urgent'] as const);
const readRequirement = withChoice('fits', ['yes', 'no'] as const);
const readPredictor = withChoice('favourable', ['yes', 'no'] as const);

/**
 * Turns unknown JSON into a clinic's own criteria set. `redFlags` may be left out: the built-in
 * warning signs then apply, because a checklist without them could miss an emergency.
 */
export function validateCriteria(value: unknown, builtInRedFlags: readonly RedFlag[]): Validation<CriteriaSet> {
  const r = new Reader();
  const o = r.object(value, '');
  if (!o) return r.result<CriteriaSet>(undefined);
  const list = <T>(key: string, read: (r: Reader, v: unknown, p: string) => T | undefined, required: boolean) =>
    r.field(o, key, '', (v, p) => r.list(v, p, (x, q) => read(r, x, q), MAX_QUESTIONS), required);
  const set = {
    id: r.field(o, 'id', '', (v, p) => r.id(v, p), true),
    title: r.field(o, 'title', '', (v, p) => r.text(v, p, { max: 200 }), true),
    redFlags: list<RedFlag>('redFlags', readRedFlag, false) ?? [...builtInRedFlags],
    requirements: list<Requirement>('requirements', readRequirement, true),
    exclusions: list<Question>('exclusions', readQuestion, false) ?? [],
    predictors: list<Predictor>('predictors', readPredictor, false) ?? [],
  };
  if (set.redFlags.length === 0)
    r.fail('redFlags', 'must not be empty: leave it out to keep the built-in warning signs');
  const seen = new Set<string>();
  for (const [group, questions] of Object.entries({
    redFlags: set.redFlags,
    requirements: set.requirements ?? [],
    exclusions: set.exclusions,
    predictors: set.predictors,
  })) {
    questions.forEach((q, i) => {
      if (seen.has(q.id)) r.fail(`${group}[${i}].id`, `"${q.id}" is used twice`);
      seen.add(q.id);
    });
  }
  return r.result(set.id && set.title && set.requirements ? (set as CriteriaSet) : undefined);
}
