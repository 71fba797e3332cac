/**
 * Pseudo-localization: a made-up language, "xx", generated from the English packs (every string
 * accented and bracketed), added the way a real language is added (a line in each pack's table
 * and its loading lines), then every widget rendered through it. Any English word a reader sees
 * outside the brackets is a UI string that did not come from the packs — a hard-coded text —
 * unless it is data (a study's own texts, the criteria, a citation), which stays as written.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/index.js';
import { CATALOG_IDS } from '../src/data/catalog/ids.js';
import { getCatalogStudy } from '../src/data/catalog/index.js';
import { loadCriteriaSet } from '../src/data/criteria/index.js';
import { CHECKLIST_LANGUAGES } from '../src/locales/checklist.js';
import enChecklist from '../src/locales/en/checklist.js';
import enErrors from '../src/locales/en/errors.js';
import enOverview from '../src/locales/en/overview.js';
import enStudy from '../src/locales/en/study.js';
import enTimeline from '../src/locales/en/timeline.js';
import { ERROR_LANGUAGES } from '../src/locales/errors.js';
import { LOADING } from '../src/locales/languages.js';
import { OVERVIEW_LANGUAGES } from '../src/locales/overview.js';
import { STUDY_LANGUAGES } from '../src/locales/study.js';
import { TIMELINE_LANGUAGES } from '../src/locales/timeline.js';
import { mount, until } from './helpers.js';

const ACCENTS: Record<string, string> = Object.fromEntries(
  [...'aeiouAEIOUcnsyzCNSYZ'].map((letter, i) => [letter, [...'áéíóúÁÉÍÓÚçñšýžÇÑŠÝŽ'][i]!]),
);

/** "Hello" → "⟦Ĥéļļó⟧": still readable, never English, and easy to find. */
const pseudoText = (text: string) => `⟦${[...text].map((c) => ACCENTS[c] ?? c).join('')}⟧`;

function pseudo<T>(value: T): T {
  if (typeof value === 'string') return pseudoText(value) as T;
  if (typeof value === 'function') {
    return ((...args: unknown[]) => pseudoText(String((value as (...a: unknown[]) => unknown)(...args)))) as T;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, pseudo(entry)])) as T;
  }
  return value;
}

/** Identifiers and Latin abbreviations of a citation, the same in every language. */
const UNIVERSAL = new Set(['doi', 'PMID', 'PMCID', 'PMC', 'et', 'al', 'NCT']);

/** Every word of every text in the data shown: what may stay in English. */
const dataWords = new Set<string>();
function collectWords(value: unknown): void {
  if (typeof value === 'string') for (const word of value.match(/[A-Za-z]{2,}/g) ?? []) dataWords.add(word);
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collectWords);
}

/** The words a reader sees (text and labels) that are neither bracketed nor data. */
function untranslated(el: Element): string[] {
  const root = el.shadowRoot!;
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('style')) texts.push(node.textContent ?? '');
  }
  for (const labelled of root.querySelectorAll('[aria-label]')) texts.push(labelled.getAttribute('aria-label') ?? '');
  /** The text without its bracketed parts, innermost first: a pseudo text may hold another. */
  const outside = (text: string): string => {
    const stripped = text.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    return stripped === text ? text : outside(stripped);
  };
  return texts.flatMap((text) =>
    (outside(text).match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !dataWords.has(word) && !UNIVERSAL.has(word)),
  );
}

describe('pseudo-localization: every text a widget shows comes from its language packs', () => {
  before(async () => {
    LOADING.xx = pseudo(LOADING.en!);
    STUDY_LANGUAGES.xx = () => Promise.resolve({ default: pseudo(enStudy) });
    CHECKLIST_LANGUAGES.xx = () => Promise.resolve({ default: pseudo(enChecklist) });
    TIMELINE_LANGUAGES.xx = () => Promise.resolve({ default: pseudo(enTimeline) });
    ERROR_LANGUAGES.xx = () => Promise.resolve({ default: pseudo(enErrors) });
    OVERVIEW_LANGUAGES.xx = () => Promise.resolve({ default: pseudo(enOverview) });
    for (const id of CATALOG_IDS) collectWords(await getCatalogStudy(id));
    collectWords(await loadCriteriaSet('ddd-msc'));
  });
  after(() => {
    for (const table of [
      LOADING,
      STUDY_LANGUAGES,
      CHECKLIST_LANGUAGES,
      TIMELINE_LANGUAGES,
      ERROR_LANGUAGES,
      OVERVIEW_LANGUAGES,
    ]) {
      delete (table as Record<string, unknown>).xx;
    }
  });

  type Widget = HTMLElement & { updateComplete: Promise<boolean> };
  const shown = async (template: ReturnType<typeof html>) => {
    const { el: box } = await mount<Widget>(html`<div lang="xx">${template}</div>`);
    const el = box.firstElementChild as Widget;
    await until(() => (el.shadowRoot?.textContent ?? '').includes('⟦'), 'pseudo texts shown');
    await el.updateComplete;
    return el;
  };

  for (const id of CATALOG_IDS) {
    it(`card ${id}, full and compact`, async () => {
      expect(untranslated(await shown(html`<disc-evidence-card study=${id}></disc-evidence-card>`))).to.deep.equal([]);
      const compact = await shown(html`<disc-evidence-card study=${id} variant="compact"></disc-evidence-card>`);
      expect(untranslated(compact)).to.deep.equal([]);
    });
  }

  it('timeline: milestones with the journey, and its table', async () => {
    const el = await shown(
      html`<disc-outcome-timeline
        studies="gornet-2024 xie-2021 bates-2022 idct-phase-3"
        journey
      ></disc-outcome-timeline>`,
    );
    expect(untranslated(el)).to.deep.equal([]);
  });

  it('overview: every study, its filters, and a full card opened in place', async () => {
    const el = await shown(html`<disc-evidence-overview></disc-evidence-overview>`);
    expect(untranslated(el)).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="open-button"]')!.click();
    const card = () => el.shadowRoot!.querySelector('disc-evidence-card');
    await until(() => (card()?.shadowRoot?.textContent ?? '').includes('⟦'), 'the card in pseudo texts');
    expect(untranslated(el)).to.deep.equal([]);
    expect(untranslated(card()!)).to.deep.equal([]);
  });

  it('checklist: questions, then the urgent and the possible result', async () => {
    const el = await shown(html`<disc-candidacy-checklist cta-href="/book"></disc-candidacy-checklist>`);
    expect(untranslated(el)).to.deep.equal([]);
    const choose = (name: string, value: string) =>
      el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="q-${name}"][value="${value}"]`)!.click();
    choose('saddle-numbness', 'unsure');
    await el.updateComplete;
    expect(untranslated(el)).to.deep.equal([]);
    const set = await loadCriteriaSet('ddd-msc');
    for (const q of set.redFlags) choose(q.id, 'no');
    for (const q of set.requirements) choose(q.id, q.fits);
    for (const q of set.exclusions) choose(q.id, 'no');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="cta"]')).not.to.equal(null);
    expect(untranslated(el)).to.deep.equal([]);
  });

  it('an error message', async () => {
    const el = await shown(html`<disc-evidence-card study="no-such-study"></disc-evidence-card>`);
    await until(() => Boolean(el.shadowRoot!.querySelector('[part~="error"]')), 'error shown');
    await until(() => (el.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '').includes('⟦'), 'in xx');
    expect(untranslated(el)).to.deep.equal([]);
  });
});
