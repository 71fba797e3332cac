import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

interface Hydration {
  errors: string[];
  frames: number;
  blankFrames: number;
  errorFrames: number;
  done: boolean;
}

describe('React server rendering with Lit’s React integration', () => {
  it('sends each widget’s content in the server HTML, then hydrates without a mismatch or a flash', async function () {
    this.timeout(60_000);
    const html = await (await fetch('/test-server/react-ssr')).text();
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${html}<script type="module" src="/test/react/ssr-client.ts"></script></body></html>`;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { hydration?: Hydration };
    const doc = frame.contentDocument!;
    // The server's declarative shadow roots are there, with their text.
    const card = doc.querySelector('disc-evidence-card')!;
    expect(card.shadowRoot?.textContent).to.contain('A single-group study of 9 people');
    expect(doc.querySelector('disc-outcome-timeline')!.shadowRoot?.textContent).to.contain('What was reported');
    const overview = doc.querySelector('disc-evidence-overview')!;
    expect(overview.shadowRoot?.textContent).to.contain('This site chose 2 of the 17 studies');
    await until(() => Boolean(win.hydration?.done), 'hydration and 60 frames', 30_000);
    await until(() => Boolean(win.customElements.get('disc-evidence-card')), 'the elements to be defined');
    const report = win.hydration!;
    expect(report.errors, report.errors.join('\n')).to.deep.equal([]);
    expect(report.blankFrames, 'frames without the card’s content').to.equal(0);
    expect(report.errorFrames, 'frames in which a widget showed an error').to.equal(0);
    // The widgets took over: the card answers its buttons.
    await until(() => Boolean(card.shadowRoot?.querySelector('[part~="copy-button"]')), 'the card to take over');
    await until(() => Boolean(win.customElements.get('disc-evidence-overview')), 'the overview to be defined');
    expect(overview.shadowRoot!.querySelectorAll('[part~="study"]').length).to.equal(2);
    frame.remove();
  });
});
