import { expect } from '@open-wc/testing';
import { validateSeries } from '../../src/data/validate-series.js';
import { exampleSeries } from '../fixtures/series.js';

const errorsOf = (input: unknown) => {
  const result = validateSeries(input);
  return result.ok ? [] : result.errors;
};

describe('validateSeries', () => {
  it('accepts a list of series and the { series } wrapper alike', () => {
    expect(errorsOf([exampleSeries()])).to.deep.equal([]);
    const wrapped = validateSeries({ series: [exampleSeries()] });
    expect(wrapped.ok && wrapped.value[0]!.points.map((p) => p.value)).to.deep.equal([7.1, 5.2, 4.6]);
  });

  it('rejects negative times', () => {
    const points = [{ time: -1, value: 7 }];
    expect(errorsOf([exampleSeries({ points })])).to.deep.equal(['series[0].points[0].time: must be at least 0']);
  });

  it('rejects times that do not go up', () => {
    const points = [
      { time: 0, value: 7 },
      { time: 6, value: 5 },
      { time: 3, value: 4 },
    ];
    expect(errorsOf([exampleSeries({ points })])).to.deep.equal([
      'series[0].points[2].time: times must go up: each point comes after the one before',
    ]);
  });

  it('rejects values off the scale', () => {
    const points = [{ time: 0, value: 70 }];
    expect(errorsOf([exampleSeries({ points })])).to.deep.equal([
      'series[0].points[0].value: is off the vas-10 scale (0 to 10)',
    ]);
  });

  it('rejects two measures in one chart', () => {
    const odi = exampleSeries({ id: 'odi', measure: 'ODI', scale: 'odi', points: [{ time: 0, value: 40 }] });
    expect(errorsOf([exampleSeries(), odi])).to.deep.equal([
      'series[1].scale: one chart shows one measure: series[0] is on vas-10, this one on odi',
    ]);
  });

  it('rejects a standardised mean difference, which has no place on a points axis', () => {
    expect(errorsOf([exampleSeries({ scale: 'smd' })])).to.deep.equal([
      'series[0].scale: expected one of vas-10, vas-100, odi, percent, got text',
    ]);
  });

  it('rejects duplicated ids and empty input', () => {
    expect(errorsOf([exampleSeries(), exampleSeries()])).to.deep.equal(['series[1].id: "our-cohort" is used twice']);
    expect(errorsOf([])).to.deep.equal(['series: needs at least one series']);
    expect(errorsOf('nonsense')).to.deep.equal(['series: expected a list, got text']);
  });
});
