import { expect } from '@open-wc/testing';
import { CATALOG_IDS } from '../../src/data/catalog/ids.js';
import { getCatalogStudy } from '../../src/data/catalog/index.js';
import { catalogTexts } from '../../src/data/catalog/texts.js';
import { effectOf, lowStart, wordingCertainty } from '../../src/data/certainty.js';
import type { Certainty, Outcome, Study } from '../../src/data/model.js';
import { describeOutcome } from '../../src/internal/describe-outcome.js';
import en from '../../src/locales/en/study.js';
import es from '../../src/locales/es/study.js';
import { studyTexts } from '../../src/locales/study.js';

const outcome = (o: Partial<Outcome>): Outcome => ({
  domain: 'pain',
  comparison: 'versus-control',
  finding: 'x',
  ...o,
});
const rct = { design: { kind: 'rct' as const }, comparator: 'Saline' };
const singleGroup = { design: { kind: 'single-arm' as const } };
const startingCertainty = (study: Parameters<typeof lowStart>[0], o: Outcome) => (lowStart(study, o) ? 'low' : 'high');

describe('where certainty starts (GRADE)', () => {
  it('starts high only for a comparison between randomized groups', () => {
    expect(startingCertainty(rct, outcome({}))).to.equal('high');
    expect(startingCertainty({ design: { kind: 'meta-analysis-rct' } }, outcome({}))).to.equal('high');
  });

  it('starts low for a change within one arm of a randomized trial, a single group, a count of people or a second-hand report', () => {
    expect(startingCertainty(rct, outcome({ comparison: 'change-from-baseline' }))).to.equal('low');
    expect(startingCertainty(rct, outcome({ comparison: 'responders' }))).to.equal('low');
    expect(startingCertainty(singleGroup, outcome({ comparison: 'change-from-baseline' }))).to.equal('low');
    expect(lowStart({ design: { kind: 'meta-analysis-cohort' } }, outcome({}))).to.equal('not-randomized');
    expect(lowStart(singleGroup, outcome({ comparison: 'responders' }))).to.equal('within-group');
    expect(
      lowStart({ design: { kind: 'secondary-report', reportedKind: 'rct' } }, outcome({})),
      'a claim of randomization nobody could check',
    ).to.equal('second-hand');
  });

  it('words a result nobody rated one level below where it starts', () => {
    expect(wordingCertainty(rct, outcome({}))).to.equal('moderate');
    expect(wordingCertainty(singleGroup, outcome({ comparison: 'change-from-baseline' }))).to.equal('very-low');
    expect(wordingCertainty(rct, outcome({ certainty: { level: 'high', reasons: [] } }))).to.equal('high');
  });
});

describe('the effect a result shows', () => {
  it('reads the direction from the number: lower pain or disability is better, a higher odds of harm is worse', () => {
    expect(effectOf(outcome({ scale: 'smd', value: -0.5, ci: [-0.68, -0.33] }))).to.deep.equal({
      direction: 'better',
      slight: false,
    });
    expect(effectOf(outcome({ domain: 'safety', scale: 'odds-ratio', value: 3.05, ci: [1.11, 8.4] }))).to.deep.equal({
      direction: 'worse',
      slight: false,
    });
    expect(effectOf(outcome({ scale: 'vas-100', value: 12 }))?.direction).to.equal('worse');
  });

  it('calls an effect size under half a standard deviation slight', () => {
    expect(effectOf(outcome({ domain: 'function', scale: 'smd', value: -0.27 }))).to.deep.equal({
      direction: 'better',
      slight: true,
    });
  });

  it('sizes a change within one group against the smallest change patients notice, never a difference between groups', () => {
    expect(effectOf(outcome({ comparison: 'change-from-baseline', scale: 'vas-100', value: -10 }))?.slight).to.equal(
      true,
    );
    expect(effectOf(outcome({ comparison: 'change-from-baseline', scale: 'vas-100', value: -20 }))?.slight).to.equal(
      false,
    );
    expect(effectOf(outcome({ scale: 'vas-100', value: -10 }))?.slight).to.equal(false);
  });

  it('finds no difference when the interval crosses no effect or the P value is 0.05 or more', () => {
    expect(effectOf(outcome({ scale: 'smd', value: -0.2, ci: [-0.5, 0.1] }))?.direction).to.equal('no-difference');
    expect(
      effectOf(outcome({ domain: 'safety', scale: 'odds-ratio', value: 1.4, ci: [0.7, 2.9] }))?.direction,
    ).to.equal('no-difference');
    expect(effectOf(outcome({ scale: 'percent', value: -20, p: '0.093' }))?.direction).to.equal('no-difference');
    expect(effectOf(outcome({ scale: 'percent', value: -20, p: '<0.05' }))?.direction).to.equal('better');
  });

  it('cannot tell from a count or a P value alone, unless the data says which way', () => {
    expect(effectOf(outcome({ responders: { count: 7, of: 9 } }))).to.equal(undefined);
    expect(effectOf(outcome({ p: '0.001' }))).to.equal(undefined);
    expect(effectOf(outcome({ responders: { count: 7, of: 9 }, direction: 'better' }))?.direction).to.equal('better');
  });
});

