import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { timelineChart } from '../../src/components/outcome-timeline/chart.js';
import '../../src/outcome-timeline.js';
import type { DiscOutcomeTimeline } from '../../src/outcome-timeline.js';
import { mount, part, until } from '../helpers.js';

const Chart = timelineChart();

/** The chart once drawn, waiting for a redraw when `before` is the chart it replaces. */
async function chartOf(el: DiscOutcomeTimeline, before?: unknown) {
  await until(() => {
    const canvas = el.shadowRoot!.querySelector('canvas');
    const chart = canvas && Chart.getChart(canvas);
    return Boolean(chart && chart !== before);
  }, 'the chart to draw');
  return Chart.getChart(el.shadowRoot!.querySelector('canvas')!)!;
}

/** Each drawn line's label and its values (bands and the threshold line left out). */
const lines = (chart: ReturnType<typeof Chart.getChart>) =>
  chart!.data.datasets
    .filter((d) => d.label?.startsWith('Pettine'))
    .map((d) => [d.label, (d.data as Array<{ y: number }>).map((p) => p.y)]);

const pressed = (el: DiscOutcomeTimeline) =>
  [...part(el, 'measures')!.querySelectorAll('button')].map((b) => [
    b.textContent!.trim(),
    b.getAttribute('aria-pressed'),
  ]);

describe('<disc-outcome-timeline> with a built-in study that has values over time', () => {
  it('draws them as lines by default, one per group, never joining the group that changed', async () => {
    const { el } = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline studies="pettine-2015"></disc-outcome-timeline>`,
    );
    const chart = await chartOf(el);
    expect(part(el, 'chart')!.classList.contains('trajectory')).to.equal(true);
    expect(lines(chart)).to.deep.equal([
      ['Pettine et al. 2015: All 26 patients, to 12 months', [56.5, 22.8, 24.4, 25]],
      [
        'Pettine et al. 2015: Only those who did not have surgery (21 at 2 years, 20 at 3 years)',
        [56.7, 19.9, 18.3, 17.5],
      ],
    ]);
    // One measure per axis: the disability index, with the smallest noticeable change from the start.
    const y = chart.options.scales!['y'] as { title: { text: string } };
    expect(y.title.text).to.equal('Disability (Oswestry index, 0–100)');
    // The dashed line sits 10 points under the first group's start (56.5).
    const threshold = chart.data.datasets.find((d) => d.label?.startsWith('Smallest change patients notice'));
    expect((threshold!.data as Array<{ y: number }>).map((p) => p.y)).to.deep.equal([46.5, 46.5]);
    expect(part(el, 'legend')!.textContent).to.contain(
      'Only those who did not have surgery (21 at 2 years, 20 at 3 years)',
    );
  });

  it('switches to the other measure, with the keyboard too, and never puts two on one axis', async () => {
    const { el } = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline studies="pettine-2015"></disc-outcome-timeline>`,
    );
    const first = await chartOf(el);
    expect(pressed(el)).to.deep.equal([
      ['Disability (Oswestry index, 0–100)', 'true'],
      ['Pain (VAS 0–100)', 'false'],
    ]);
    expect(part(el, 'measures')!.getAttribute('aria-label')).to.equal('Measure drawn');
    part(el, 'measures')!.querySelectorAll('button')[1]!.focus();
    await sendKeys({ press: 'Enter' });
    const second = await chartOf(el, first);
    expect(pressed(el).map(([, state]) => state)).to.deep.equal(['false', 'true']);
    expect((second.options.scales!['y'] as { title: { text: string } }).title.text).to.equal('Pain (VAS 0–100)');
    expect(lines(second).map(([, values]) => values)).to.deep.equal([
      [79.3, 29.2, 26.3, 33.2],
      [82.1, 27, 22.9, 21.9],
    ]);
    // Nothing of the disability index is left on the pain axis.
    const values = second.data.datasets.flatMap((d) => (d.data as Array<{ y: number }>).map((p) => p.y));
    expect(values).not.to.include(56.5);
    expect(values).not.to.include(56.7);
  });

  it('gives the number of people at each point in the table and the tooltip', async () => {
    const { el } = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline studies="pettine-2015"></disc-outcome-timeline>`,
    );
    const chart = await chartOf(el);
    const rows = [...part(el, 'table')!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
    );
    // The table holds both measures: 16 values, each with its people or "Not reported".
    expect(rows).to.have.length(16);
    const people = rows.map((row) => row[4]);
    expect(people.slice(0, 8)).to.deep.equal([
      '26',
      'Not reported',
      'Not reported',
      'Not reported',
      '20',
      '21',
      '21',
      '20',
    ]);
    expect(rows.filter((row) => row[2]!.includes('Pain (VAS 0–100)'))).to.have.length(8);
    // The tooltip of the group without surgery at 2 years.
    const line = chart.data.datasets.findIndex((d) => d.label?.includes('did not have surgery'));
    chart.tooltip!.setActiveElements([{ datasetIndex: line, index: 2 }], { x: 0, y: 0 });
    const body = chart.tooltip!.body.flatMap((b) => b.lines).join(' ');
    expect(body).to.contain('18.3 (21 people)');
    expect(chart.tooltip!.title.join(' ')).to.equal('Months since treatment: 24');
  });

  it('says in its summary what each group and measure did, with the caution once', async () => {
    const { el } = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline studies="pettine-2015"></disc-outcome-timeline>`,
    );
    const summary = part(el, 'summary')!.textContent!.replace(/\s+/g, ' ');
    expect(summary).to.contain(
      'Pettine et al. 2015: All 26 patients, to 12 months, Disability (Oswestry index, 0–100): 56.5 at 0 months, then 25 at 12 months',
    );
    expect(summary).to.contain('Pain (VAS 0–100): 82.1 at 0 months, then 21.9 at 36 months');
    expect(summary.match(/does not show that the treatment caused it/g)).to.have.length(1);
  });

  it('shows milestones when not every study named has values over time, or when asked', async () => {
    const mixed = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline studies="pettine-2015 bates-2022"></disc-outcome-timeline>`,
    );
    await chartOf(mixed.el);
    expect(part(mixed.el, 'chart')!.classList.contains('milestones')).to.equal(true);
    expect(part(mixed.el, 'measures')).to.equal(null);
    const asked = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline studies="pettine-2015" view="milestones"></disc-outcome-timeline>`,
    );
    const chart = await chartOf(asked.el);
    expect(part(asked.el, 'chart')!.classList.contains('milestones')).to.equal(true);
    // Results at 12 months and at 2 years, on one lane.
    expect(chart.data.datasets[0]!.data).to.have.length(2);
  });

  it('speaks Spanish: measures, groups and people', async () => {
    const { el } = await mount<DiscOutcomeTimeline>(
      html`<disc-outcome-timeline lang="es" studies="pettine-2015"></disc-outcome-timeline>`,
    );
    await chartOf(el);
    expect(pressed(el).map(([name]) => name)).to.deep.equal([
      'Discapacidad (índice de Oswestry, 0–100)',
      'Dolor (EVA 0–100)',
    ]);
    expect(part(el, 'legend')!.textContent).to.contain(
      'Solo quienes no se operaron (21 a los 2 años, 20 a los 3 años)',
    );
    expect(part(el, 'measures')!.getAttribute('aria-label')).to.equal('Medida dibujada');
  });
});
