import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { timelineChart } from '../../src/components/outcome-timeline/chart.js';
import '../../src/outcome-timeline.js';
import type { DiscOutcomeTimeline } from '../../src/outcome-timeline.js';
import { exampleSeries } from '../fixtures/series.js';
import { mount, until } from '../helpers.js';

const Chart = timelineChart();

/** The canvas once Chart.js has drawn on it, and the live region beside it. */
async function drawn(el: DiscOutcomeTimeline) {
  await until(() => {
    const canvas = el.shadowRoot!.querySelector('canvas');
    return Boolean(canvas && Chart.getChart(canvas));
  }, 'the chart to draw');
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  return { canvas, chart: Chart.getChart(canvas)!, status: el.shadowRoot!.querySelector('.plot [role=status]')! };
}

/** Presses a key on the focused canvas and waits for the live region to change. */
async function press(status: Element, key: string): Promise<string> {
  const before = status.textContent;
  await sendKeys({ press: key });
  await until(() => status.textContent !== before, `the words after ${key}`).catch(() => undefined);
  return status.textContent ?? '';
}

const active = (chart: ReturnType<typeof Chart.getChart>) =>
  chart!.tooltip!.getActiveElements().map(({ datasetIndex, index }) => [datasetIndex, index]);

describe('<disc-outcome-timeline> keyboard', () => {
  it('moves over the points with the arrow keys, Home and End, and announces each', async () => {
    const { el } = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline studies="gornet-2024 xie-2021" journey></disc-outcome-timeline>`,
    );
    const { canvas, chart, status } = await drawn(el);
    expect(canvas.tabIndex).to.equal(0);
    expect(canvas.getAttribute('aria-label')).to.contain('arrow keys');
    canvas.focus();

    const first = await press(status, 'ArrowRight');
    expect(active(chart)).to.deep.equal([[0, 0]]);
    expect(first).to.contain('Gornet et al. 2024');
    expect(first).to.contain('52 weeks');

    const second = await press(status, 'ArrowRight');
    expect(active(chart)).to.deep.equal([[0, 1]]);
    expect(second).to.contain('104 weeks');
    // The last point of a row stays put.
    await sendKeys({ press: 'ArrowRight' });
    expect(active(chart)).to.deep.equal([[0, 1]]);

    // Down: the next lane's point nearest in time (Xie's last, at 24 months or later).
    const down = await press(status, 'ArrowDown');
    expect(down).to.contain('Xie et al. 2021');
    const xie = chart.getDatasetMeta(1).data.length;
    expect(active(chart)).to.deep.equal([[1, xie - 1]]);
    await press(status, 'Home');
    expect(active(chart)).to.deep.equal([[1, 0]]);
    await press(status, 'End');
    expect(active(chart)).to.deep.equal([[1, xie - 1]]);
    // Up again, then Escape lets go.
    await press(status, 'ArrowUp');
    expect(active(chart)[0]![0]).to.equal(0);
    expect(await press(status, 'Escape')).to.equal('');
    expect(active(chart)).to.deep.equal([]);
  });

  it('reaches the journey as its own row, and lets go when the canvas loses focus', async () => {
    const { el } = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline studies="bates-2022" journey></disc-outcome-timeline>`,
    );
    const { canvas, chart, status } = await drawn(el);
    canvas.focus();
    await press(status, 'ArrowRight');
    const journey = await press(status, 'ArrowDown');
    expect(journey).to.contain('What clinics say to expect');
    canvas.blur();
    await until(() => active(chart).length === 0, 'letting go on blur');
    expect(status.textContent).to.equal('');
  });

  it('skips what is not a point: bands, the threshold line', async () => {
    const { el } = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline .series=${[exampleSeries()]}></disc-outcome-timeline>`,
    );
    const { canvas, chart, status } = await drawn(el);
    canvas.focus();
    const words = await press(status, 'ArrowRight');
    expect(words).to.contain('Our clinic cohort');
    const dataset = chart.data.datasets[active(chart)[0]![0]!]!;
    expect(dataset.label).to.equal('Our clinic cohort (example data)');
    await press(status, 'ArrowDown');
    expect(chart.data.datasets[active(chart)[0]![0]!]!.label).to.equal('Our clinic cohort (example data)');
  });

  it('keeps the arrow keys from scrolling the page while the canvas has focus', async () => {
    const { el } = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline studies="gornet-2024"></disc-outcome-timeline>`,
    );
    const { canvas } = await drawn(el);
    const arrow = new KeyboardEvent('keydown', { key: 'ArrowDown', cancelable: true, bubbles: true });
    canvas.dispatchEvent(arrow);
    expect(arrow.defaultPrevented).to.equal(true);
    const letter = new KeyboardEvent('keydown', { key: 'a', cancelable: true, bubbles: true });
    canvas.dispatchEvent(letter);
    expect(letter.defaultPrevented).to.equal(false);
  });

  it('tells Spanish readers how to use it', async () => {
    const { el } = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline lang="es" studies="gornet-2024"></disc-outcome-timeline>`,
    );
    const { canvas } = await drawn(el);
    expect(canvas.getAttribute('aria-label')).to.contain('las flechas');
  });
});
