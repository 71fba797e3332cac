import { expect } from '@open-wc/testing';
import '../src/index.js';
import { getCatalogStudy } from '../src/data/catalog/index.js';
import { loadCriteriaSet } from '../src/data/criteria/index.js';

/**
 * Built-in data that is already here (its module has run, as when the loader fetched it with the
 * element's code) shows in the widget's first render: no loading state in between.
 */
const widgets: Array<[tag: string, attribute: string, value: string]> = [
  ['disc-evidence-card', 'study', 'bates-2022'],
  ['disc-outcome-timeline', 'studies', 'gornet-2024 xie-2021'],
  ['disc-candidacy-checklist', 'criteria', 'ddd-msc'],
];

describe('first render with data already here', () => {
  before(async () => {
    await Promise.all([getCatalogStudy('bates-2022'), getCatalogStudy('gornet-2024'), getCatalogStudy('xie-2021')]);
    await loadCriteriaSet('ddd-msc');
  });

  for (const [tag, attribute, value] of widgets) {
    it(`<${tag}> shows its content without a loading state`, async () => {
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      el.setAttribute(attribute, value);
      document.body.append(el);
      const added: Node[] = [];
      const watch = new MutationObserver((records) => records.forEach((r) => added.push(...r.addedNodes)));
      watch.observe(el.shadowRoot!, { childList: true, subtree: true });
      try {
        await el.updateComplete;
        watch.takeRecords().forEach((r) => added.push(...r.addedNodes));
        const loading = added.filter((node) => node instanceof Element && node.matches('[aria-busy="true"]'));
        expect(loading.length, 'loading states rendered').to.equal(0);
        expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal(null);
      } finally {
        watch.disconnect();
        el.remove();
      }
    });
  }

  it('still names an id of the wrong kind as unknown (a criteria id given as a study)', async () => {
    const el = document.createElement('disc-evidence-card') as HTMLElement & { updateComplete: Promise<boolean> };
    el.setAttribute('study', 'ddd-msc');
    const warn = console.warn;
    console.warn = () => {};
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.include('ddd-msc');
    } finally {
      console.warn = warn;
      el.remove();
    }
  });
});
