/**
 * Property-based tests of every validator: whatever a page hands over, JSON or not, a validator
 * returns a model or a list of errors. It never throws, never returns an empty error list, and
 * every error names where the problem is.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { loadCriteriaSet } from '../../src/data/criteria/index.js';
import type { Validation } from '../../src/data/read.js';
import { validateCriteria } from '../../src/data/validate-criteria.js';
import { validateSeries } from '../../src/data/validate-series.js';
import { validateStudies, validateStudy } from '../../src/data/validate-study.js';
import { exampleSeries } from '../fixtures/series.js';
import { minimalStudy } from '../fixtures/studies.js';

const RUNS = { numRuns: 300 };

/** Anything a page could pass from JavaScript, including values JSON cannot hold. */
const anything = fc.anything({
  withNullPrototype: true,
  withBoxedValues: true,
  withSparseArray: true,
  withObjectString: true,
  withMap: true,
  withSet: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
});

/** A valid object with one field replaced by arbitrary JSON: data that is nearly right. */
function nearlyValid(valid: object): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  return fc.tuple(fc.constantFrom(...keys, '__proto__', 'constructor', 'extra'), fc.jsonValue()).map(([key, value]) => {
    const copy: Record<string, unknown> = JSON.parse(JSON.stringify(valid));
    Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });
}

function wellFormed(result: Validation<unknown>): boolean {
  if (result.ok) return result.value !== undefined;
  return result.errors.length > 0 && result.errors.every((error) => typeof error === 'string' && error.length > 0);
}

function neverThrows(name: string, validate: (value: unknown) => Validation<unknown>, valid: () => object): void {
  describe(name, () => {
    it('accepts the valid example', () => {
      expect(validate(valid()).ok).to.equal(true);
    });
    it('returns a model or errors for any JSON, never a throw', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => wellFormed(validate(value))),
        RUNS,
      );
    });
    it('returns a model or errors for any JavaScript value', () => {
      fc.assert(
        fc.property(anything, (value) => wellFormed(validate(value))),
        RUNS,
      );
    });
    it('returns a model or errors for nearly valid data, with the path of what is wrong', () => {
      fc.assert(
        fc.property(nearlyValid(valid()), (value) => {
          const result = validate(value);
          return wellFormed(result) && (result.ok || result.errors.every((error) => error.includes(':')));
        }),
        RUNS,
      );
    });
  });
}

neverThrows('validateStudy', validateStudy, () => minimalStudy());
neverThrows('validateStudies', validateStudies, () => [minimalStudy()]);
neverThrows('validateSeries', validateSeries, () => ({ series: [exampleSeries()] }));

describe('validateCriteria', () => {
  let redFlags: Awaited<ReturnType<typeof loadCriteriaSet>>['redFlags'];
  let clinic: object;
  before(async () => {
    redFlags = (await loadCriteriaSet('ddd-msc')).redFlags;
    clinic = await fetch('/test/fixtures/clinic-criteria.json').then((response) => response.json());
  });
  it('returns a model or errors for any JSON, any value and nearly valid data, never a throw', () => {
    expect(validateCriteria(clinic, redFlags).ok).to.equal(true);
    for (const arbitrary of [fc.jsonValue(), anything, nearlyValid(clinic)]) {
      fc.assert(
        fc.property(arbitrary, (value) => wellFormed(validateCriteria(value, redFlags))),
        RUNS,
      );
    }
  });
});
