/**
 * What a host page can rely on: a widget that fails never takes the page down with it, and a page
 * full of widgets talks to no one but its own server and leaves nothing behind in the browser.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/index.js';
import { mount, openFrame, part, until, visibleText, widgetsReady } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
type WidgetClass = CustomElementConstructor & { prototype: { renderContent(): unknown } };

describe('a widget that fails to render', () => {
  for (const tag of ['disc-evidence-card', 'disc-outcome-timeline', 'disc-candidacy-checklist']) {
    it(`${tag}: shows its own error state and leaves the rest of the page working`, async () => {
      const Base = customElements.get(tag) as unknown as WidgetClass;
      const brokenTag = `broken-${tag}`;
      if (!customElements.get(brokenTag)) {
        class Broken extends Base {
          renderContent(): never {
            throw new Error('forced failure');
          }
        }
        customElements.define(brokenTag, Broken as unknown as CustomElementConstructor);
      }
      const broken = document.createElement(brokenTag) as Widget;
      const healthy = document.createElement(tag) as Widget;
      broken.setAttribute('studies', 'gornet-2024');
      broken.setAttribute('study', 'bates-2022');
      healthy.setAttribute('studies', 'gornet-2024');
      healthy.setAttribute('study', 'bates-2022');
      let clicks = 0;
      const { el, errors, escaped } = await mount<HTMLElement>(
        html`<section>
          <button @click=${() => (clicks += 1)}>A button of the page</button>
        </section>`,
      );
      el.append(broken, healthy);
      await Promise.all([broken.updateComplete, healthy.updateComplete]);
      await until(() => Boolean(part(broken, 'error')), 'error state shown');

      expect(part(broken, 'error')!.getAttribute('role')).to.equal('alert');
      expect(visibleText(broken)).to.contain('Something went wrong while showing this');
      expect(errors.map((e) => e.code)).to.deep.equal(['render']);
      expect(Boolean(part(healthy, 'error')), 'the healthy widget fails too').to.equal(false);
      expect(visibleText(healthy).length).to.be.greaterThan(100);
      el.querySelector('button')!.click();
      expect(clicks).to.equal(1);
      expect(escaped).to.deep.equal([]);
    });
  }
});

describe('privacy', () => {
  it('a page with all three widgets, used, talks only to its own server and stores nothing', async () => {
    const storageBefore = [localStorage.length, sessionStorage.length, document.cookie];
    const { frame, win, doc } = await openFrame({ src: '/demo/index.html' }, { width: 1000, height: 3000 });
    const widgets = (await widgetsReady(win, doc)) as Widget[];

    // Use everything a reader can use.
    const compact = doc.querySelector<Widget>('disc-evidence-card[variant="compact"]')!;
    part(compact, 'expand-button')!.click();
    const checklist = doc.querySelector<Widget>('disc-candidacy-checklist')!;
    for (const input of checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input[value="no"]')) input.click();
    part(checklist, 'copy-button')?.click();
    const timeline = doc.querySelector<Widget>('disc-outcome-timeline')!;
    part(timeline, 'switch')!.querySelectorAll('button')[1]!.click();
    await Promise.all(widgets.map((el) => el.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 200));

    const requests = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    expect(requests.length, 'requests seen').to.be.greaterThan(5);
    expect(requests.filter((r) => new URL(r.name).origin !== location.origin).map((r) => r.name)).to.deep.equal([]);
    expect(requests.filter((r) => r.initiatorType === 'beacon').map((r) => r.name)).to.deep.equal([]);
    expect([win.localStorage.length, win.sessionStorage.length, doc.cookie]).to.deep.equal(storageBefore);
    if ('databases' in win.indexedDB) expect(await win.indexedDB.databases()).to.deep.equal([]);
    frame.remove();
  });
});
