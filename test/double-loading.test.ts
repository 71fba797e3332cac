/**
 * A page may load the library more than once: the same file under two addresses, two releases
 * from two plugins, or the one-script-tag file next to a site's own bundle of the npm package.
 * The page must keep working: every widget renders, nothing reaches window.onerror, and at most
 * one warning names the versions. `npm test` builds first.
 */
import { expect } from '@open-wc/testing';
import { openFrame, TAGS, widgetsReady, type Frame } from './helpers.js';

type ProbedWindow = Window & typeof globalThis & { warnings: string[]; errors: string[] };

const PROBE = `<script>
  window.warnings = [];
  window.errors = [];
  const warn = console.warn;
  console.warn = (...args) => { window.warnings.push(args.map(String).join(' ')); warn(...args); };
  window.addEventListener('error', (event) => window.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
</script>`;

const WIDGETS = `<disc-evidence-card study="bates-2022"></disc-evidence-card>
<disc-outcome-timeline studies="gornet-2024 xie-2021"></disc-outcome-timeline>
<disc-candidacy-checklist></disc-candidacy-checklist>
<disc-evidence-overview studies="haufe-2006 soufi-2023"></disc-evidence-overview>`;

async function page(scripts: string[]): Promise<Frame<ProbedWindow>> {
  const tags = scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n');
  const opened = await openFrame<ProbedWindow>(
    { srcdoc: `<!doctype html><html lang="en"><head>${PROBE}${tags}</head><body>${WIDGETS}</body></html>` },
    { width: 900, height: 1500 },
  );
  await widgetsReady(opened.win, opened.doc);
  // Let every copy finish loading, defining and rendering.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await widgetsReady(opened.win, opened.doc);
  return opened;
}

function expectWorking(doc: Document, win: ProbedWindow): void {
  for (const el of doc.querySelectorAll('body > *')) {
    const text = el.shadowRoot?.textContent ?? '';
    expect(text.length, `${el.localName} rendered`).to.be.greaterThan(100);
    expect(Boolean(el.shadowRoot?.querySelector('[part~="error"]')), `${el.localName} error`).to.equal(false);
  }
  expect(win.errors).to.deep.equal([]);
}

describe('the library loaded twice on one page', () => {
  it('the same file under two addresses: works, silently', async () => {
    const { frame, win, doc } = await page(['/dist/cdn/disc-evidence.js', '/dist/cdn/disc-evidence.js?copy=2']);
    expectWorking(doc, win);
    expect(win.warnings).to.deep.equal([]);
    frame.remove();
  });

  for (const order of ['this release first', 'the other release first']) {
    it(`two releases, ${order}: works, one copy defines all four, at most one warning naming both`, async () => {
      const scripts = ['/dist/cdn/disc-evidence.js', '/test-server/cdn-other-version/disc-evidence.js'];
      if (order !== 'this release first') scripts.reverse();
      const { frame, win, doc } = await page(scripts);
      expectWorking(doc, win);
      const versions = TAGS.map((tag) => (win.customElements.get(tag) as unknown as { version: string }).version);
      expect(new Set(versions).size, versions.join(', ')).to.equal(1);
      expect(win.warnings.length, win.warnings.join(' | ')).to.be.at.most(1);
      for (const warning of win.warnings)
        expect(warning).to.match(/0\.0\.1-other[\s\S]*\d+\.\d+\.\d+|\d+\.\d+\.\d+[\s\S]*0\.0\.1-other/);
      frame.remove();
    });
  }

  it("the one-script-tag file next to a site's own bundle of the npm package: works, at most one warning", async function () {
    this.timeout(60_000); // the first request builds the site bundle
    const { frame, win, doc } = await page(['/test-server/site/entry.js', '/dist/cdn/disc-evidence.js']);
    expectWorking(doc, win);
    expect(win.warnings.length).to.be.at.most(1);
    frame.remove();
  });
});
