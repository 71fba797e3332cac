import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import { inBox, part } from '../helpers.js';

// Runs in Chromium and Firefox with the browser's minimum font size set to 16 px (the
// `minimum-font-size` group in web-test-runner.config.mjs), as readers with low vision set it.

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const MINIMUM = 16;

const WIDGETS: Array<[string, () => ReturnType<typeof html>]> = [
  ['a full card', () => html`<disc-evidence-card study="bates-2022"></disc-evidence-card>`],
  ['a compact card', () => html`<disc-evidence-card study="gornet-2024" variant="compact"></disc-evidence-card>`],
  ['a timeline', () => html`<disc-outcome-timeline studies="bates-2022" journey></disc-outcome-timeline>`],
  ['a checklist', () => html`<disc-candidacy-checklist></disc-candidacy-checklist>`],
  [
    'an overview',
    () => html`<disc-evidence-overview studies="gornet-2024 mesoblast-msb-dr003"></disc-evidence-overview>`,
  ],
];

/** A line of sample text, at a size or at the size of the text where it is placed. */
function probe(fontSize: string | undefined, into: Node = document.body): HTMLSpanElement {
  const span = document.createElement('span');
  // Out of the flow and as wide as its text, whatever layout it is placed in. Without a size it
  // takes the size of the text where it is placed.
  span.setAttribute(
    'style',
    `white-space: nowrap; position: absolute; width: max-content;${fontSize ? ` font-size: ${fontSize}` : ''}`,
  );
  span.textContent = 'Hamburgefonstiv';
  into.appendChild(span);
  return span;
}

/**
 * The size text is drawn at, in px: the width of a sample in the element's own font, against the
 * same sample drawn at 100 px. Firefox reports the size before the minimum is applied.
 */
function renderedSize(node: HTMLElement): number {
  const sample = probe(undefined, node);
  const reference = probe('100px', document.body);
  const size = (sample.getBoundingClientRect().width / reference.getBoundingClientRect().width) * 100;
  sample.remove();
  reference.remove();
  return size;
}

/** Every element in a shadow root (and nested ones) that holds text of its own, and is shown. */
function textHolders(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter(
    (node) =>
      [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) &&
      node.getClientRects().length > 0,
  );
}

describe(`under the browser's minimum font size (${MINIMUM} px)`, () => {
  const root = document.documentElement;
  before(() => {
    root.style.fontSize = '62.5%';
  });
  after(() => {
    root.style.fontSize = '';
  });
  afterEach(() => {
    for (const box of [...document.body.children]) if (box.localName === 'div') box.remove();
  });

  it('is in effect in this browser', () => {
    // Drawn text, not the computed value: Firefox applies the minimum when it draws.
    expect(renderedSize(probe('8px')), 'the minimum font size the test group sets').to.be.at.least(MINIMUM - 0.5);
  });

  for (const [name, make] of WIDGETS) {
    it(`${name}: no text smaller than the minimum, nothing wider than its column, no clipped control`, async () => {
      // A theme with a 62.5% root and small body text: 0.8rem is 8 px.
      const el = await inBox<Widget>(make(), { fontSize: '0.8rem', width: '360px' });
      const shadow = el.shadowRoot!;
      const small = textHolders(shadow)
        .map((node) => ({
          text: node.textContent!.trim().slice(0, 40),
          size: renderedSize(node),
        }))
        .filter(({ size }) => size < MINIMUM - 0.5);
      expect(small, 'text below the minimum').to.deep.equal([]);

      const base = part(el, 'base')!;
      expect(base.scrollWidth, 'the widget fits its 360 px column').to.be.at.most(base.clientWidth + 1);
      for (const control of shadow.querySelectorAll<HTMLElement>('button, summary, label')) {
        if (control.getClientRects().length === 0) continue;
        const what = control.textContent!.trim().slice(0, 40);
        expect(control.scrollWidth, `"${what}" is not cut off`).to.be.at.most(control.clientWidth + 1);
      }
      for (const button of shadow.querySelectorAll<HTMLElement>('button')) {
        if (button.getClientRects().length === 0) continue;
        expect(button.getBoundingClientRect().height, 'a finger-sized target').to.be.at.least(44);
      }
    });
  }
});
