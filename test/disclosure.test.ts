import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../src/index.js';
import { mount, part, until } from './helpers.js';

const WORDS = 'We offer this treatment at our clinic. <b>Book now</b>';

/** Each element, with what a reader must meet after the disclosure. */
const WIDGETS: Array<{ name: string; make: (disclosure?: string, lang?: string) => TemplateResult; after: string }> = [
  {
    name: 'card',
    make: (d, lang) =>
      html`<disc-evidence-card study="bates-2022" lang=${lang ?? 'en'} disclosure=${d ?? ''}></disc-evidence-card>`,
    after: 'findings',
  },
  {
    name: 'compact card',
    make: (d, lang) =>
      html`<disc-evidence-card
        study="bates-2022"
        variant="compact"
        lang=${lang ?? 'en'}
        disclosure=${d ?? ''}
      ></disc-evidence-card>`,
    after: 'finding',
  },
  {
    name: 'timeline',
    make: (d, lang) =>
      html`<disc-outcome-timeline
        studies="gornet-2024"
        lang=${lang ?? 'en'}
        disclosure=${d ?? ''}
      ></disc-outcome-timeline>`,
    after: 'chart',
  },
  {
    name: 'checklist',
    make: (d, lang) =>
      html`<disc-candidacy-checklist lang=${lang ?? 'en'} disclosure=${d ?? ''}></disc-candidacy-checklist>`,
    after: 'section',
  },
  {
    name: 'overview',
    make: (d, lang) =>
      html`<disc-evidence-overview
        studies="bates-2022"
        lang=${lang ?? 'en'}
        disclosure=${d ?? ''}
      ></disc-evidence-overview>`,
    after: 'study',
  },
];

/** The disclosure note: the labelled note a widget draws from `disclosure`. */
function note(el: Element): HTMLElement | undefined {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=note]')].find((p) =>
    /^(This site’s interest:|Interés de este sitio:)/.test(p.querySelector('b')?.textContent ?? ''),
  );
}

const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

for (const { name, make, after } of WIDGETS) {
  describe(`disclosure on the ${name}`, () => {
    it('shows nothing of it when the site gives none', async () => {
      const { el } = await mount(make());
      await until(() => Boolean(part(el, after)), `the ${name}'s content`);
      expect(note(el)).to.equal(undefined);
    });

    it("shows the site's words as given and as text, labelled, before the content", async () => {
      const { el, errors } = await mount(make(WORDS));
      await until(() => Boolean(note(el) && part(el, after)), `the ${name} with its disclosure`);
      const shown = note(el)!;
      expect(text(shown)).to.equal(`This site’s interest: ${WORDS}`);
      // The site's markup stays text: the only element inside is the label.
      expect(shown.querySelectorAll('*').length).to.equal(1);
      expect(shown.compareDocumentPosition(part(el, after)!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(errors).to.deep.equal([]);
    });

    it('cannot be styled away: it and its ancestors expose no part but the root, and page rules on every part leave it shown', async () => {
      const { el } = await mount(make(WORDS));
      await until(() => Boolean(note(el) && part(el, after)), `the ${name} with its disclosure`);
      const shown = note(el)!;
      for (let node: Element | null = shown; node; node = node.parentElement) {
        expect([null, 'base'], `part on <${node.localName}>`).to.include(node.getAttribute('part'));
      }
      const names = new Set(
        [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((p) => p.getAttribute('part')!.split(/\s+/)),
      );
      names.delete('base');
      const style = document.createElement('style');
      style.textContent = [...names].map((n) => `${el.localName}::part(${n}) { display: none !important; }`).join('\n');
      document.head.append(style);
      try {
        expect(part(el, after)!.checkVisibility(), 'page rules took effect').to.equal(false);
        expect(shown.checkVisibility()).to.equal(true);
        expect(shown.getBoundingClientRect().height).to.be.greaterThan(0);
      } finally {
        style.remove();
      }
    });

    it('speaks Spanish with the widget, and goes when the site removes it', async () => {
      const { el } = await mount(make('Ofrecemos este tratamiento.', 'es'));
      await until(() => text(note(el) ?? el).startsWith('Interés de este sitio: Ofrecemos'), 'the Spanish label');
      el.removeAttribute('disclosure');
      await until(() => note(el) === undefined, 'the note removed');
    });
  });
}
