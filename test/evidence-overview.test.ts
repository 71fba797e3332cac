import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../src/evidence-overview.js';
import type { DiscEvidenceOverview } from '../src/evidence-overview.js';
import { CATALOG_IDS } from '../src/data/catalog/ids.js';
import { inBox, mount, part, parts, until, visibleText, whilePrinting } from './helpers.js';

type Overview = DiscEvidenceOverview;

async function overview(template = html`<disc-evidence-overview></disc-evidence-overview>`) {
  const mounted = await mount<Overview>(template);
  await until(() => parts(mounted.el, 'study').length > 0 || mounted.errors.length > 0, 'the studies');
  return mounted;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: Overview) => el.shadowRoot!;

/** The heading of each group shown, in order. */
const groups = (el: Overview) => parts(el, 'group').map((group) => text(group.querySelector('[role=heading]')));

/** Each study's name, as its heading reads. */
const names = (el: Overview) => parts(el, 'study').map((study) => text(study.querySelector('[role=heading]')));

/** The study whose heading starts with this name. */
function study(el: Overview, name: string): HTMLElement {
  const found = parts(el, 'study').find((s) => text(s.querySelector('[role=heading]')).startsWith(name));
  if (!found) throw new Error(`no study named ${name}`);
  return found;
}

/** A study's facts as [label, value] pairs. */
const facts = (row: HTMLElement) =>
  [...row.querySelectorAll('.facts > div')].map((div) => [
    text(div.querySelector('dt')),
    text(div.querySelector('dd')),
  ]);

const showing = (el: Overview) => text(root(el).querySelector('[role=status]'));

