/**
 * A timeline far down the page costs nothing until the reader gets near it: no Chart.js download
 * and no drawing, while its summary and table are there from the start. Printing still shows its
 * data. Uses the one-script-tag build (`npm test` builds first).
 */
import { expect } from '@open-wc/testing';
import { openFrame, paintedPixelCount, until, visibleText, widgetsReady, whilePrinting } from './helpers.js';

const chartRequests = (win: Window) =>
  win.performance.getEntriesByType('resource').filter((entry) => /\/chunks\/chart-/.test(entry.name)).length;

describe('a timeline off screen', () => {
  it('downloads no Chart.js and draws nothing until it nears the viewport, then draws', async () => {
    const { frame, win, doc } = await openFrame(
      {
        srcdoc: `<!doctype html><html lang="en"><head><style>#spacer { height: 6000px; }</style><script type="module" src="/dist/cdn/disc-evidence.js"></script></head>
          <body><p>Article text.</p><div id="spacer"></div>
          <disc-outcome-timeline studies="gornet-2024 xie-2021"></disc-outcome-timeline></body></html>`,
      },
      { width: 800, height: 600 },
    );
    const [timeline] = await widgetsReady(win, doc);
    await new Promise((r) => setTimeout(r, 300));
    const canvas = timeline!.shadowRoot!.querySelector('canvas')!;

    expect(visibleText(timeline!)).to.contain('Gornet');
    expect(chartRequests(win), 'Chart.js requests before scrolling').to.equal(0);
    expect(paintedPixelCount(canvas)).to.equal(0);

    timeline!.scrollIntoView();
    await until(() => paintedPixelCount(canvas) > 500, 'drawn once on screen', 5000);
    expect(chartRequests(win)).to.equal(1);
    frame.remove();
  });

  it('prints its data as a table when its chart was never drawn', async () => {
    const { frame, win, doc } = await openFrame(
      {
        srcdoc: `<!doctype html><html lang="en"><head><style>#spacer { height: 6000px; }</style><script type="module" src="/dist/cdn/disc-evidence.js"></script></head>
          <body><div id="spacer"></div><disc-outcome-timeline studies="gornet-2024"></disc-outcome-timeline></body></html>`,
      },
      { width: 800, height: 600 },
    );
    const [timeline] = await widgetsReady(win, doc);
    const shadow = timeline!.shadowRoot!;
    const checks = () => {
      expect(win.getComputedStyle(shadow.querySelector('[part~="chart"]')!).display).to.equal('none');
      expect(win.getComputedStyle(shadow.querySelector('[part~="table"]')!).position).to.equal('static');
    };
    await whilePrinting(timeline!, checks);
    frame.remove();
  });
});
