import { expect } from '@open-wc/testing';
import { evaluate } from '../../src/components/candidacy-checklist/evaluate.js';
import type { Answers } from '../../src/data/criteria.js';
import criteria from '../../src/data/criteria/ddd-msc.js';

const redFlagIds = criteria.redFlags.map((q) => q.id);
const exclusionIds = criteria.exclusions.map((q) => q.id);

/** Answers of someone who fits every requirement, has no red flag and no exclusion. */
function fitting(overrides: Answers = {}): Answers {
  const answers: Answers = {};
  for (const q of criteria.redFlags) answers[q.id] = 'no';
  for (const q of criteria.requirements) answers[q.id] = q.fits;
  for (const q of criteria.exclusions) answers[q.id] = 'no';
  return { ...answers, ...overrides };
}

describe('evaluate (ddd-msc)', () => {
  it('is incomplete until every red flag, requirement and exclusion is answered', () => {
    const result = evaluate(criteria, {});
    expect(result.status).to.equal('incomplete');
    expect(result.reasons).to.have.length(redFlagIds.length + criteria.requirements.length + exclusionIds.length);
    const oneLeft = fitting();
    delete oneLeft['pregnancy'];
    expect(evaluate(criteria, oneLeft)).to.include({ status: 'incomplete' });
    expect(evaluate(criteria, oneLeft).reasons).to.deep.equal(['pregnancy']);
  });

  it('does not need the predictors answered', () => {
    expect(evaluate(criteria, fitting()).status).to.equal('possible');
  });

  it('is possible when everything fits, with no reasons', () => {
    expect(evaluate(criteria, fitting())).to.deep.equal({
      status: 'possible',
      reasons: [],
      emergency: false,
      askAbout: [],
      betterResponse: [],
    });
  });

  for (const id of redFlagIds) {
    it(`is urgent when the red flag "${id}" is yes, even with nothing else answered`, () => {
      const result = evaluate(criteria, { [id]: 'yes' });
      expect(result.status).to.equal('urgent');
      expect(result.reasons).to.deep.equal([id]);
    });
  }

  it('uses emergency wording only for signs of cauda equina syndrome', () => {
    expect(evaluate(criteria, { 'bladder-bowel': 'yes' }).emergency).to.equal(true);
    expect(evaluate(criteria, { 'saddle-numbness': 'yes' }).emergency).to.equal(true);
    expect(evaluate(criteria, { 'legs-weakness': 'yes' }).emergency).to.equal(true);
    expect(evaluate(criteria, { fever: 'yes' }).emergency).to.equal(false);
  });

  it('puts a red flag above an exclusion and an unmet requirement', () => {
    const result = evaluate(criteria, fitting({ 'weight-loss': 'yes', pregnancy: 'yes', 'six-months': 'no' }));
    expect(result.status).to.equal('urgent');
    expect(result.reasons).to.deep.equal(['weight-loss']);
    expect(result.askAbout).to.deep.equal([]);
  });

  for (const id of exclusionIds) {
    it(`is unlikely when the exclusion "${id}" applies`, () => {
      expect(evaluate(criteria, fitting({ [id]: 'yes' }))).to.include({ status: 'unlikely' });
      expect(evaluate(criteria, fitting({ [id]: 'yes' })).reasons).to.deep.equal([id]);
    });
  }

  for (const q of criteria.requirements) {
    it(`is unlikely when the requirement "${q.id}" is not met`, () => {
      const result = evaluate(criteria, fitting({ [q.id]: q.fits === 'yes' ? 'no' : 'yes' }));
      expect(result.status).to.equal('unlikely');
      expect(result.reasons).to.deep.equal([q.id]);
    });
  }

  it('turns "not sure" into questions for a specialist, never into a yes or a no', () => {
    const result = evaluate(criteria, fitting({ 'mri-degeneration': 'unsure', 'modic-3': 'unsure', fever: 'unsure' }));
    expect(result.status).to.equal('possible');
    expect(result.askAbout).to.deep.equal(['fever', 'mri-degeneration', 'modic-3']);
  });

  it('reports predictors as "may respond better" without changing the status', () => {
    const better = evaluate(criteria, fitting({ 'modic-2': 'yes', 'annular-tear': 'no' }));
    expect(better.status).to.equal('possible');
    expect(better.betterResponse).to.deep.equal(['modic-2', 'annular-tear']);
    const worse = evaluate(criteria, fitting({ 'modic-2': 'no', 'annular-tear': 'yes' }));
    expect(worse.status).to.equal('possible');
    expect(worse.betterResponse).to.deep.equal([]);
    expect(evaluate(criteria, fitting({ pregnancy: 'yes', 'modic-2': 'yes' })).status).to.equal('unlikely');
  });

  it('gives every question a reason and a source', () => {
    const all = [...criteria.redFlags, ...criteria.requirements, ...criteria.exclusions, ...criteria.predictors];
    expect(new Set(all.map((q) => q.id)).size).to.equal(all.length);
    for (const q of all) {
      expect(q.why, q.id).to.have.length.greaterThan(10);
      expect(q.source, q.id).to.have.length.greaterThan(5);
    }
  });
});