describe('<disc-evidence-overview>', () => {
  it('shows every study in the catalog, grouped by the certainty of its main result', async () => {
    const { el, errors, warnings } = await overview();
    expect(parts(el, 'study')).to.have.length(CATALOG_IDS.length);
    expect(groups(el)).to.deep.equal([
      'Low certainty (3)',
      'Very low certainty (9)',
      'Certainty not rated (2)',
      'No results to rate (3)',
    ]);
    expect(names(el).slice(0, 3)).to.deep.equal(['Xie et al. 2021', 'Amirdelfan et al. 2021', 'Beall et al. 2020']);
    expect(showing(el)).to.equal('Showing 17 of 17 studies.');
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('opens with sentences counted from the studies, and the regulatory note', async () => {
    const { el } = await overview();
    expect(text(root(el).querySelector('[part=summary]'))).to.equal(
      '17 studies, 7 of them randomized; 2 are still running. ' +
        '10 point to a benefit: 3 with low certainty, 7 with very low certainty. ' +
        'None has high or moderate certainty. ' +
        '5 show no clear benefit, or a main result no one could check.',
    );
    expect(text(root(el).querySelector('[part=regulatory]'))).to.match(/^Not approved: the US FDA has not approved/);
    expect(root(el).querySelector('[part=chosen]')).to.equal(null);
  });

  it('says so when the site shows only some studies, and counts only those', async () => {
    const { el } = await overview(
      html`<disc-evidence-overview studies="haufe-2006 soufi-2023 gornet-2024"></disc-evidence-overview>`,
    );
    // By certainty, then in the order the site named them.
    expect(names(el)).to.deep.equal(['Haufe et al. 2006', 'Soufi et al. 2023', 'Gornet et al. 2024']);
    expect(text(root(el).querySelector('[part=summary]'))).to.equal(
      '3 studies, 1 of them randomized. 1 points to a benefit: 1 with very low certainty. ' +
        'None has high or moderate certainty. 2 show no clear benefit, or a main result no one could check.',
    );
    expect(text(root(el).querySelector('[part=chosen]'))).to.equal(
      'This site chose 3 of the 17 studies in the catalog; the others are not shown here.',
    );
  });

  it('gives each study its design, size, main result in GRADE words, main goal and who paid', async () => {
    const { el } = await overview();
    const gornet = study(el, 'Gornet et al. 2024');
    expect(text(gornet.querySelector('p.muted'))).to.equal('Randomized controlled trial · 60 · Disc progenitor cells');
    const gornetFacts = Object.fromEntries(facts(gornet));
    expect(gornetFacts['Main result']).to.contain('We are very uncertain whether the treatment reduces pain.');
    expect(gornetFacts['Main result']).to.contain('-62.8% from baseline');
    expect(gornetFacts['Main result']).to.contain('in this group only, not compared with the other groups');
    expect(gornetFacts['Main result']).to.contain('Certainty: very low');
    expect(gornetFacts['Main goal']).to.match(
      /^Pain \(VAS\) more than 30% lower on average at 52 weeks .*: met — Reached/,
    );
    expect(gornetFacts['Paid for by']).to.equal('Not reported');
    expect(gornetFacts.Groups).to.equal(
      'Treated: High dose, 9 million cells per mL (20) · Low dose (20); compared with: Vehicle (the cell-free solution) (10) · Placebo (10)',
    );

    const dr003 = Object.fromEntries(facts(study(el, 'Phase 3 randomized trial')));
    expect(dr003['Main goal']).to.contain(': not verified — No source we could read gives the result');
    expect(dr003['Main result']).to.not.match(/reduces|improves|may |probably/);
    expect(dr003['Paid for by']).to.equal('Mesoblast Ltd., the company that makes the treatment');
    expect(dr003.Groups).to.equal(
      'Treated: Cells alone, about 6 million cells (143) · Cells with hyaluronic acid, about 6 million cells (129); compared with: Saline (132)',
    );

    const dr004 = Object.fromEntries(facts(study(el, 'Confirmatory phase 3 trial')));
    expect(dr004['Main result']).to.equal('Ongoing — no results yet.');
    expect(dr004['Main goal']).to.equal('Change in average daily low back pain (VAS) at 12 months: result awaited');

    const amirdelfan = Object.fromEntries(facts(study(el, 'Amirdelfan et al. 2021')));
    expect(amirdelfan['Main result']).to.contain(
      'Source of this result: Company press release, January 2015, as reported in the news',
    );
    expect(amirdelfan['Main goal']).to.equal('Not named in the sources we checked');
    expect(amirdelfan.Groups).to.match(
      /; compared with: Hyaluronic acid alone · Saline — the size of some groups is not reported/,
    );
    // A single group has no row of groups.
    expect(Object.keys(Object.fromEntries(facts(study(el, 'Bates et al. 2022'))))).to.not.include('Groups');
  });

  it('narrows to randomized studies, to studies with results and to a kind of treatment, from the keyboard', async () => {
    const { el } = await overview();
    const [randomized, results] = root(el).querySelectorAll<HTMLInputElement>('[part=filters] input[type=checkbox]');
    randomized!.focus();
    await sendKeys({ press: ' ' });
    await until(() => showing(el) === 'Showing 7 of 17 studies.', 'randomized only');
    expect(names(el)).to.not.include('Bates et al. 2022');
    expect(names(el)).to.include('Beall et al. 2020');
    // A clinic page's claim of a randomized trial is not one nobody could check.
    expect(names(el).filter((name) => name.startsWith('Phase IIB randomized trial'))).to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(results);
    await sendKeys({ press: ' ' });
    await until(() => showing(el) === 'Showing 5 of 17 studies.', 'randomized with results');
    expect(groups(el)).to.not.include('No results to rate (1)');

    const select = root(el).querySelector('select')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal([
      '',
      'mesenchymal-cells',
      'disc-progenitor-cells',
      'bone-marrow-concentrate',
      'blood-forming-cells',
      'tissue-allograft',
      'several',
    ]);
    select.value = 'tissue-allograft';
    select.dispatchEvent(new Event('change'));
    await until(() => showing(el) === 'Showing 1 of 17 studies.', 'one kind');
    expect(names(el)).to.deep.equal(['Beall et al. 2020']);

    select.value = 'blood-forming-cells';
    select.dispatchEvent(new Event('change'));
    await until(() => showing(el) === 'No study matches these choices.', 'none');
    expect(parts(el, 'study')).to.deep.equal([]);
  });

  it("opens a study's full card in place, and closes it, from the keyboard", async () => {
    const { el } = await overview(
      html`<disc-evidence-overview studies="bates-2022" heading-level="3" theme="dark"></disc-evidence-overview>`,
    );
    const button = root(el).querySelector<HTMLButtonElement>('[part=open-button]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(text(button)).to.equal('Show the full card: Bates et al. 2022');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(
      () => Boolean(root(el).querySelector('disc-evidence-card')?.shadowRoot?.querySelector('[part~=findings]')),
      'the card',
    );
    const card = root(el).querySelector('disc-evidence-card')!;
    expect(card.getAttribute('study')).to.equal('bates-2022');
    expect(card.getAttribute('theme')).to.equal('dark');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).getElementById(button.getAttribute('aria-controls')!)!.contains(card)).to.equal(true);
    // Title at 3, group at 4, study at 5, the card's headline at 6.
    const levels = [...root(el).querySelectorAll('[role=heading]')].map((h) => h.getAttribute('aria-level'));
    expect(levels).to.deep.equal(['3', '4', '5']);
    expect(card.shadowRoot!.querySelector('[part~=headline]')!.getAttribute('aria-level')).to.equal('6');
    await sendKeys({ press: 'Enter' });
    await until(() => !root(el).querySelector('disc-evidence-card'), 'the card closed');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  for (const lang of ['en', 'es']) {
    it(`fits a 280 px column in ${lang === 'en' ? 'English' : 'Spanish'}: nothing reaches past its edge`, async () => {
      const el = await inBox<Overview>(html`<disc-evidence-overview lang=${lang}></disc-evidence-overview>`, {
        width: '280px',
      });
      await until(() => parts(el, 'study').length === 17, 'the studies');
      const edge = el.getBoundingClientRect().right;
      const past = [...root(el).querySelectorAll('*')]
        .filter((node) => node.getClientRects().length > 0 && node.getBoundingClientRect().right > edge + 1)
        .map((node) => `${node.localName}.${node.className}: ${text(node).slice(0, 30)}`);
      expect(past).to.deep.equal([]);
      el.parentElement!.remove();
    });
  }

  it('speaks Spanish: its own words, the studies’ texts and the numbers', async () => {
    const { el } = await overview(html`<disc-evidence-overview lang="es"></disc-evidence-overview>`);
    await until(() => text(root(el).querySelector('[role=heading]')) === 'La evidencia de un vistazo', 'Spanish');
    expect(text(root(el).querySelector('[part=summary]'))).to.match(
      /^17 estudios, 7 de ellos aleatorizados; 2 siguen en curso\. 10 apuntan a un beneficio: 3 con certeza baja, 7 con certeza muy baja\./,
    );
    expect(groups(el)[0]).to.equal('Certeza baja (3)');
    const dr003 = Object.fromEntries(facts(study(el, 'Ensayo aleatorizado de fase 3')));
    expect(dr003['Objetivo principal']).to.match(
      /^Éxito del tratamiento a los 12 y a los 24 meses.*: sin verificar — Ninguna fuente/,
    );
    const gornet = Object.fromEntries(facts(study(el, 'Gornet et al. 2024')));
    expect(gornet['Resultado principal']).to.contain('-62,8 % respecto al inicio');
    expect(visibleText(el)).to.not.contain('Main goal');
  });

  it('follows a change of language at once, keeping what the reader chose', async () => {
    const { el } = await overview(
      html`<disc-evidence-overview studies="mesoblast-msb-dr003 gornet-2024"></disc-evidence-overview>`,
    );
    root(el).querySelector<HTMLButtonElement>('[part=open-button]')!.click();
    await until(() => Boolean(root(el).querySelector('disc-evidence-card')), 'a card opened');
    el.setAttribute('lang', 'es');
    await until(() => text(root(el).querySelector('[role=heading]')) === 'La evidencia de un vistazo', 'Spanish');
    await until(
      () =>
        names(el).includes(
          'Ensayo aleatorizado de fase 3 con células precursoras de donante (rexlemestrocel-L) para el dolor lumbar crónico (MSB-DR003)',
        ),
      'the studies in Spanish',
    );
    expect(root(el).querySelector('disc-evidence-card'), 'the card stays open').not.to.equal(null);
    el.setAttribute('lang', 'en');
    await until(() => text(root(el).querySelector('[role=heading]')) === 'The evidence at a glance', 'English again');
  });

  it('prints every study it shows with the regulatory note, and none of its controls', async () => {
    const { el } = await overview();
    await whilePrinting(el, () => {
      const seen = (node: Element | null) => Boolean(node?.checkVisibility());
      expect(seen(part(el, 'filters')), 'filters').to.equal(false);
      expect(seen(root(el).querySelector('.showing')), 'the count of what is shown').to.equal(false);
      expect(parts(el, 'open-button').some(seen), 'a button').to.equal(false);
      expect(parts(el, 'study').filter(seen)).to.have.length(17);
      expect(seen(part(el, 'regulatory')), 'the regulatory note').to.equal(true);
      expect(seen(part(el, 'summary')), 'the summary').to.equal(true);
    });
  });

  it('reports an id the catalog lacks in the widget, and fires one disc-error', async () => {
    const { el, errors, escaped } = await overview(
      html`<disc-evidence-overview studies="bates-2022 no-such-study"></disc-evidence-overview>`,
    );
    await until(() => errors.length > 0, 'the error');
    expect(errors.map((e) => e.code)).to.deep.equal(['unknown-id']);
    expect(visibleText(el)).to.contain('no-such-study');
    expect(escaped).to.deep.equal([]);
    el.setAttribute('studies', 'bates-2022');
    await until(() => parts(el, 'study').length === 1, 'recovered');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme, with a card open`, async () => {
      const { el } = await overview(html`<disc-evidence-overview theme=${theme}></disc-evidence-overview>`);
      root(el).querySelector<HTMLButtonElement>('[part=open-button]')!.click();
      await until(
        () => Boolean(root(el).querySelector('disc-evidence-card')?.shadowRoot?.querySelector('[part~=findings]')),
        'the card',
      );
      await expect(el).to.be.accessible();
    });
  }
});
