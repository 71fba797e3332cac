import { expect } from '@open-wc/testing';
import { LIGHT_PALETTE, wrapLines, trajectoryConfig } from '../../src/components/outcome-timeline/chart-config.js';
import type { Series } from '../../src/data/series.js';
import { validateSeries } from '../../src/data/validate-series.js';
import enTimeline from '../../src/locales/en/timeline.js';
import { exampleSeries } from '../fixtures/series.js';

const theme = { text: '#000', font: 'serif', grid: '#ccc', threshold: '#555', palette: LIGHT_PALETTE };

function series(...input: Series[]): Series[] {
  const result = validateSeries(input);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.value;
}

describe('trajectoryConfig', () => {
  it('draws the control arm as its own dashed line beside the treatment arm, never joined to it', () => {
    const config = trajectoryConfig(
      series(
        exampleSeries({ id: 'cells', label: 'Cells', arm: 'treatment' }),
        exampleSeries({
          id: 'sham',
          label: 'Sham',
          arm: 'control',
          points: [
            { time: 0, value: 7 },
            { time: 6, value: 6 },
          ],
        }),
      ),
      undefined,
      'months',
      theme,
      enTimeline,
      'en',
    );
    const byLabel = Object.fromEntries(config.data.datasets.map((d) => [d.label, d]));
    expect(byLabel.Cells!.data).to.have.length(3);
    expect(byLabel.Sham!.data).to.deep.equal([
      { x: 0, y: 7 },
      { x: 6, y: 6 },
    ]);
    expect(byLabel.Sham!.borderDash).to.deep.equal([6, 4]);
    expect(byLabel.Cells!.borderDash).to.deep.equal([]);
  });

  it('draws only the points the data holds, and the band only where intervals exist', () => {
    const config = trajectoryConfig(series(exampleSeries()), undefined, 'months', theme, enTimeline, 'en');
    const [low, high, line] = config.data.datasets;
    // Each point carries how many people it is based on, for its tooltip.
    expect(line!.data).to.deep.equal([
      { x: 0, y: 7.1, n: 24 },
      { x: 3, y: 5.2, n: 22 },
      { x: 6, y: 4.6, n: 20 },
    ]);
    expect(low!.data).to.deep.equal([{ x: 3, y: 4.4 }]);
    expect(high!.data).to.deep.equal([{ x: 3, y: 6 }]);
  });

  it('puts the smallest noticeable change 2 points below the start on a 0–10 scale, and at −30% for % change', () => {
    const vas = trajectoryConfig(series(exampleSeries()), undefined, 'months', theme, enTimeline, 'en');
    expect(vas.data.datasets.at(-1)!.data.map((p) => p.y)).to.deep.equal([5.1, 5.1]);
    const percent = trajectoryConfig(
      series(exampleSeries({ scale: 'percent', points: [{ time: 12, value: -40 }] })),
      undefined,
      'months',
      theme,
      enTimeline,
      'en',
    );
    expect(percent.data.datasets.at(-1)!.data.map((p) => p.y)).to.deep.equal([-30, -30]);
  });

  it('draws no threshold when a points scale has no starting value to count from', () => {
    const config = trajectoryConfig(
      series(exampleSeries({ points: [{ time: 3, value: 5 }] })),
      undefined,
      'months',
      theme,
      enTimeline,
      'en',
    );
    expect(config.data.datasets.map((d) => d.label)).to.deep.equal(['Our clinic cohort (example data)']);
  });
});

describe('wrapLines', () => {
  it('wraps a sentence at spaces into lines of at most 56 characters, losing no word', () => {
    const sentence =
      'Average pain fell from where it started in the high-dose group: -62.8% from baseline, P = 0.0005 (change from before treatment; certainty: very low)';
    const lines = wrapLines(sentence);
    expect(lines.length).to.be.greaterThan(2);
    for (const line of lines) expect(line.length).to.be.at.most(56);
    expect(lines.join(' ')).to.equal(sentence);
    expect(wrapLines('short')).to.deep.equal(['short']);
    // A word longer than a line stays whole.
    expect(wrapLines('x'.repeat(70))).to.deep.equal(['x'.repeat(70)]);
  });
});
