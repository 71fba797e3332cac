/**
 * All four widgets, from the one-script-tag file, on a page served with the strict policy the
 * README gives sites (see STRICT_CSP in web-test-runner.config.mjs). `npm test` builds first.
 */
import { expect } from '@open-wc/testing';
import { openFrame, paintedPixelCount, until, visibleText, widgetsReady, type Frame } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
type CspWindow = Window & typeof globalThis & { violations: string[] };

async function openStrictPage(): Promise<Frame<CspWindow>> {
  const opened = await openFrame<CspWindow>({ src: '/test/csp/index.html' });
  await widgetsReady(opened.win, opened.doc);
  return opened;
}

describe('under a strict Content Security Policy with Trusted Types', () => {
  it('shows all four widgets, draws the charts, reacts to input, with no violation', async () => {
    const { frame, win, doc } = await openStrictPage();
    const get = (id: string) => doc.getElementById(id) as Widget;
    const shadow = (id: string) => get(id).shadowRoot!;

    expect(visibleText(get('catalog'))).to.contain('Participants 9');
    expect(visibleText(get('own'))).to.contain('Example data, not a real study');
    expect(Boolean(shadow('bad').querySelector('[part~="error"]')), 'error state for a bad id').to.equal(true);
    for (const id of ['milestones', 'trajectory']) {
      get(id).scrollIntoView(); // charts are drawn only on or near the screen
      const canvas = shadow(id).querySelector('canvas')!;
      await until(() => paintedPixelCount(canvas) > 500, `${id} drawn`);
    }
    expect(visibleText(get('checklist'))).to.contain('25 questions left to answer');
    expect(visibleText(get('overview'))).to.contain('This site chose 2 of the 17 studies');
    shadow('overview').querySelector<HTMLButtonElement>('[part~="open-button"]')!.click();
    await until(
      () =>
        Boolean(
          shadow('overview').querySelector('disc-evidence-card')?.shadowRoot?.querySelector('[part~="findings"]'),
        ),
      'a card opened in the overview',
    );

    shadow('catalog').querySelector<HTMLButtonElement>('[part~="expand-button"]')!.click();
    shadow('checklist').querySelector<HTMLInputElement>('input[value="yes"]')!.click();
    shadow('milestones').querySelectorAll<HTMLButtonElement>('[part~="switch"] button')[1]!.click();
    await Promise.all(['catalog', 'checklist', 'milestones'].map((id) => get(id).updateComplete));
    expect(Boolean(shadow('catalog').querySelector('[part~="limitations"]')), 'card expanded').to.equal(true);
    expect(visibleText(get('checklist'))).to.contain('Call your emergency number');
    expect(shadow('milestones').querySelector('[part~="table"]')!.classList.contains('visually-hidden')).to.equal(
      false,
    );

    expect(win.violations).to.deep.equal([]);
    frame.remove();
  });

  it('is a page where the policy really holds', async () => {
    const { frame, win, doc } = await openStrictPage();
    // An inline style attribute is refused and reported: the policy is in force, so the test above
    // would have seen any violation of ours.
    const probe = doc.createElement('p');
    probe.setAttribute('style', 'color: rgb(255, 0, 0)');
    doc.body.append(probe);
    await until(() => win.violations.length > 0, 'violation reported');
    expect(win.getComputedStyle(probe).color).not.to.equal('rgb(255, 0, 0)');
    // Where the engine enforces Trusted Types, markup from a plain string is refused.
    if ('trustedTypes' in win) {
      expect(() => {
        // eslint-disable-next-line no-restricted-syntax -- the point: a string sink the policy must refuse
        doc.createElement('div').innerHTML = '<b>string</b>';
      }).to.throw();
    }
    frame.remove();
  });
});
