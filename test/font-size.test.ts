import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/index.js';
import { inBox, until } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const WIDGETS: Array<[string, () => ReturnType<typeof html>]> = [
  ['disc-evidence-card', () => html`<disc-evidence-card study="bates-2022"></disc-evidence-card>`],
  ['disc-outcome-timeline', () => html`<disc-outcome-timeline studies="bates-2022"></disc-outcome-timeline>`],
  ['disc-candidacy-checklist', () => html`<disc-candidacy-checklist></disc-candidacy-checklist>`],
  [
    'disc-evidence-overview',
    () => html`<disc-evidence-overview studies="gornet-2024 haufe-2006"></disc-evidence-overview>`,
  ],
];

/**
 * The widget's base text size (its host's), the size of a paragraph inside it relative to that
 * base (the same whatever the root size, when every size is in em), and its first button's height.
 */
function sizes(el: Widget): { text: number; ratio: number; button: number } {
  const root = el.shadowRoot!;
  const base = parseFloat(getComputedStyle(el).fontSize);
  const paragraph = root.querySelector('p')!;
  return {
    text: base,
    ratio: parseFloat(getComputedStyle(paragraph).fontSize) / base,
    button: root.querySelector('button')!.getBoundingClientRect().height,
  };
}

describe('widget sizes follow the text around them, not the root font size', () => {
  const root = document.documentElement;
  afterEach(() => {
    root.style.fontSize = '';
    for (const box of [...document.body.children]) if (box.localName === 'div') box.remove();
  });

  for (const [tag, make] of WIDGETS) {
    it(`${tag}: 16 px text under a 62.5% root with a 1.6rem body, as themes often set`, async () => {
      const usual = sizes(await inBox<Widget>(make(), { fontSize: '16px' }));
      root.style.fontSize = '62.5%';
      const el = await inBox<Widget>(make(), { fontSize: '1.6rem' });
      const { text, ratio, button } = sizes(el);
      expect(text).to.be.closeTo(16, 0.5);
      // Text inside keeps its proportion to the base: nothing is sized from the root.
      expect(ratio).to.be.closeTo(usual.ratio, 0.01);
      // Buttons and choices keep a finger-sized target.
      expect(button).to.be.at.least(44);
    });

    it(`${tag}: 20 px text in a 20 px body, and --disc-font-size still sets it`, async () => {
      const big = await inBox<Widget>(make(), { fontSize: '20px' });
      expect(sizes(big).text).to.be.closeTo(20, 0.5);
      const set = await inBox<Widget>(make(), { fontSize: '20px' });
      set.style.setProperty('--disc-font-size', '14px');
      await until(() => Math.abs(sizes(set).text - 14) < 0.5, 'the custom property to apply');
      expect(sizes(set).text).to.be.closeTo(14, 0.5);
    });
  }
});