describe("GRADE's plain-language wording", () => {
  const levels: Certainty[] = ['high', 'moderate', 'low', 'very-low'];

  it('in English: "reduces", "probably reduces", "may reduce", "very uncertain whether … reduces"', () => {
    expect(levels.map((level) => en.effect(level, 'pain', 'better', false))).to.deep.equal([
      'The treatment reduces pain.',
      'The treatment probably reduces pain.',
      'The treatment may reduce pain.',
      'We are very uncertain whether the treatment reduces pain.',
    ]);
    expect(levels.map((level) => en.effect(level, 'function', 'better', true))).to.deep.equal([
      'The treatment improves everyday function slightly.',
      'The treatment probably improves everyday function slightly.',
      'The treatment may improve everyday function slightly.',
      'We are very uncertain whether the treatment improves everyday function.',
    ]);
    expect(levels.map((level) => en.effect(level, 'pain', 'no-difference', false))).to.deep.equal([
      'The treatment makes little or no difference to pain.',
      'The treatment probably makes little or no difference to pain.',
      'The treatment may make little or no difference to pain.',
      'We are very uncertain whether the treatment makes any difference to pain.',
    ]);
    expect(en.effect('low', 'safety', 'worse', false)).to.equal('The treatment may increase side effects.');
  });

  it('in Spanish: "reduce", "probablemente reduce", "podría reducir", "no sabemos si … reduce"', () => {
    expect(levels.map((level) => es.effect(level, 'pain', 'better', false))).to.deep.equal([
      'El tratamiento reduce el dolor.',
      'Probablemente el tratamiento reduce el dolor.',
      'El tratamiento podría reducir el dolor.',
      'No sabemos si el tratamiento reduce el dolor: la evidencia es muy incierta.',
    ]);
    expect(es.effect('low', 'function', 'better', true)).to.equal(
      'El tratamiento podría mejorar ligeramente la función en la vida diaria.',
    );
    expect(es.effect('moderate', 'pain', 'no-difference', false)).to.equal(
      'Probablemente el tratamiento tiene poco o ningún efecto sobre el dolor.',
    );
  });
});

/**
 * Words that claim an effect. A headline says what was studied, in whom and how many; the effect
 * of each key result is composed from its certainty, so a headline needs none of these.
 */
const EFFECT_WORDS: Record<string, RegExp> = {
  en: /\b(reduc\w*|eas(e|es|ed|ing)|cuts?|cutting|improv\w*|reliev\w*|lower(s|ed|ing)?|help(s|ed|ing)?|works?|effective\w*|benefit\w*|heal\w*|repair\w*|regenerat\w*|cur(e|es|ed)|likely|suggest\w*|prove[sn]?|shows?|gains?|better|best|drop\w*|fall(s|ing)?|fell)\b/i,
  es: /(reduc\w*|alivi\w*|mejor\w*|ayud\w*|funciona\w*|eficac\w*|eficaz|benefici\w*|cicatriz\w*|regener\w*|\bcura\w*|probabl\w*|sugier\w*|demuestr\w*|\bbaj(ar|a|an|ó|aron)\b|\bdisminu\w*)/i,
};

/** A hand-written text must never give the treatment itself an effect verb. */
const CAUSAL: Record<string, RegExp> = {
  en: /\b(the )?(cells?|treatment|injections?|therapy)\s+(reduc|eas|cut|improv|reliev|lower|help|work|heal|repair|regenerat)\w*/i,
  es: /\b(las células|el tratamiento|la inyección|la terapia)\s+(reduc|alivi|mejor|baj|ayud|funcion|cur|regener)\w*/i,
};

describe('hand-written catalog texts never claim more than the certainty allows', () => {
  before(async () => {
    await studyTexts.load('es');
  });

  for (const id of CATALOG_IDS) {
    for (const lang of ['en', 'es']) {
      it(`${id} (${lang}): the headline states no effect, and no text makes the treatment the subject of one`, async () => {
        const own = await getCatalogStudy(id);
        await catalogTexts.load(own, lang);
        const study: Study = catalogTexts.in(own, lang);
        expect(study.headline, 'headline').not.to.match(EFFECT_WORDS[lang]!);
        const written = [...study.outcomes.map((o) => o.finding), ...study.safety, ...study.limitations];
        for (const text of written) expect(text).not.to.match(CAUSAL[lang]!);
      });

      it(`${id} (${lang}): each key result's effect is worded at its certainty, never above`, async () => {
        const own = await getCatalogStudy(id);
        await catalogTexts.load(own, lang);
        const study = catalogTexts.in(own, lang);
        const msg = lang === 'es' ? es : en;
        const hedge: Record<Certainty, RegExp> =
          lang === 'es'
            ? { high: /^El tratamiento/, moderate: /^Probablemente/, low: /podría/, 'very-low': /^No sabemos/ }
            : { high: /^The treatment/, moderate: /probably/, low: / may /, 'very-low': /very uncertain/ };
        for (const o of study.outcomes.filter((x) => x.key)) {
          const { effect } = describeOutcome(msg, lang, o, study);
          if (effect === undefined) continue;
          const level = wordingCertainty(study, o);
          expect(effect, o.finding).to.match(hedge[level]);
          // Every built-in key result is rated, and none is rated above low.
          expect(o.certainty, o.finding).not.to.equal(undefined);
          expect(['low', 'very-low']).to.include(level);
        }
      });
    }
  }
});
