import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/index.js';
import { CATALOG_IDS } from '../src/data/catalog/ids.js';
import { getCatalogStudy } from '../src/data/catalog/index.js';
import batesEs from '../src/data/catalog/es/bates-2022.js';
import bmMscEs from '../src/data/catalog/es/bm-msc-phase-2b-2025.js';
import pettineEs from '../src/data/catalog/es/pettine-2015.js';
import haufeEs from '../src/data/catalog/es/haufe-2006.js';
import amirdelfanEs from '../src/data/catalog/es/amirdelfan-2021.js';
import dr003Es from '../src/data/catalog/es/mesoblast-msb-dr003.js';
import dr004Es from '../src/data/catalog/es/mesoblast-msb-dr004.js';
import kumarEs from '../src/data/catalog/es/kumar-2017.js';
import centenoEs from '../src/data/catalog/es/centeno-2017.js';
import beallEs from '../src/data/catalog/es/beall-2020.js';
import soufiEs from '../src/data/catalog/es/soufi-2023.js';
import herEs from '../src/data/catalog/es/her-2022.js';
import gornetEs from '../src/data/catalog/es/gornet-2024.js';
import idctEs from '../src/data/catalog/es/idct-phase-3.js';
import reviewEs from '../src/data/catalog/es/review-2025.js';
import xieEs from '../src/data/catalog/es/xie-2021.js';
import zhangEs from '../src/data/catalog/es/zhang-2023.js';
import type { StudyTexts } from '../src/data/catalog/texts.js';
import dddMscEs from '../src/data/criteria/es/ddd-msc.js';
import { loadCriteriaSet } from '../src/data/criteria/index.js';
import enChecklist from '../src/locales/en/checklist.js';
import enCommon from '../src/locales/en/common.js';
import enErrors from '../src/locales/en/errors.js';
import enLoading from '../src/locales/en/loading.js';
import enOverview from '../src/locales/en/overview.js';
import enTimeline from '../src/locales/en/timeline.js';
import en from '../src/locales/en/study.js';
import esChecklist from '../src/locales/es/checklist.js';
import esCommon from '../src/locales/es/common.js';
import esErrors from '../src/locales/es/errors.js';
import esLoading from '../src/locales/es/loading.js';
import esOverview from '../src/locales/es/overview.js';
import esTimeline from '../src/locales/es/timeline.js';
import es from '../src/locales/es/study.js';
import { complete } from '../src/locales/complete.js';
import { TextPack } from '../src/locales/pack.js';
import { mount, part, until, visibleText } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const SPANISH_STUDIES: Record<string, StudyTexts> = {
  'xie-2021': xieEs,
  'zhang-2023': zhangEs,
  'bates-2022': batesEs,
  'gornet-2024': gornetEs,
  'idct-phase-3': idctEs,
  'review-2025': reviewEs,
  'bm-msc-phase-2b-2025': bmMscEs,
  'pettine-2015': pettineEs,
  'haufe-2006': haufeEs,
  'amirdelfan-2021': amirdelfanEs,
  'mesoblast-msb-dr003': dr003Es,
  'mesoblast-msb-dr004': dr004Es,
  'kumar-2017': kumarEs,
  'centeno-2017': centenoEs,
  'beall-2020': beallEs,
  'soufi-2023': soufiEs,
  'her-2022': herEs,
};

/** Every string path of the English texts that the translation lacks. */
function missing(english: unknown, translation: unknown): string[] {
  const paths: string[] = [];
  complete(english, translation, '', paths);
  return paths;
}

