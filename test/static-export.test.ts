import { expect } from '@open-wc/testing';

/**
 * The static export (`disc-evidence render …`), run as a site runs it, and its snippets shown in a
 * frame whose scripts are off (a sandbox without `allow-scripts`): what a reader of a blog that
 * strips scripts sees. Then the same snippets with the one-script-tag file on the page.
 */

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

async function cli(...args: string[]): Promise<Run> {
  const response = await fetch(`/test-server/static-export?args=${encodeURIComponent(JSON.stringify(args))}`);
  return (await response.json()) as Run;
}

async function snippet(...args: string[]): Promise<string> {
  const run = await cli('render', ...args);
  expect(run.stderr, run.stderr).to.equal('');
  expect(run.status).to.equal(0);
  return run.stdout;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** A page holding `body`, in a frame; `scripts: false` turns JavaScript off in it. */
async function page(body: string, { scripts, width = 720 }: { scripts: boolean; width?: number }): Promise<Document> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

/** The text a reader sees: rendered text only, not styles, nor boxes that take no space or are hidden. */
function seenText(root: Node): string {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('style, template')) continue;
    const view = parent.ownerDocument.defaultView!;
    if (parent.getClientRects().length === 0 || view.getComputedStyle(parent).visibility === 'hidden') continue;
    texts.push(node.textContent ?? '');
  }
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}

function widget(doc: Document, tag: string): HTMLElement & { shadowRoot: ShadowRoot } {
  const el = doc.querySelector<HTMLElement>(tag);
  expect(el, `${tag} in the page`).not.to.equal(null);
  expect(el!.shadowRoot, 'a declarative shadow root').not.to.equal(null);
  return el as HTMLElement & { shadowRoot: ShadowRoot };
}

