/**
 * The npm package as a site's bundler sees it: `dist/`, resolved through `exports`, with the
 * `sideEffects` list trusted (served by the test runner as one esbuild bundle; `npm test` builds
 * first). A module wrongly marked free of side effects is dropped here, as it would be on the site.
 */
import { expect } from '@open-wc/testing';
import { paintedPixelCount } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function painted(canvas: HTMLCanvasElement): Promise<number> {
  for (let i = 0; i < 100 && paintedPixelCount(canvas) === 0; i += 1) await new Promise((r) => setTimeout(r, 20));
  return paintedPixelCount(canvas);
}

describe('the npm package in a site bundle', () => {
  before(async function () {
    this.timeout(60_000); // the first request builds the site bundle
    const bundle = '/test-server/site/entry.js';
    await import(/* @vite-ignore */ bundle);
  });

  it('registers and renders all three elements, and the timeline draws its chart', async () => {
    const host = document.createElement('div');
    const card = document.createElement('disc-evidence-card') as Widget;
    card.setAttribute('study', 'bates-2022');
    const timeline = document.createElement('disc-outcome-timeline') as Widget;
    timeline.setAttribute('studies', 'gornet-2024 xie-2021');
    const checklist = document.createElement('disc-candidacy-checklist') as Widget;
    host.append(card, timeline, checklist);
    document.body.append(host);
    await Promise.all([card, timeline, checklist].map((el) => el.updateComplete));

    for (const el of [card, timeline, checklist]) {
      expect(Boolean(el.shadowRoot?.querySelector('[part~="error"]')), `${el.localName} error`).to.equal(false);
      expect(el.shadowRoot?.textContent?.length ?? 0, `${el.localName} text`).to.be.greaterThan(100);
    }
    // A timeline draws only near the screen; the card above it may be taller than the window.
    timeline.scrollIntoView();
    const canvas = timeline.shadowRoot!.querySelector('canvas')!;
    expect(await painted(canvas)).to.be.greaterThan(500);
    host.remove();
  });
});
