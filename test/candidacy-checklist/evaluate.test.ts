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
      unsureEmergency: [],
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

  const emergencyIds = ['bladder-bowel', 'saddle-numbness', 'sexual-function', 'legs-weakness'];

  it('uses emergency wording only for signs of cauda equina syndrome', () => {
    expect(criteria.redFlags.filter((q) => q.level === 'emergency').map((q) => q.id)).to.deep.equal(emergencyIds);
    for (const id of emergencyIds) expect(evaluate(criteria, { [id]: 'yes' }).emergency, id).to.equal(true);
    expect(evaluate(criteria, { fever: 'yes' }).emergency).to.equal(false);
  });

  for (const id of emergencyIds) {
    it(`sends "not sure" to the emergency sign "${id}" to a check today, before anything else`, () => {
      const result = evaluate(criteria, fitting({ [id]: 'unsure' }));
      expect(result).to.deep.include({ status: 'urgent', emergency: false });
      expect(result.reasons).to.deep.equal([id]);
      expect(result.unsureEmergency).to.deep.equal([id]);
      expect(evaluate(criteria, { [id]: 'unsure' }).status, 'with nothing else answered').to.equal('urgent');
    });
  }

  it('keeps emergency wording when one sign is yes and another not sure, and lists both', () => {
    const result = evaluate(criteria, { 'bladder-bowel': 'yes', 'legs-weakness': 'unsure', fever: 'yes' });
    expect(result).to.deep.include({ status: 'urgent', emergency: true });
    expect(result.reasons).to.deep.equal(['bladder-bowel', 'fever', 'legs-weakness']);
    expect(result.unsureEmergency).to.deep.equal(['legs-weakness']);
  });

  it('asks the standard warning signs: drug injection, fracture risk, a recent spinal procedure or infection, known discitis', () => {
    for (const id of ['injected-drugs', 'fracture-risk', 'recent-procedure-infection', 'disc-infection']) {
      expect(redFlagIds, id).to.include(id);
      expect(criteria.redFlags.find((q) => q.id === id)!.level, id).to.equal('urgent');
    }
    expect(criteria.redFlags.find((q) => q.id === 'saddle-numbness')!.text).to.contain('wipe');
    expect(exclusionIds).not.to.include('disc-infection');
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

  it('turns "not sure" (but to an emergency sign) into questions for a specialist, never into a yes or a no', () => {
    const result = evaluate(criteria, fitting({ 'mri-degeneration': 'unsure', 'modic-3': 'unsure', fever: 'unsure' }));
    expect(result.status).to.equal('possible');
    expect(result.askAbout).to.deep.equal(['fever', 'mri-degeneration', 'modic-3']);
  });

  it('reports the one combined hint (Modic 2 with no annular tear) without changing the status', () => {
    expect(criteria.predictors.map((q) => q.id)).to.deep.equal(['modic-2-no-tear']);
    const better = evaluate(criteria, fitting({ 'modic-2-no-tear': 'yes' }));
    expect(better.status).to.equal('possible');
    expect(better.betterResponse).to.deep.equal(['modic-2-no-tear']);
    const other = evaluate(criteria, fitting({ 'modic-2-no-tear': 'no' }));
    expect(other.status).to.equal('possible');
    expect(other.betterResponse).to.deep.equal([]);
    expect(evaluate(criteria, fitting({ pregnancy: 'yes', 'modic-2-no-tear': 'yes' })).status).to.equal('unlikely');
  });

  it('asks whether usual care was tried for 6 months, and puts Pfirrmann III–V on the clinics, not the trials', () => {
    expect(criteria.requirements.find((q) => q.id === 'six-months')!.text).to.match(
      /tried usual care.*at least 6 months/,
    );
    const mri = criteria.requirements.find((q) => q.id === 'mri-degeneration')!.text;
    expect(mri).to.contain('clinics list grades III to V');
    expect(mri).to.contain('trials have taken a middle range');
    expect(mri).to.contain('collapsed');
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
