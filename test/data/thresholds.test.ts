import { expect } from '@open-wc/testing';
import type { Outcome } from '../../src/data/model.js';
import { judgeThreshold } from '../../src/data/thresholds.js';

const outcome = (o: Partial<Outcome>): Outcome => ({
  domain: 'pain',
  comparison: 'change-from-baseline',
  finding: 'x',
  ...o,
});

describe('judgeThreshold', () => {
  it('counts a 30% pain drop as meaningful and 20% as below', () => {
    expect(judgeThreshold(outcome({ scale: 'percent', value: -62.8 })).kind).to.equal('meets');
    expect(judgeThreshold(outcome({ scale: 'percent', value: -20 })).kind).to.equal('below');
  });

  it('uses 15 points on 0–100, 2 on 0–10 and 10 on the ODI', () => {
    expect(judgeThreshold(outcome({ scale: 'vas-100', value: -15 })).kind).to.equal('meets');
    expect(judgeThreshold(outcome({ scale: 'vas-100', value: -14.9 })).kind).to.equal('below');
    expect(judgeThreshold(outcome({ scale: 'vas-10', value: -1.9 })).kind).to.equal('below');
    expect(judgeThreshold(outcome({ domain: 'function', scale: 'odi', value: -10 })).kind).to.equal('meets');
  });

  it('treats a worsening as below the threshold', () => {
    expect(judgeThreshold(outcome({ scale: 'vas-100', value: 30 })).kind).to.equal('below');
  });

  it('flags a result whose confidence interval reaches below the threshold', () => {
    const odi = outcome({ domain: 'function', scale: 'odi', value: -22.04, ci: [-35.33, -8.75] });
    expect(judgeThreshold(odi).kind).to.equal('meets-uncertain');
    const vas = outcome({ scale: 'vas-100', value: -41.62, ci: [-58.93, -24.32] });
    expect(judgeThreshold(vas).kind).to.equal('meets');
  });

  it('never judges a difference between groups against what one person notices', () => {
    expect(judgeThreshold(outcome({ comparison: 'versus-control', scale: 'vas-100', value: -20 })).kind).to.equal(
      'between-groups',
    );
    expect(judgeThreshold(outcome({ comparison: 'event-rate', scale: 'percent', value: -40 })).kind).to.equal(
      'not-comparable',
    );
  });

  it('never compares a standardised mean difference or an odds ratio with a points threshold', () => {
    expect(judgeThreshold(outcome({ comparison: 'versus-control', scale: 'smd', value: -0.5 })).kind).to.equal(
      'not-comparable',
    );
    expect(judgeThreshold(outcome({ domain: 'safety', scale: 'odds-ratio', value: 3.05 })).kind).to.equal(
      'not-comparable',
    );
  });

  it('says when there is no number', () => {
    expect(judgeThreshold(outcome({})).kind).to.equal('no-number');
    expect(judgeThreshold(outcome({ comparison: 'responders', responders: { count: 7, of: 9 } })).kind).to.equal(
      'not-comparable',
    );
  });
});
