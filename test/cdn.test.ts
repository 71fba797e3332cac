/**
 * The one-script-tag file as a blogger uses it: the built `dist/cdn/disc-evidence.js`, not the
 * sources. `npm test` builds before the browser tests run.
 */
import { expect } from '@open-wc/testing';
import { VERSION } from '../src/internal/version.js';

const CDN = '/dist/cdn/disc-evidence.js';

type Card = HTMLElement & { updateComplete: Promise<boolean> };

function cdnRequests(): string[] {
  return (
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/cdn/'))
      // Code chunks end in a hash, data chunks in the release: `evidence-card-Ab_3dE.js`, `bates-2022-0.1.0.js`.
      .map((path) => path.replace(`-${VERSION}.js`, '.js').replace(/^(\/dist\/cdn\/chunks\/.+)-[\w-]{6}\.js$/, '$1.js'))
  );
}

/** The timing of the one request whose path matches. */
function resource(path: RegExp): PerformanceResourceTiming {
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const matching = entries.filter((entry) => path.test(new URL(entry.name).pathname));
  expect(matching, String(path)).to.have.length(1);
  return matching[0]!;
}

async function rendered(card: Element): Promise<void> {
  await customElements.whenDefined('disc-evidence-card');
  await (card as Card).updateComplete;
}

function waitFor(condition: () => boolean, timeout = 5000): Promise<void> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (condition()) resolve();
      else if (performance.now() - start > timeout) reject(new Error('timed out waiting'));
      else setTimeout(poll, 20);
    };
    poll();
  });
}