/** Relative luminance of a computed `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(colour: string): number {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

describe('static export: with JavaScript off', () => {
  it('shows a card with its key facts, and no script ran', async () => {
    const doc = await page(await snippet('card', 'bates-2022'), { scripts: false });
    const card = widget(doc, 'disc-evidence-card');
    expect(doc.defaultView!.customElements.get('disc-evidence-card')).to.equal(undefined);
    const text = seenText(card.shadowRoot);
    expect(text).to.include('Single-group study');
    expect(text).to.match(/Participants\s*9\b/);
    expect(text).to.include('No control group');
    expect(text).to.include('7 of 9 (78%)');
    expect(text).to.include('Not approved');
    expect(text).to.include('Future Science OA');
    expect(text).to.include('We are very uncertain whether the treatment reduces pain.');
    expect(text).to.include(
      'Certainty: very low — a change within one group, which starts at low; a single group of 9 people',
    );
    expect(text).to.include('people who had this result; no comparison group');
    expect(card.shadowRoot.querySelector('a[href="https://doi.org/10.2144/fsoa-2021-0155"]')).not.to.equal(null);
    // A button that would do nothing keeps its place, unseen.
    expect(text).not.to.include('Copy citation');
    // The plain copy for browsers without declarative shadow DOM is not shown beside it.
    expect(seenText(doc.body)).not.to.include('Single-group study');
  });

  it('shows a card in Spanish and in the dark theme', async () => {
    const doc = await page(await snippet('card', 'gornet-2024', '--lang', 'es', '--theme', 'dark'), {
      scripts: false,
    });
    const card = widget(doc, 'disc-evidence-card');
    expect(card.getAttribute('lang')).to.equal('es');
    const text = seenText(card.shadowRoot);
    expect(text).to.include('Participantes');
    expect(text).to.include('60');
    expect(text).to.include('62,8');
    expect(text).to.include('Sin aprobación');
    expect(text).to.include('No sabemos si el tratamiento reduce el dolor');
    expect(text).to.include('Certeza: muy baja');
    expect(text).to.include('solo en este grupo, sin comparar con los otros grupos');
    expect(text).to.include('Un cambio dentro de un solo grupo no demuestra que el tratamiento lo causara.');
    const base = card.shadowRoot.querySelector('[part~="base"]')!;
    expect(luminance(doc.defaultView!.getComputedStyle(base).backgroundColor)).to.be.below(0.2);
  });

  it('shows a checklist with nothing answered yet', async () => {
    const doc = await page(await snippet('checklist'), { scripts: false });
    const checklist = widget(doc, 'disc-candidacy-checklist');
    const radios = checklist.shadowRoot.querySelectorAll('input[type="radio"]');
    expect(radios.length).to.be.greaterThan(30);
    expect(checklist.shadowRoot.querySelectorAll('input:checked').length).to.equal(0);
    const text = seenText(checklist.shadowRoot);
    expect(text).to.include('signs that need a doctor now');
    expect(text).to.match(/\d+ questions left to answer/);
    expect(text).to.include('Not approved');
  });

  it('shows an overview of every study, with its counts, groups, main goals and who paid', async () => {
    const doc = await page(await snippet('overview'), { scripts: false });
    const overview = widget(doc, 'disc-evidence-overview');
    const text = seenText(overview.shadowRoot);
    expect(text).to.include('17 studies, 7 of them randomized; 2 are still running.');
    expect(text).to.include('Very low certainty (9)');
    expect(text).to.include('Mesoblast Ltd., the company that makes the treatment');
    expect(text).to.include(': not verified — No source we could read gives the result');
    expect(text).to.include('Not approved');
    // Choices and buttons that would do nothing are not seen.
    expect(text).not.to.include('Show the full card');
    expect(text).not.to.include('Randomized studies');
    expect(text).not.to.include('Showing 17');
  });

  it('shows a timeline as a still image, with its table and summary', async () => {
    const doc = await page(await snippet('timeline', 'gornet-2024', 'xie-2021', '--journey'), { scripts: false });
    const timeline = widget(doc, 'disc-outcome-timeline');
    const root = timeline.shadowRoot;
    expect(root.querySelector('canvas')).to.equal(null);
    const image = root.querySelector('.chart-image')!;
    expect(image.getAttribute('role')).to.equal('img');
    const box = image.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(300);
    expect(box.height).to.be.greaterThan(150);
    // One marker per reported time: Gornet at 52 and 104 weeks, Xie at 3, 6, 12 and 24 months.
    expect(image.querySelectorAll('.mark.c0').length).to.equal(2);
    expect(image.querySelectorAll('.mark.c1').length).to.equal(4);
    expect(seenText(image)).to.include('Gornet et al. 2024');
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => row.textContent ?? '');
    expect(rows.some((row) => row.includes('Gornet'))).to.equal(true);
    expect(rows.some((row) => row.includes('Xie'))).to.equal(true);
    expect(rows.some((row) => row.includes('in this group only, not compared with the other groups'))).to.equal(true);
    expect(rows.some((row) => row.includes('difference between the treated and the control groups'))).to.equal(true);
    expect(seenText(root.querySelector('[part~="summary"]')!)).to.include('Results over time from 2 studies');
  });

  it('sets no marker label over a lane name or another label, and none outside the chart, at any width', async () => {
    const html = await snippet('timeline', 'gornet-2024', 'xie-2021', 'bates-2022');
    const seen: Record<number, number> = {};
    for (const width of [300, 360, 480, 720, 1000]) {
      const doc = await page(html, { scripts: false, width });
      const image = widget(doc, 'disc-outcome-timeline').shadowRoot.querySelector('.chart-image')!;
      const area = image.querySelector('.area')!.getBoundingClientRect();
      const boxes = (selector: string) =>
        [...image.querySelectorAll(selector)]
          .filter((text) => text.getClientRects().length > 0)
          .map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() }));
      const names = boxes('.lane-name');
      const labels = boxes('.point-label');
      expect(names.map((n) => n.text)).to.deep.equal(['Gornet et al. 2024', 'Xie et al. 2021', 'Bates et al. 2022']);
      seen[width] = labels.length;
      const overlap = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      labels.forEach((label, i) => {
        for (const other of [...names, ...labels.slice(i + 1)]) {
          expect(overlap(label.box, other.box), `"${label.text}" over "${other.text}" at ${width} px`).to.equal(false);
        }
        // The plot box has a small margin on each side that labels may use, no more.
        expect(label.box.left, `"${label.text}" at ${width} px`).to.be.at.least(area.left - 12);
        expect(label.box.right, `"${label.text}" at ${width} px`).to.be.at.most(area.right + 12);
      });
    }
    // Every marker has its label, two lines of words, where there is room for it; labels give way only to fit.
    expect(seen[1000]).to.equal(14);
    expect(seen[480]).to.be.at.least(4);
    expect(seen[300]).to.be.at.least(1);
    expect(seen[300]).to.be.below(seen[480]!);
  });

  it('names the journey’s steps in words in their own band, clear of each other, with no bare P value anywhere', async () => {
    const html = await snippet('timeline', 'gornet-2024', 'xie-2021', '--journey');
    const doc = await page(html, { scripts: false, width: 1000 });
    const image = widget(doc, 'disc-outcome-timeline').shadowRoot.querySelector('.chart-image')!;
    expect(image.querySelector('.journey-band')).not.to.equal(null);
    const steps = [...image.querySelectorAll('.journey-step')].filter((text) => text.getClientRects().length > 0);
    expect(steps.map((text) => text.textContent)).to.have.members([
      'Injection',
      'Rest, 1–2 weeks',
      'First relief, 4–8 weeks',
      'Improving to 3–6 months',
      'MRI',
      'MRI',
      'Data reach 2 years',
    ]);
    const boxes = steps.map((text) => text.getBoundingClientRect());
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${steps[i]!.textContent} over another step`).to.equal(false);
      }),
    );
    expect(seenText(image)).to.include('62.8% less pain');
    expect(seenText(image)).not.to.match(/P\u00a0=|P = /);
  });

  it('shows readable plain HTML where declarative shadow DOM is not supported', async () => {
    // Such a browser keeps the template inert: the same as a template without the attribute.
    const html = (await snippet('card', 'bates-2022')).replace(/ shadowroot(mode)?="open"/g, '');
    const doc = await page(html, { scripts: false });
    expect(doc.querySelector('disc-evidence-card')!.shadowRoot).to.equal(null);
    const text = seenText(doc.body);
    expect(text).to.include('Single-group study');
    expect(text).to.include('7 of 9 (78%)');
    expect(text).to.include('Certainty: very low');
    expect(text).to.include('Not approved');
    expect(text).not.to.include('Copy citation');
    expect(text).not.to.include('{');
    expect(doc.body.querySelector('button, style, [class], [part], [data-static]')).to.equal(null);
  });

  it('shows the timeline table in plain HTML, without the chart image', async () => {
    const html = (await snippet('timeline', 'bates-2022')).replace(/ shadowroot(mode)?="open"/g, '');
    const doc = await page(html, { scripts: false });
    expect(doc.body.querySelector('svg')).to.equal(null);
    expect(doc.body.querySelectorAll('table tbody tr').length).to.be.greaterThan(0);
    expect(seenText(doc.body)).to.include('Bates et al. 2022');
  });
});

describe('static export: the script takes over', () => {
  /**
   * Loads the one-script-tag file into a page holding a snippet, and notes at every frame what
   * the reader sees, until the element has rendered itself.
   */
  async function takeOver(tag: string, html: string) {
    const doc = await page(html, { scripts: true });
    const view = doc.defaultView! as Window & typeof globalThis;
    const el = widget(doc, tag);
    const frames: Array<{ text: string; height: number; busy: boolean; pictured: boolean }> = [];
    let sampling = true;
    const sample = () => {
      const root = el.shadowRoot;
      frames.push({
        text: seenText(root),
        height: Math.round(el.getBoundingClientRect().height),
        busy: root.querySelector('[aria-busy="true"]') !== null,
        // A chart on screen: the still image, or the canvas once drawn.
        pictured:
          (root.querySelector('.chart-image')?.getClientRects().length ?? 0) > 0 ||
          root.querySelector('.plot[data-drawn]') !== null,
      });
      if (sampling) view.requestAnimationFrame(sample);
    };
    view.requestAnimationFrame(sample);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = new URL('/dist/cdn/disc-evidence.js', location.href).href;
    doc.head.append(script);
    await view.customElements.whenDefined(tag);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));
    sampling = false;
    return { doc, el, frames };
  }

  it('replaces a card without a flash, a jump or a second copy', async () => {
    const { el, frames } = await takeOver('disc-evidence-card', await snippet('card', 'bates-2022'));
    expect(frames.length).to.be.greaterThan(1);
    for (const frame of frames) {
      expect(frame.busy).to.equal(false);
      expect(frame.text).to.include('7 of 9 (78%)');
      expect(frame.height).to.equal(frames[0]!.height);
    }
    const root = el.shadowRoot;
    expect(root.querySelectorAll('article').length).to.equal(1);
    expect(root.querySelector('style'), 'the server copy is gone').to.equal(null);
    const copy = root.querySelector<HTMLButtonElement>('[part~="copy-button"]')!;
    expect(getComputedStyle(copy).visibility).to.equal('visible');
  });

  it('keeps the chart image until the chart is drawn over it', async () => {
    const { el, frames } = await takeOver('disc-outcome-timeline', await snippet('timeline', 'gornet-2024'));
    for (const frame of frames) {
      expect(frame.busy).to.equal(false);
      expect(frame.text).to.include('Gornet et al. 2024');
      expect(frame.pictured).to.equal(true);
      expect(frame.height).to.equal(frames[0]!.height);
    }
    const plot = el.shadowRoot.querySelector('.plot')!;
    expect(el.shadowRoot.querySelectorAll('.plot').length).to.equal(1);
    expect(plot.querySelector('canvas')).not.to.equal(null);
    expect(plot.hasAttribute('data-drawn')).to.equal(true);
    expect(plot.querySelector('.chart-image')!.getClientRects().length).to.equal(0);
  });

  it('replaces an overview without a flash or a jump, then opens a card', async () => {
    const html = await snippet('overview', 'gornet-2024', 'haufe-2006');
    const { el, frames } = await takeOver('disc-evidence-overview', html);
    for (const frame of frames) {
      expect(frame.busy).to.equal(false);
      expect(frame.text).to.include('This site chose 2 of the 17 studies');
      expect(frame.height).to.equal(frames[0]!.height);
    }
    expect(el.shadowRoot.querySelectorAll('[part~="study"]').length).to.equal(2);
    el.shadowRoot.querySelector<HTMLButtonElement>('[part~="open-button"]')!.click();
    const deadline = performance.now() + 5000;
    const card = () =>
      el.shadowRoot.querySelector('disc-evidence-card')?.shadowRoot?.querySelector('[part~="findings"]');
    while (!card() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(card(), 'the full card opened').not.to.equal(null);
  });

  it('answers clicks once it has taken over a checklist', async () => {
    const { el, frames } = await takeOver('disc-candidacy-checklist', await snippet('checklist'));
    for (const frame of frames) expect(frame.busy).to.equal(false);
    const root = el.shadowRoot;
    expect(root.querySelectorAll('form').length).to.equal(1);
    root.querySelector<HTMLInputElement>('input[name="q-bladder-bowel"][value="yes"]')!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(root.querySelector('[part~="result"]')!.getAttribute('role')).to.equal('alert');
  });
});