/** Every string leaf, so a translation left in English can be found. */
function leaves(texts: unknown, path = ''): [string, string][] {
  if (typeof texts === 'string') return [[path, texts]];
  if (typeof texts !== 'object' || texts === null) return [];
  return Object.entries(texts).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

describe('Spanish', () => {
  describe('every string in both languages', () => {
    const packs: [string, unknown, unknown][] = [
      ['study', en, es],
      ['checklist', enChecklist, esChecklist],
      ['timeline', enTimeline, esTimeline],
      ['errors', enErrors, esErrors],
      ['common', enCommon, esCommon],
      ['loading', enLoading, esLoading],
      ['overview', enOverview, esOverview],
    ];
    for (const [name, english, spanish] of packs) {
      it(`${name}: no string missing, none left in English`, () => {
        expect(missing(english, spanish)).to.deep.equal([]);
        // Names that stay the same in Spanish.
        const names = ['links.pubmed'];
        const same = leaves(spanish).filter(
          ([path, text]) =>
            /[a-z]{4}/i.test(text) &&
            !names.includes(path) &&
            leaves(english).some(([p, t]) => p === path && t === text),
        );
        expect(same).to.deep.equal([]);
      });
    }

    for (const id of CATALOG_IDS) {
      it(`study ${id}: every plain-language text has a Spanish one`, async () => {
        const study = await getCatalogStudy(id);
        const texts = SPANISH_STUDIES[id]!;
        const need: [string, unknown, unknown][] = [
          // A title the catalog wrote (no journal) is translated; a paper's own title stays as published.
          ['title', study.journal === undefined ? study.title : undefined, texts.title],
          ['titleNote', study.titleNote, texts.titleNote],
          ['headline', study.headline, texts.headline],
          ['design.description', study.design.description, texts.design?.description],
          ['comparator', study.comparator, texts.comparator],
          ['population.condition', study.population.condition, texts.population?.condition],
          ['intervention.cellType', study.intervention.cellType, texts.intervention?.cellType],
          ['intervention.tissueSource', study.intervention.tissueSource, texts.intervention?.tissueSource],
          ['intervention.dose', study.intervention.dose, texts.intervention?.dose],
          ['intervention.delivery', study.intervention.delivery, texts.intervention?.delivery],
          ['provenance.reportedBy', study.provenance.reportedBy, texts.provenance?.reportedBy],
          ...study.outcomes.flatMap((outcome, i): [string, unknown, unknown][] => [
            [`outcomes[${i}].finding`, outcome.finding, texts.outcomes?.[i]?.finding],
            [`outcomes[${i}].measure`, outcome.measure, texts.outcomes?.[i]?.measure],
            [`outcomes[${i}].sourceNote`, outcome.sourceNote, texts.outcomes?.[i]?.sourceNote],
            [`outcomes[${i}].controlNote`, outcome.controlNote, texts.outcomes?.[i]?.controlNote],
            ...(outcome.certainty?.reasons ?? []).map((reason, j): [string, unknown, unknown] => [
              `outcomes[${i}].certainty[${j}]`,
              reason.note,
              texts.outcomes?.[i]?.certainty?.[j],
            ]),
          ]),
          ...study.safety.map((text, i): [string, unknown, unknown] => [`safety[${i}]`, text, texts.safety?.[i]]),
          ...study.limitations.map((text, i): [string, unknown, unknown] => [
            `limitations[${i}]`,
            text,
            texts.limitations?.[i],
          ]),
          ...(study.series ?? []).flatMap((series, i): [string, unknown, unknown][] => [
            [`series[${i}].label`, series.label, texts.series?.[i]?.label],
            [`series[${i}].measure`, series.measure, texts.series?.[i]?.measure],
          ]),
        ];
        const lacking = need.filter(([, english, spanish]) => english !== undefined && typeof spanish !== 'string');
        expect(lacking.map(([path]) => path)).to.deep.equal([]);
        expect(texts.outcomes?.length ?? 0).to.equal(study.outcomes.length);
        expect(texts.headline).not.to.equal(study.headline);
      });
    }

    it('the built-in checklist: every question, why we ask and source in Spanish', async () => {
      const set = await loadCriteriaSet('ddd-msc');
      const texts = dddMscEs;
      const questions = [...set.redFlags, ...set.requirements, ...set.exclusions, ...set.predictors];
      const lacking = questions
        .filter((q) =>
          ['text', 'why', 'source'].some((key) => typeof texts.questions?.[q.id]?.[key as 'text'] !== 'string'),
        )
        .map((q) => q.id);
      expect(lacking).to.deep.equal([]);
      expect(Object.keys(texts.questions ?? {}).sort()).to.deep.equal(questions.map((q) => q.id).sort());
      expect(typeof texts.title).to.equal('string');
    });
  });

  it('a missing string shows in English, with one console note, never a key', async () => {
    const notes: unknown[][] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => notes.push(args);
    try {
      const english = { greeting: 'Hello', nested: { bye: (name: string) => `Bye ${name}` } };
      const partial = () => Promise.resolve({ default: { greeting: 'Hola' } });
      const pack = new TextPack('test', english, { xx: partial });
      await pack.load('xx-YY');
      expect(pack.get('xx').greeting).to.equal('Hola');
      expect(pack.get('xx').nested.bye('Ana')).to.equal('Bye Ana');
      // The same pack and language loaded again elsewhere on the page: still one note.
      await new TextPack('test', english, { xx: partial }).load('xx');
      expect(notes).to.have.length(1);
      expect(String(notes[0]?.[0])).to.contain('nested.bye');
    } finally {
      console.info = info;
    }
  });

  it('a language without texts shows English', async () => {
    const { el } = await mount<Widget>(html`<disc-evidence-card study="bates-2022" lang="fr"></disc-evidence-card>`);
    expect(visibleText(el)).to.contain('What they found');
  });

  it('the card follows lang="es" on an ancestor, live, with Spanish numbers and dates', async () => {
    const { el: box } = await mount<Widget>(
      html`<div lang="es"><disc-evidence-card study="gornet-2024"></disc-evidence-card></div>`,
    );
    const card = box.querySelector('disc-evidence-card') as Widget;
    await until(() => visibleText(card).includes('Qué encontraron'), 'Spanish card');
    const text = visibleText(card);
    expect(text).to.contain('Ensayo controlado aleatorizado');
    expect(text).to.contain('células de disco de donante');
    expect(text).to.match(/-62,8\s% respecto al inicio/);
    expect(text).to.contain('de noviembre de 2026');
    expect(part(card, 'regulatory')!.textContent).to.contain('la FDA de EE. UU.');
    expect(text).to.contain('No sabemos si el tratamiento reduce el dolor: la evidencia es muy incierta.');
    expect(text).to.contain(
      'Certeza: muy baja — un cambio dentro de un solo grupo, por lo que parte de baja; 20 pacientes en este grupo',
    );
    expect(text).to.contain(
      'cambio desde antes del tratamiento; solo en este grupo, sin comparar con los otros grupos',
    );
    expect(text).to.contain('El grupo del vehículo también tuvo menos dolor');
    expect(text).to.contain('Sobre el título: «FDA-approved» significa aquí que la FDA autorizó');
    expect(text).to.contain('Un cambio dentro de un solo grupo no demuestra que el tratamiento lo causara.');
    box.lang = 'en';
    await until(() => visibleText(card).includes('What they found'), 'English card');
    expect(visibleText(card)).to.contain('-62.8% from baseline');
    card.lang = 'es';
    await until(() => visibleText(card).includes('Qué encontraron'), 'Spanish again, from its own lang');
  });

  it('a Spanish card has no English label left: registration, "reported by", titles the catalog wrote', async () => {
    for (const [id, expected] of [
      ['idct-phase-3', ['Registro del ensayo: NCT07254806', 'Programa de fase 3 de la terapia celular inyectable']],
      [
        'review-2025',
        [
          'Informado por: La página web de una clínica',
          'Revisión sistemática de estudios clínicos',
          'Estudios revisados 13',
        ],
      ],
      ['bm-msc-phase-2b-2025', ['Informado por: La página web de una clínica', 'Ensayo aleatorizado de fase IIB']],
    ] as const) {
      const { el } = await mount<Widget>(html`<disc-evidence-card study=${id} lang="es"></disc-evidence-card>`);
      await until(() => visibleText(el).includes('Qué encontraron'), `Spanish ${id}`);
      const text = visibleText(el);
      for (const words of expected) expect(text, id).to.contain(words);
      for (const english of [
        'Trial registration',
        'Reported by',
        'as described on',
        'Phase 3 program',
        'Systematic review of',
      ]) {
        expect(text, id).not.to.contain(english);
      }
    }
  });

  it('the xie-2021 card in Spanish says what the English says', async () => {
    const { el } = await mount<Widget>(html`<disc-evidence-card study="xie-2021" lang="es"></disc-evidence-card>`);
    await until(() => visibleText(el).includes('Qué encontraron'), 'Spanish card');
    const text = visibleText(el);
    expect(text).to.contain('El tratamiento podría reducir el dolor.');
    expect(text).to.contain('El tratamiento podría mejorar ligeramente la función en la vida diaria.');
    expect(text).to.contain('El tratamiento podría aumentar los efectos secundarios.');
    expect(text).to.contain('Certeza: baja — pocos ensayos pequeños; los resultados variaron de un ensayo a otro');
    expect(text).not.to.contain('algo más');
  });

  it('the timeline speaks Spanish in its summary, table, legend and switch', async () => {
    const { el } = await mount<Widget>(
      html`<disc-outcome-timeline studies="gornet-2024 bates-2022" journey lang="es-MX"></disc-outcome-timeline>`,
    );
    await until(() => visibleText(el).includes('Resultados en el tiempo de 2 estudios'), 'Spanish summary');
    const text = el.shadowRoot!.textContent ?? '';
    expect(text).to.contain('Gornet y cols. 2024');
    expect(text).to.contain('Qué esperar');
    expect(text).to.contain('Qué se informó');
    // Mexican Spanish writes decimals with a point: the locale's own rules, through Intl.
    expect(text).to.match(/-62\.8\s% respecto al inicio/);
    expect(part(el, 'switch')!.textContent).to.contain('Gráfico');
    el.lang = 'en';
    await until(() => visibleText(el).includes('Results over time from 2 studies'), 'English summary');
  });

  it('the checklist asks in Spanish and keeps the answers when the language changes', async () => {
    const { el } = await mount<Widget>(html`<disc-candidacy-checklist lang="es"></disc-candidacy-checklist>`);
    await until(() => visibleText(el).includes('señales que necesitan un médico'), 'Spanish checklist');
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="q-fever"][value="yes"]')!;
    expect(radio.parentElement!.textContent).to.contain('Sí');
    radio.click();
    await until(
      () => (el.shadowRoot!.textContent ?? '').includes('Consulte pronto a un médico'),
      `Spanish result, not ${part(el, 'result')?.textContent ?? 'no result'}`,
    );
    expect(part(el, 'result')!.textContent).to.contain('¿Tiene fiebre');
    el.lang = 'en';
    await until(
      () => (part(el, 'result')?.textContent ?? '').includes('Please see a doctor promptly'),
      'English result',
    );
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name="q-fever"][value="yes"]')!.checked).to.equal(
      true,
    );
  });

  it('an error message follows the language', async () => {
    const { el, warnings } = await mount<Widget>(
      html`<disc-evidence-card study="no-such-study" lang="es"></disc-evidence-card>`,
    );
    await until(() => Boolean(part(el, 'error')), 'error state');
    expect(part(el, 'error')!.textContent).to.contain('Nada de lo incluido tiene el id "no-such-study"');
    el.lang = 'en';
    await until(() => part(el, 'error')!.textContent!.includes('Nothing built in has the id'), 'English error');
    expect(warnings).to.have.length(1);
  });
});