describe('the one-script-tag file', () => {
  const warnings: unknown[][] = [];
  const originalWarn = console.warn;

  before(async () => {
    console.warn = (...args: unknown[]) => warnings.push(args);
    const card = document.createElement('disc-evidence-card');
    card.setAttribute('study', 'bates-2022');
    document.body.append(card);
    await import(/* @vite-ignore */ CDN);
    await rendered(card);
  });

  after(() => {
    console.warn = originalWarn;
  });

  it('upgrades a card that was on the page before it loaded', () => {
    const card = document.querySelector('disc-evidence-card')!;
    expect(card.shadowRoot!.textContent).to.contain('Less average pain');
  });

  it('downloads only the card code and the studies the page names, never the chart', () => {
    const requests = cdnRequests();
    expect(requests).to.include.members([
      '/dist/cdn/disc-evidence.js',
      '/dist/cdn/chunks/evidence-card.js',
      '/dist/cdn/chunks/bates-2022.js',
    ]);
    const unneeded = requests.filter((path) =>
      /outcome-timeline|chart|evidence-overview|catalog|load-own|describe-error|xie|zhang|gornet|idct|review|bm-msc|\/ids\.js/.test(
        path,
      ),
    );
    expect(unneeded).to.deep.equal([]);
  });

  it('upgrades cards added to the page later, as single-page apps do', async () => {
    const later = document.createElement('section');
    const card = document.createElement('disc-evidence-card');
    card.setAttribute('study', 'gornet-2024');
    later.append(card);
    document.body.append(later);
    await waitFor(() => Boolean(card.shadowRoot?.textContent?.includes('Participants')));
    expect(card.shadowRoot!.textContent).to.contain('Disc progenitor cells');
    later.remove();
  });

  it("downloads every study for an overview in one file, and their texts in the reader's language in one more", async () => {
    const overview = document.createElement('disc-evidence-overview');
    overview.setAttribute('lang', 'es');
    document.body.append(overview);
    await waitFor(() => (overview.shadowRoot?.querySelectorAll('[part~="study"]').length ?? 0) === 17);
    expect(overview.shadowRoot!.textContent).to.contain('La evidencia de un vistazo');
    const requests = cdnRequests();
    expect(requests).to.include.members([
      '/dist/cdn/chunks/evidence-overview.js',
      '/dist/cdn/chunks/catalog.js',
      '/dist/cdn/chunks/catalog-es.js',
    ]);
    // Not a file per study: none the rest of this page asks for on its own.
    expect(requests.filter((path) => /soufi|her-2022|beall|kumar/.test(path))).to.deep.equal([]);
    overview.remove();
  });

  it('asks for the study a card names together with the card code, not after that code has run', () => {
    const code = resource(/\/chunks\/evidence-card-/);
    const study = resource(/\/chunks\/bates-2022-/);
    expect(study.startTime).to.be.at.most(code.responseEnd);
  });

  it("runs a study's data the moment it arrives, without waiting for any other file", async () => {
    // A data file that imported the shared code would wait for it, and the card, waiting for the
    // same code, could run first and show a loading state before its study.
    const source = await (await fetch(resource(/\/chunks\/bates-2022-/).name)).text();
    expect(source).to.contain('"bates-2022"');
    expect(source).not.to.match(/\bimport\b|\bfrom\s*["']/);
  });

  it('asks for the built-in criteria together with the checklist code', async () => {
    const checklist = document.createElement('disc-candidacy-checklist');
    document.body.append(checklist);
    await waitFor(() => Boolean(checklist.shadowRoot?.querySelector('fieldset')));
    expect(resource(/\/chunks\/ddd-msc-/).startTime).to.be.at.most(
      resource(/\/chunks\/candidacy-checklist-/).responseEnd,
    );
    checklist.remove();
  });

  it('does not download a built-in study for a card that brings its own data', async () => {
    const card = document.createElement('disc-evidence-card');
    card.setAttribute('study', 'zhang-2023');
    card.setAttribute('src', '/test-server/error.json');
    document.body.append(card);
    await waitFor(() => Boolean(card.shadowRoot?.querySelector('[part~="error"]')));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(cdnRequests().filter((path) => path.includes('zhang'))).to.deep.equal([]);
    card.remove();
    // Its error state logged the one warning every failure logs.
    expect(warnings.splice(0)).to.have.length(1);
  });

  it('names an id it does not have, or a criteria set given as a study, as unknown, listing the studies', async () => {
    // The page carries no list of the studies: a card asks for the file its id names, and the
    // list loads only to word this message.
    for (const id of ['bates-2033', 'ddd-msc']) {
      const card = document.createElement('disc-evidence-card');
      card.setAttribute('study', id);
      document.body.append(card);
      await waitFor(() => Boolean(card.shadowRoot?.querySelector('[part~="error"]')));
      const message = card.shadowRoot!.querySelector('[part~="error"]')!.textContent!;
      expect(message).to.contain(`"${id}"`);
      expect(message).to.contain('pettine-2015');
      expect(message).not.to.contain('Participants');
      card.remove();
    }
    expect(warnings.splice(0)).to.have.length(2);
  });

  it('can be loaded a second time under another URL without an error or a warning', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    await import(/* @vite-ignore */ `${CDN}?copy=2`);
    const card = document.createElement('disc-evidence-card');
    card.setAttribute('study', 'xie-2021');
    document.body.append(card);
    await rendered(card);
    window.removeEventListener('error', onError);
    expect(card.shadowRoot!.textContent).to.contain('Meta-analysis of randomized trials');
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    card.remove();
  });
});

describe('layout shift on the demo page', () => {
  const viewports = [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ];

  for (const viewport of viewports) {
    it(`is 0 on a ${viewport.name} (${viewport.width}×${viewport.height})`, async () => {
      const frame = document.createElement('iframe');
      frame.width = String(viewport.width);
      frame.height = String(viewport.height);
      frame.src = '/demo/index.html';
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & typeof globalThis;
      const cards = [...win.document.querySelectorAll('disc-evidence-card')];
      expect(cards).to.have.length(10);
      await waitFor(() => cards.every((c) => c.shadowRoot?.querySelector('article')));
      const overview = win.document.querySelector('disc-evidence-overview')!;
      await waitFor(() => Boolean(overview.shadowRoot?.querySelector('[part~="study"]')));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const shifts = await new Promise<number[]>((resolve) => {
        new win.PerformanceObserver((list) =>
          resolve(list.getEntries().map((e) => (e as PerformanceEntry & { value: number }).value)),
        ).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve([]), 500);
      });
      frame.remove();
      expect(shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
    });
  }
});

describe('an overview whose card code cannot be downloaded', () => {
  it('keeps the overview, says so where the card would be, and warns once', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head><script>
      window.warnings = [];
      const warn = console.warn;
      console.warn = (...args) => { window.warnings.push(args.map(String).join(' ')); warn(...args); };
    </script><script type="module" src="/test-server/cdn-without-card/disc-evidence.js"></script></head>
    <body><disc-evidence-overview studies="haufe-2006"></disc-evidence-overview></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis & { warnings: string[] };
    const overview = () => win.document.querySelector('disc-evidence-overview')?.shadowRoot;
    await waitFor(() => Boolean(overview()?.querySelector('[part~="open-button"]')));
    overview()!.querySelector<HTMLButtonElement>('[part~="open-button"]')!.click();
    await waitFor(() => (overview()!.querySelector('[role="status"]:not(.showing)')?.textContent ?? '') !== '');
    expect(overview()!.querySelector('[role="status"]:not(.showing)')!.textContent).to.equal(
      'The full card could not be loaded. Check the connection and try again.',
    );
    expect(overview()!.querySelector('[part~="error"]'), 'the overview stays').to.equal(null);
    expect(overview()!.querySelector('[part~="open-button"]')!.getAttribute('aria-expanded')).to.equal('false');
    expect(win.warnings.filter((w) => w.includes('could not load the full card'))).to.have.length(1);
    frame.remove();
  });
});
