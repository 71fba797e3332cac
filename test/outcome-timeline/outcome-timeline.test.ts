import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { timelineChart } from '../../src/components/outcome-timeline/chart.js';

const Chart = timelineChart();
import '../../src/outcome-timeline.js';
import type { DiscOutcomeTimeline } from '../../src/outcome-timeline.js';
import { exampleSeries } from '../fixtures/series.js';
import { mount, paintedPixelCount, part, until as waitUntil, visibleText, whilePrinting } from '../helpers.js';

type Timeline = DiscOutcomeTimeline;

function tableRows(el: Element): string[][] {
  return [...part(el, 'table')!.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );
}

/** Waits until Chart.js has drawn something on the canvas, and counts the painted pixels. */
async function paintedPixels(el: Element): Promise<number> {
  for (let i = 0; i < 100; i += 1) {
    const canvas = el.shadowRoot!.querySelector('canvas');
    const painted = canvas && Chart.getChart(canvas) ? paintedPixelCount(canvas) : 0;
    if (painted > 0) return painted;
    await new Promise((r) => setTimeout(r, 20));
  }
  return 0;
}

const liveCharts = () => Object.keys(Chart.instances).length;

/** The words a canvas draws while `draw` runs, read from its 2D context's fillText calls. */
async function drawnWords(draw: () => Promise<unknown>): Promise<string[]> {
  const words: string[] = [];
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text, ...rest) {
    words.push(text);
    return fillText.call(this, text, ...rest);
  };
  try {
    await draw();
  } finally {
    CanvasRenderingContext2D.prototype.fillText = fillText;
  }
  return words;
}

