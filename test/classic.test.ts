/**
 * The classic-script file as a tag manager or an old CMS inserts it: a plain `<script src>`, added
 * by another script after the page has loaded, with no `type="module"`.
 */
import { expect } from '@open-wc/testing';
import { openFrame, until, widgetsReady } from './helpers.js';

const TAG_MANAGER = `<!doctype html><html lang="en"><body>
<disc-evidence-card study="bates-2022"></disc-evidence-card>
<disc-candidacy-checklist lang="es"></disc-candidacy-checklist>
<script>
  window.warnings = [];
  const warn = console.warn;
  console.warn = (...args) => { window.warnings.push(args.join(' ')); warn(...args); };
  window.addEventListener('load', () => {
    const script = document.createElement('script');
    script.src = '/dist/cdn/disc-evidence.classic.js';
    document.body.append(script);
  });
</script>
</body></html>`;

describe('the classic-script file', () => {
  it('works when a tag manager inserts it after the page has loaded', async () => {
    const { frame, win, doc } = await openFrame<Window & typeof globalThis & { warnings: string[] }>({
      srcdoc: TAG_MANAGER,
    });
    await until(() => Boolean(win.customElements.get('disc-evidence-card')), 'card defined', 10_000);
    await until(() => Boolean(win.customElements.get('disc-candidacy-checklist')), 'checklist defined', 10_000);
    const [card, checklist] = await widgetsReady(win, doc);
    expect(card!.shadowRoot!.textContent).to.contain('Less average pain');
    await until(() => (checklist!.shadowRoot!.textContent ?? '').includes('Sí'), 'Spanish checklist', 5000);
    const script = doc.querySelector('script[src$="disc-evidence.classic.js"]') as HTMLScriptElement;
    expect(script.type).to.equal('');
    expect(win.warnings).to.deep.equal([]);
    frame.remove();
  });
});