describe('static export: the command line', () => {
  it('names the built-in studies when given an unknown one', async () => {
    const run = await cli('render', 'card', 'nope-2020');
    expect(run.status).to.equal(1);
    expect(run.stdout).to.equal('');
    expect(run.stderr).to.include('unknown study "nope-2020"');
    expect(run.stderr).to.include('bates-2022');
  });

  it('refuses an unknown widget, theme or language, with a message saying which', async () => {
    const widget = await cli('render', 'poster', 'bates-2022');
    expect(widget.stderr).to.include('unknown widget "poster"');
    const theme = await cli('render', 'card', 'bates-2022', '--theme', 'pink');
    expect(theme.stderr).to.include('unknown theme "pink"');
    const lang = await cli('render', 'card', 'bates-2022', '--lang', 'fr');
    expect(lang.stderr).to.include('unsupported language "fr"');
    const level = await cli('render', 'card', 'bates-2022', '--heading-level', '9');
    expect(level.stderr).to.include('heading level must be 1 to 6');
    for (const run of [widget, theme, lang, level]) expect(run.status).to.equal(1);
  });

  it('prints its usage', async () => {
    const run = await cli('--help');
    expect(run.status).to.equal(0);
    expect(run.stdout).to.include('disc-evidence render <card|timeline|checklist|overview>');
  });

  it('leaves the plain copy out when asked', async () => {
    const html = await snippet('card', 'bates-2022', '--no-fallback');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('disc-evidence-card > div')).to.equal(null);
  });
});