/** Polls until a condition holds or two seconds pass; the assertion after it says what failed. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 20));
}

describe('<disc-outcome-timeline> with catalog studies', () => {
  it('shows one lane per study with what each reported when', async () => {
    const { el, errors } = await mount<Timeline>(
      html`<disc-outcome-timeline studies="gornet-2024 xie-2021 bates-2022"></disc-outcome-timeline>`,
    );
    expect(errors).to.deep.equal([]);
    expect(visibleText(el)).to.contain(
      'Results over time from 3 studies. ' +
        'Gornet et al. 2024: at 52 weeks, 62.8% less pain than at the start, in one group, not compared with the ' +
        'controls (certainty: very low); at 104 weeks, less pain than at the start, in one group, not ' +
        'compared with the controls (certainty: not rated). ' +
        'No size of the result was reported at 104 weeks. Nothing reported after 104 weeks. ' +
        'Xie et al. 2021: at 3 months, at 6 months, at 12 months and at 24 months or later, possibly less pain than the other groups ' +
        '(certainty: low), and 1 more result in the table. ' +
        'No size of the result was reported at 3 months, at 6 months, at 12 months and at 24 months or later. ' +
        'Bates et al. 2022: at 12 months, 7 of 9 had less pain, in one group with no comparison (certainty: very low), ' +
        'and 7 more results in the table. Nothing reported after 12 months.',
    );
    const rows = tableRows(el);
    expect(rows.filter((r) => r[0] === 'Gornet et al. 2024').map((r) => r[1])).to.deep.equal([
      'at 52 weeks',
      'at 104 weeks',
    ]);
    expect(rows).to.deep.include([
      'Xie et al. 2021',
      'at 3 months',
      'Pain lower than in the comparison groups: P = 0.001 (difference between the treated and the control groups; certainty: low)',
    ]);
    expect(rows).to.deep.include([
      'Bates et al. 2022',
      'at 12 months',
      'Less average pain: 7 of 9 (78%) (people who had this result; no comparison group; certainty: very low)',
    ]);
    expect(rows.some((r) => r.join(' ').includes('Standardised mean difference'))).to.equal(false);
    expect(await paintedPixels(el)).to.be.greaterThan(500);
  });

  it('adds the treatment journey, with its source, when asked', async () => {
    const { el } = await mount<Timeline>(
      html`<disc-outcome-timeline studies="bates-2022" journey></disc-outcome-timeline>`,
    );
    const journey = tableRows(el).filter((r) => r[0] === 'What clinics say to expect');
    expect(journey.map((r) => r[2])).to.deep.equal([
      'Injection into the disc (day 0)',
      'Reduced loading for 1–2 weeks',
      'First pain relief, typically at 4–8 weeks',
      'Continued improvement to 3–6 months',
      'Follow-up MRI',
      'Follow-up MRI',
      'Data on how long it lasts reach 24 months',
    ]);
    expect(visibleText(el)).to.contain('not a result of any study');
  });

  it('labels markers with results in words and the journey’s steps by name, never a bare P value', async () => {
    let painted = 0;
    const words = await drawnWords(async () => {
      const { el } = await mount<Timeline>(
        html`<disc-outcome-timeline
          studies="gornet-2024 xie-2021"
          journey
          style="width: 1000px"
        ></disc-outcome-timeline>`,
      );
      painted = await paintedPixels(el);
    });
    expect(painted).to.be.greaterThan(500);
    expect(words).to.include.members([
      '62.8% less pain',
      'vs. start, not controls',
      'Possibly less pain',
      'vs. the other groups',
      'What clinics say to expect',
      'Injection',
      'Rest, 1–2 weeks',
      'First relief, 4–8 weeks',
      'Improving to 3–6 months',
      'MRI',
      'Data reach 2 years',
    ]);
    expect(words.filter((word) => /^P\s|P\u00a0/.test(word))).to.deep.equal([]);
  });

  it('says when a trial has no results yet instead of drawing anything', async () => {
    const { el } = await mount<Timeline>(html`<disc-outcome-timeline studies="idct-phase-3"></disc-outcome-timeline>`);
    expect(tableRows(el)).to.deep.equal([['Ongoing trial', '—', 'Ongoing — no results yet.']]);
  });
});

describe('<disc-outcome-timeline> with a site’s own series', () => {
  it('draws a trajectory and tabulates exactly its points', async () => {
    const json = JSON.stringify({ series: [exampleSeries()] });
    const { el, errors } = await mount<Timeline>(
      html`<disc-outcome-timeline
        ><script type="application/json">
          ${json}
        </script></disc-outcome-timeline
      >`,
    );
    expect(errors).to.deep.equal([]);
    expect(el.getAttribute('view')).to.equal(null);
    expect(tableRows(el)).to.deep.equal([
      [
        'Our clinic cohort (example data) — example data',
        'at 0 months',
        '7.1 (Pain (VAS 0–10))',
        'Not reported',
        '24',
        'change from before treatment; no comparison group',
      ],
      [
        'Our clinic cohort (example data) — example data',
        'at 3 months',
        '5.2 (Pain (VAS 0–10))',
        '95% confidence interval 4.4 to 6',
        '22',
        'change from before treatment; no comparison group',
      ],
      [
        'Our clinic cohort (example data) — example data',
        'at 6 months',
        '4.6 (Pain (VAS 0–10))',
        'Not reported',
        '20',
        'change from before treatment; no comparison group',
      ],
    ]);
    expect(part(el, 'summary')!.textContent).to.contain(
      '7.1 at 0 months, then 4.6 at 6 months (change from before treatment; no comparison group). Reaches the smallest change patients notice (2 points). A change within one group does not show that the treatment caused it.',
    );
    expect(await paintedPixels(el)).to.be.greaterThan(500);
  });

  it('adds the journey to a trajectory too, in the table and on the canvas', async () => {
    let el!: Timeline;
    const words = await drawnWords(async () => {
      el = (
        await mount<Timeline>(
          html`<disc-outcome-timeline .series=${[exampleSeries()]} journey></disc-outcome-timeline>`,
        )
      ).el;
      await paintedPixels(el);
    });
    // Its steps by name in their own band under the data, where the axis has no numbers.
    expect(words).to.include.members(['Injection', 'MRI', 'Data reach 2 years']);
    expect(words.filter((word) => word.startsWith('-'))).to.deep.equal([]);
    const journey = tableRows(el).filter((r) => r[0] === 'What clinics say to expect');
    expect(journey.map((r) => r[1])).to.deep.equal([
      'at 0 weeks',
      '0 weeks – 2 weeks',
      '4 weeks – 8 weeks',
      '3 months – 6 months',
      'at 6 months',
      'at 12 months',
      'at 24 months',
    ]);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    await paintedPixels(el);
    expect(Chart.getChart(canvas)!.data.datasets.map((d) => d.label)).to.include('Follow-up MRI');
  });

  it('loads series from a src URL and redraws in the language it is switched to', async () => {
    const { el } = await mount<Timeline>(
      html`<disc-outcome-timeline src="/test/fixtures/clinic-series.json"></disc-outcome-timeline>`,
    );
    expect(tableRows(el)).to.have.length(2);
    await paintedPixels(el);
    const locale = () => Chart.getChart(el.shadowRoot!.querySelector('canvas')!)!.options.locale;
    expect(locale()).to.equal('en');
    el.lang = 'en-GB';
    await el.updateComplete;
    expect(locale()).to.equal('en-GB');
  });

  it('takes series through the series property', async () => {
    const { el } = await mount<Timeline>(
      html`<disc-outcome-timeline .series=${[exampleSeries()]}></disc-outcome-timeline>`,
    );
    expect(tableRows(el)).to.have.length(3);
  });

  it('switches between chart and table from the keyboard', async () => {
    const { el } = await mount<Timeline>(
      html`<disc-outcome-timeline .series=${[exampleSeries()]}></disc-outcome-timeline>`,
    );
    const [chartButton, tableButton] = [...part(el, 'switch')!.querySelectorAll('button')];
    expect(part(el, 'table')!.classList.contains('visually-hidden')).to.equal(true);
    tableButton!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => tableButton!.getAttribute('aria-pressed') === 'true', 'table shown');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('canvas').length).to.equal(0);
    expect(part(el, 'table')!.classList.contains('visually-hidden')).to.equal(false);
    chartButton!.focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => chartButton!.getAttribute('aria-pressed') === 'true', 'chart shown');
    await el.updateComplete;
    expect(await paintedPixels(el)).to.be.greaterThan(500);
  });
});

describe('<disc-outcome-timeline> with bad input', () => {
  const cases: Array<[string, () => ReturnType<typeof mount<Timeline>>, string, string]> = [
    [
      'an unknown id',
      () => mount(html`<disc-outcome-timeline studies="bates-2022 nope"></disc-outcome-timeline>`),
      'unknown-id',
      'Nothing built in has the id "nope"',
    ],
    ['no data', () => mount(html`<disc-outcome-timeline></disc-outcome-timeline>`), 'no-source', 'No data given'],
    [
      'a wrong shape',
      () => mount(html`<disc-outcome-timeline .series=${{ lines: [] }}></disc-outcome-timeline>`),
      'invalid-data',
      'series: expected a list, got an object',
    ],
    [
      'a negative time',
      () =>
        mount(
          html`<disc-outcome-timeline
            .series=${[exampleSeries({ points: [{ time: -2, value: 5 }] })]}
          ></disc-outcome-timeline>`,
        ),
      'invalid-data',
      'series[0].points[0].time: must be at least 0',
    ],
    [
      'unsorted times',
      () =>
        mount(
          html`<disc-outcome-timeline
            .series=${[
              exampleSeries({
                points: [
                  { time: 6, value: 5 },
                  { time: 3, value: 4 },
                ],
              }),
            ]}
          ></disc-outcome-timeline>`,
        ),
      'invalid-data',
      'times must go up',
    ],
    [
      'a value off the scale',
      () =>
        mount(
          html`<disc-outcome-timeline
            .series=${[exampleSeries({ points: [{ time: 0, value: 55 }] })]}
          ></disc-outcome-timeline>`,
        ),
      'invalid-data',
      'is off the vas-10 scale',
    ],
    [
      'two measures in one trajectory',
      () =>
        mount(
          html`<disc-outcome-timeline
            .series=${[exampleSeries(), exampleSeries({ id: 'odi', scale: 'odi', points: [{ time: 0, value: 40 }] })]}
          ></disc-outcome-timeline>`,
        ),
      'invalid-data',
      'one chart shows one measure',
    ],
    [
      'a trajectory with no series',
      () => mount(html`<disc-outcome-timeline studies="bates-2022" view="trajectory"></disc-outcome-timeline>`),
      'no-series',
      'The trajectory view needs series data',
    ],
  ];
  for (const [name, make, code, message] of cases) {
    it(`shows a specific message for ${name} and fires disc-error`, async () => {
      const { el, errors, warnings, escaped } = await make();
      expect(visibleText(el)).to.contain('This timeline cannot be shown');
      expect(visibleText(el)).to.contain(message);
      expect(errors.map((e) => e.code)).to.deep.equal([code]);
      expect(warnings).to.have.length(1);
      expect(escaped).to.deep.equal([]);
    });
  }
});

describe('<disc-outcome-timeline> recovering from bad input', () => {
  it('shows the data once the view is changed to one it supports', async () => {
    const { el, errors } = await mount<Timeline>(
      html`<disc-outcome-timeline studies="bates-2022" view="trajectory"></disc-outcome-timeline>`,
    );
    expect(errors.map((e) => e.code)).to.deep.equal(['no-series']);
    el.view = 'milestones';
    await el.updateComplete;
    expect(Boolean(part(el, 'error')), 'error shown').to.equal(false);
    expect(tableRows(el)[0]![0]).to.equal('Bates et al. 2022');
  });
});

describe('<disc-outcome-timeline> lifecycle and accessibility', () => {
  it('leaves no chart behind after 200 connect and disconnect cycles', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('disc-outcome-timeline');
    el.series = [exampleSeries()];
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    for (let i = 0; i < 200; i += 1) {
      host.append(el);
      if (i % 20 === 0) await paintedPixels(el);
      el.remove();
    }
    host.append(el);
    expect(await paintedPixels(el)).to.be.greaterThan(500);
    expect(liveCharts()).to.equal(1);
    el.remove();
    host.remove();
    await new Promise((r) => setTimeout(r, 50));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(liveCharts()).to.equal(0);
  });

  it('redraws in the new colours when the theme changes', async () => {
    const { el } = await mount<Timeline>(
      html`<disc-outcome-timeline .series=${[exampleSeries()]} theme="light"></disc-outcome-timeline>`,
    );
    await paintedPixels(el);
    const colour = () => {
      const chart = Chart.getChart(el.shadowRoot!.querySelector('canvas')!)!;
      return chart.data.datasets.find((d) => d.label === 'Our clinic cohort (example data)')!.borderColor;
    };
    expect(colour()).to.equal('#0072B2');
    el.theme = 'dark';
    await el.updateComplete;
    await paintedPixels(el);
    expect(colour()).to.equal('#56B4E9');
  });

  it('follows its container when it is resized, hidden and shown again', async () => {
    const { el } = await mount<HTMLDivElement>(
      html`<div style="width: 600px">
        <disc-outcome-timeline .series=${[exampleSeries()]}></disc-outcome-timeline>
      </div>`,
    );
    const timeline = el.querySelector('disc-outcome-timeline')!;
    await timeline.updateComplete;
    await paintedPixels(timeline);
    const canvas = () => timeline.shadowRoot!.querySelector('canvas')!;
    const width = () => canvas().getBoundingClientRect().width;
    const before = width();
    el.style.width = '360px';
    await until(() => width() < before - 100);
    expect(width()).to.be.lessThan(before - 100);
    el.hidden = true;
    await new Promise((r) => setTimeout(r, 100));
    el.hidden = false;
    await until(() => width() > 200);
    expect(width()).to.be.greaterThan(200);
    expect(await paintedPixels(timeline)).to.be.greaterThan(500);
  });

  it('prints the chart, the summary and the notes, without the switch', async () => {
    const { el } = await mount<Timeline>(
      html`<disc-outcome-timeline studies="gornet-2024 bates-2022" journey></disc-outcome-timeline>`,
    );
    await paintedPixels(el);
    await whilePrinting(el, () => {
      expect(getComputedStyle(part(el, 'switch')!).display).to.equal('none');
      expect(getComputedStyle(part(el, 'chart')!).display).not.to.equal('none');
      expect(getComputedStyle(part(el, 'summary')!).display).not.to.equal('none');
      expect(getComputedStyle(part(el, 'regulatory')!).color).to.equal('rgb(0, 0, 0)');
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme, in both views`, async () => {
      const milestones = await mount<Timeline>(
        html`<disc-outcome-timeline
          studies="gornet-2024 xie-2021 bates-2022"
          journey
          theme=${theme}
        ></disc-outcome-timeline>`,
      );
      await expect(milestones.el).to.be.accessible();
      const trajectory = await mount<Timeline>(
        html`<disc-outcome-timeline .series=${[exampleSeries()]} theme=${theme}></disc-outcome-timeline>`,
      );
      await expect(trajectory.el).to.be.accessible();
    });
  }
});
