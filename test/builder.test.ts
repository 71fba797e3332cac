/**
 * The embed-code builder on the demo site (demo/builder.js): built from the manifest that the
 * build writes, so `npm test` builds first.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import {
  attributesFrom,
  controlsFor,
  createWidget,
  elementsIn,
  loadSources,
  snippet,
  STARTING_VALUES,
  type BuiltIns,
  type Manifest,
} from '../demo/builder.js';
import { openFrame, visibleText, widgetsReady } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

let manifest: Manifest;
let builtIns: BuiltIns;

before(async () => {
  ({ manifest, builtIns } = await loadSources(new URL('/', location.href).href));
});

async function settled(el: Element): Promise<void> {
  await customElements.whenDefined(el.localName);
  await (el as Widget).updateComplete;
}

/** Pastes the snippet into a blank page, as a site would, and returns its widget once drawn. */
async function paste(code: string, tag: string): Promise<Element> {
  const { win, doc } = await openFrame({ srcdoc: `<!doctype html><html lang="en"><body>${code}</body></html>` });
  await widgetsReady(win, doc);
  return doc.querySelector(tag)!;
}

describe('embed-code builder', () => {
  it('offers only attributes each element really observes, and every one the manifest lists', () => {
    for (const element of elementsIn(manifest)) {
      const tag = element.tagName!;
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      const offered = controlsFor(element, builtIns).map((control) => control.name);
      expect(
        offered.filter((name) => !observed.includes(name)),
        `${tag} offers`,
      ).to.deep.equal([]);
      const listed = (element.attributes ?? []).map((a) => a.name).filter((name) => name !== 'lang');
      expect(offered[0], `${tag} asks first`).to.equal('disclosure');
      expect([...offered].sort(), `${tag} offers every attribute`).to.deep.equal([...listed].sort());
    }
  });

  it('offers the built-in study ids and the values of each union type', () => {
    const card = elementsIn(manifest).find((e) => e.tagName === 'disc-evidence-card')!;
    const controls = controlsFor(card, builtIns);
    expect(controls.find((c) => c.name === 'study')!.choices.map((c) => c.value)).to.include('bates-2022');
    expect(controls.find((c) => c.name === 'variant')!.choices.map((c) => c.value)).to.deep.equal(['full', 'compact']);
    expect(controls.find((c) => c.name === 'theme')!.choices.map((c) => c.value)).to.deep.equal([
      'auto',
      'light',
      'dark',
    ]);
  });

  it('writes attributes safely: quotes escaped, empty values left out, booleans bare', () => {
    const timeline = elementsIn(manifest).find((e) => e.tagName === 'disc-outcome-timeline')!;
    const controls = controlsFor(timeline, builtIns);
    const attributes = attributesFrom(controls, { studies: 'xie-2021', journey: 'true', src: '', view: '' });
    expect(snippet('disc-outcome-timeline', attributes, '/x.js')).to.equal(
      '<script type="module" src="/x.js"></script>\n<disc-outcome-timeline studies="xie-2021" journey></disc-outcome-timeline>\n',
    );
    expect(snippet('disc-evidence-card', [['src', '/a"b<c>.json']], '/x.js')).to.contain(
      'src="/a&quot;b&lt;c&gt;.json"',
    );
  });

  const cases: Array<[string, Record<string, string>]> = [
    ['disc-evidence-card', { study: 'gornet-2024', variant: 'compact', theme: 'dark', 'heading-level': '2' }],
    ['disc-outcome-timeline', STARTING_VALUES['disc-outcome-timeline']],
    ['disc-candidacy-checklist', { ...STARTING_VALUES['disc-candidacy-checklist'], theme: 'light' }],
    ['disc-evidence-overview', { studies: 'gornet-2024 haufe-2006', 'heading-level': '3', disclosure: 'We sell it.' }],
  ];
  for (const [tag, values] of cases) {
    it(`a ${tag} snippet pasted into a blank page renders the same widget as the preview`, async () => {
      const element = elementsIn(manifest).find((e) => e.tagName === tag)!;
      const attributes = attributesFrom(controlsFor(element, builtIns), values);
      const preview = createWidget(tag, attributes);
      document.body.append(preview);
      await settled(preview);
      const pasted = await paste(snippet(tag, attributes, '/dist/cdn/disc-evidence.js'), tag);
      expect(visibleText(pasted).length).to.be.greaterThan(100);
      expect(visibleText(pasted)).to.equal(visibleText(preview));
      for (const [name, value] of attributes) expect(pasted.getAttribute(name)).to.equal(value);
      preview.remove();
    });
  }

  it('builds the snippet and the preview from the choices on the page', async () => {
    const { frame, doc } = await openFrame({ src: '/demo/builder.html' }, { width: 1200, height: 900 });
    for (let i = 0; i < 250 && !doc.querySelector('#builder[data-ready]'); i += 1)
      await new Promise((r) => setTimeout(r, 40));
    expect(Boolean(doc.querySelector('#builder[data-ready]')), 'builder ready').to.equal(true);

    expect(doc.querySelector<HTMLSelectElement>('#widget')!.value, 'first widget offered').to.equal(
      'disc-evidence-card',
    );
    const variant = doc.querySelector<HTMLSelectElement>('[data-name="variant"]')!;
    variant.value = 'compact';
    variant.dispatchEvent(new Event('change', { bubbles: true }));
    expect(doc.querySelector('#snippet')!.textContent).to.contain(
      '<disc-evidence-card study="bates-2022" variant="compact"></disc-evidence-card>',
    );
    expect(doc.querySelector('#preview disc-evidence-card')!.getAttribute('variant')).to.equal('compact');

    // The disclosure is asked first, says why, and reaches both the code and the preview.
    const first = doc.querySelector<HTMLElement>('#options .option')!;
    const disclosure = first.querySelector<HTMLTextAreaElement>('textarea[data-name="disclosure"]')!;
    expect(first.querySelector('label')!.textContent).to.contain('does your site offer or sell this treatment?');
    expect(doc.getElementById(disclosure.getAttribute('aria-describedby')!)!.textContent).to.contain(
      'weigh evidence differently',
    );
    disclosure.value = 'We offer this treatment for a fee.';
    disclosure.dispatchEvent(new Event('input', { bubbles: true }));
    expect(doc.querySelector('#snippet')!.textContent).to.contain(
      '<disc-evidence-card disclosure="We offer this treatment for a fee." study="bates-2022" variant="compact">',
    );
    const shown = doc.querySelector<Widget>('#preview disc-evidence-card')!;
    for (let i = 0; i < 100 && !visibleText(shown).includes('This site’s interest: We offer'); i += 1)
      await new Promise((r) => setTimeout(r, 40));
    expect(visibleText(shown)).to.contain('This site’s interest: We offer this treatment for a fee.');

    const widget = doc.querySelector<HTMLSelectElement>('#widget')!;
    widget.value = 'disc-candidacy-checklist';
    widget.dispatchEvent(new Event('change'));
    expect(doc.querySelector('#snippet')!.textContent).to.contain(
      '<disc-candidacy-checklist cta-href="/book" cta-label="Book a consultation"></disc-candidacy-checklist>',
    );
    expect(doc.querySelector('#snippet')!.textContent).to.match(
      /src="https:\/\/unpkg\.com\/disc-evidence@\d+\.\d+\.\d+\//,
    );
    frame.remove();
  });
});
