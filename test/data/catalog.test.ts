import { expect } from '@open-wc/testing';
import { CATALOG_IDS } from '../../src/data/catalog/ids.js';
import { getCatalogStudy } from '../../src/data/catalog/index.js';
import type { Outcome, Study } from '../../src/data/model.js';
import { validateStudy } from '../../src/data/validate-study.js';

const study = (id: (typeof CATALOG_IDS)[number]) => getCatalogStudy(id);
const keyOutcomes = (s: Study): Outcome[] => s.outcomes.filter((o) => o.key);

describe('built-in catalog', () => {
  it('has exactly the published ids, in catalog order', () => {
    expect([...CATALOG_IDS]).to.deep.equal([
      'xie-2021',
      'zhang-2023',
      'bates-2022',
      'gornet-2024',
      'idct-phase-3',
      'review-2025',
      'bm-msc-phase-2b-2025',
      'pettine-2015',
      'haufe-2006',
      'amirdelfan-2021',
      'mesoblast-msb-dr003',
      'mesoblast-msb-dr004',
      'kumar-2017',
      'centeno-2017',
      'beall-2020',
      'soufi-2023',
      'her-2022',
    ]);
  });

  for (const id of CATALOG_IDS) {
    it(`${id} passes the validator unchanged and is filed under its own id`, async () => {
      const entry = await study(id);
      const result = validateStudy(JSON.parse(JSON.stringify(entry)));
      expect(result.ok ? [] : result.errors).to.deep.equal([]);
      expect(result.ok && result.value).to.deep.equal(entry);
      expect(entry.id).to.equal(id);
    });
  }

  it('xie-2021: pooled RCTs, SMDs with their intervals, no invented counts', async () => {
    const s = await study('xie-2021');
    expect(s.design.kind).to.equal('meta-analysis-rct');
    const [pain, fn] = keyOutcomes(s);
    expect(pain).to.include({ scale: 'smd', value: -0.5, p: '<0.00001' });
    expect(pain!.ci).to.deep.equal([-0.68, -0.33]);
    expect(fn).to.include({ scale: 'smd', value: -0.27, p: '0.003' });
    expect(fn!.ci).to.deep.equal([-0.44, -0.09]);
    const pByMonth = s.outcomes
      .filter((o) => o.domain === 'pain' && o.timepoint)
      .map((o) => [o.timepoint!.value, o.p, o.value]);
    expect(pByMonth).to.deep.equal([
      [3, '0.001', undefined],
      [6, '0.01', undefined],
      [12, '0.02', undefined],
      [24, '0.002', undefined],
    ]);
    const adverse = s.outcomes.find((o) => o.scale === 'odds-ratio');
    expect(adverse).to.include({ value: 3.05, p: '0.03' });
    expect(adverse!.ci).to.deep.equal([1.11, 8.4]);
    expect(s.population.participants).to.equal(undefined);
    expect(s.population.studies).to.equal(undefined);
    expect(s.pmid).to.equal('34557231');
  });

  it('zhang-2023: 9 studies, 245 patients, changes from baseline, about 7% reoperation', async () => {
    const s = await study('zhang-2023');
    expect(s.population).to.include({ studies: 9, participants: 245 });
    expect(s.comparator).to.equal(undefined);
    const [pain, fn] = keyOutcomes(s);
    expect(pain).to.include({ comparison: 'change-from-baseline', scale: 'vas-100', value: -41.62 });
    expect(fn).to.include({ comparison: 'change-from-baseline', scale: 'odi', value: -22.04, p: '0.001' });
    const reoperation = s.outcomes.find((o) => o.measure === 'Reoperation');
    expect(reoperation).to.include({ scale: 'proportion', value: 0.074 });
    expect(reoperation!.ci).to.deep.equal([0.009, 0.175]);
  });

  it('bates-2022: 9 participants, 10 million cells, 7 of 9 with less pain at 12 months, no ODI numbers', async () => {
    const s = await study('bates-2022');
    expect(s.design.kind).to.equal('single-arm');
    expect(s.comparator).to.equal(undefined);
    expect(s.population.participants).to.equal(9);
    expect(s.intervention.dose).to.contain('10 million cells');
    expect(s.intervention.origin).to.equal('autologous');
    const responders = s.outcomes.filter((o) => o.responders).map((o) => [o.finding, o.responders!.count]);
    expect(responders).to.deep.include.members([
      ['Less average pain', 7],
      ['Less worst pain', 6],
      ['Able to work more', 5],
      ['Took less pain medicine', 3],
    ]);
    expect(s.outcomes.find((o) => o.finding === 'Less average pain')!.timepoint).to.deep.equal({
      value: 12,
      unit: 'months',
    });
    const odi = s.outcomes.find((o) => o.measure?.includes('Oswestry'));
    expect(odi?.value).to.equal(undefined);
  });

  it('gornet-2024: 60 patients, −62.8% VAS at 52 weeks (P=0.0005), disc progenitor cells', async () => {
    const s = await study('gornet-2024');
    expect(s.design.kind).to.equal('rct');
    expect(s.population.participants).to.equal(60);
    expect(keyOutcomes(s)[0]).to.include({ scale: 'percent', value: -62.8, p: '0.0005' });
    expect(keyOutcomes(s)[0]!.timepoint).to.deep.equal({ value: 52, unit: 'weeks' });
    expect(keyOutcomes(s)[0]!.comparison).to.equal('change-from-baseline');
    expect(s.intervention.cellType).to.contain('Disc progenitor cells');
    expect(s.intervention.origin).to.equal('allogeneic');
  });

  it('idct-phase-3: ongoing, 162 planned, no results', async () => {
    const s = await study('idct-phase-3');
    expect(s.status).to.equal('ongoing');
    expect(s.population).to.include({ participants: 162, participantsKind: 'planned' });
    expect(s.registryId).to.equal('NCT07254806');
    expect(s.outcomes).to.deep.equal([]);
  });

  it('review-2025 and bm-msc-phase-2b-2025 are secondary reports without a citation', async () => {
    const review = await study('review-2025');
    const trial = await study('bm-msc-phase-2b-2025');
    for (const s of [review, trial]) {
      expect(s.provenance.kind).to.equal('secondary');
      expect(s.design.kind).to.equal('secondary-report');
      expect(s.doi).to.equal(undefined);
      expect(s.authors).to.equal(undefined);
    }
    expect(review.population).to.include({ studies: 13, participants: 1299, participantsKind: 'more-than' });
    expect(trial.population.participants).to.equal(52);
    expect(trial.outcomes.every((o) => o.value === undefined)).to.equal(true);
  });

  describe('the studies the first sources left out (fact sheet, More studies)', () => {
    it('mesoblast-msb-dr003: 404 patients; its main goal is not verified, unrated, with no effect claimed', async () => {
      const s = await study('mesoblast-msb-dr003');
      expect(s.design.kind).to.equal('rct');
      expect(s.population.participants).to.equal(404);
      expect(s.registryId).to.equal('NCT02412735');
      expect(s.doi).to.equal(undefined);
      const [goal] = keyOutcomes(s);
      expect(goal!.measure).to.match(/^Main goal/);
      expect(goal!.finding).to.contain('not verified');
      expect(goal).not.to.have.any.keys('certainty', 'direction', 'value', 'responders');
      expect(s.funding).to.deep.equal({ sponsor: 'Mesoblast Ltd.', maker: true });
      // The opioid figure is the company's, for a subgroup, and says its P value was not adjusted.
      const opioids = s.outcomes.find((o) => o.domain === 'medication')!;
      expect(opioids).to.include({ p: '0.0075', sourceNote: 'Company press release, January 2022' });
      expect(opioids.finding).to.contain('28%').and.to.contain('8%').and.to.contain('not adjusted');
      expect(s.limitations.join(' ')).to.contain('NCT06325566');
    });

    it('mesoblast-msb-dr004: ongoing, about 300 planned, a sham next to the disc, no results', async () => {
      const s = await study('mesoblast-msb-dr004');
      expect(s.status).to.equal('ongoing');
      expect(s.design.kind).to.equal('ongoing-trial');
      expect(s.population).to.include({ participants: 300, participantsKind: 'planned' });
      expect(s.comparator).to.contain('next to the disc');
      expect(s.outcomes).to.deep.equal([]);
      expect(s.funding).to.deep.equal({ sponsor: 'Mesoblast Ltd.', maker: true });
    });

    it('amirdelfan-2021: every number from the company release, labelled so, rated low for it', async () => {
      const s = await study('amirdelfan-2021');
      expect(s.population.participants).to.equal(100);
      expect(s.doi).to.equal('10.1016/j.spinee.2020.10.004');
      expect(s.outcomes.map((o) => o.p)).to.deep.equal(['0.042', '0.093', '0.006', '0.020']);
      for (const outcome of s.outcomes) {
        expect(outcome.sourceNote).to.equal('Company press release, January 2015, as reported in the news');
      }
      // The 24-month difference was not significant: no direction, so no effect is worded for it.
      expect(s.outcomes[1]!.direction).to.equal(undefined);
      expect(s.outcomes[1]!.finding).to.contain('not statistically significant');
      for (const outcome of s.outcomes.filter((o) => o.certainty)) {
        expect(outcome.certainty!.level).to.equal('low');
        expect(outcome.certainty!.reasons.map((r) => r.concern)).to.deep.equal(['reporting-bias', 'imprecision']);
      }
      expect(s.funding).to.deep.equal({ sponsor: 'Mesoblast Ltd.', maker: true });
    });

    it('beall-2020: a tissue allograft, not cells; the saline group had less disability at 12 months', async () => {
      const s = await study('beall-2020');
      expect(s.intervention.cellType).to.contain('not stem cells');
      expect(s.population.participants).to.equal(undefined);
      const disability = keyOutcomes(s).find((o) => o.domain === 'function')!;
      expect(disability).to.include({ direction: 'worse', comparison: 'versus-control' });
      expect(disability.timepoint).to.deep.equal({ value: 12, unit: 'months' });
      expect(disability.finding).to.contain('15.7').and.to.contain('9.3');
      expect(s.outcomes.every((o) => o.certainty?.level === 'low' && o.p === undefined)).to.equal(true);
    });

    it('soufi-2023 and her-2022: systematic reviews that did not pool, very low, no pooled number', async () => {
      const soufi = await study('soufi-2023');
      const her = await study('her-2022');
      for (const s of [soufi, her]) {
        expect(s.design.kind).to.equal('systematic-review');
        expect(s.outcomes.every((o) => o.value === undefined && o.ci === undefined)).to.equal(true);
        expect(keyOutcomes(s)[0]!.certainty!.level).to.equal('very-low');
      }
      expect(soufi.population.studies).to.equal(11);
      expect(soufi.population.participants).to.equal(undefined);
      expect(keyOutcomes(soufi)[0]!.finding).to.contain('no evidence');
      // "No evidence of benefit" is not a finding of no difference: no direction, so no effect worded.
      expect(keyOutcomes(soufi)[0]!.direction).to.equal(undefined);
      expect(her.population).to.include({ studies: 16, participants: 607 });
      expect(her.safety.join(' ')).to.contain('discitis');
    });

    it('kumar-2017 and centeno-2017: single groups, very low, no averages invented', async () => {
      const kumar = await study('kumar-2017');
      expect(kumar.population.participants).to.equal(10);
      expect(keyOutcomes(kumar)[0]!.responders).to.deep.equal({ count: 6, of: 10 });
      const centeno = await study('centeno-2017');
      expect(centeno.population.participants).to.equal(33);
      expect(centeno.outcomes.find((o) => o.comparison === 'event-rate')).to.include({
        sourceNote: 'A review’s table',
      });
      for (const s of [kumar, centeno]) {
        expect(s.design.kind).to.equal('single-arm');
        expect(s.comparator).to.equal(undefined);
        expect(s.funding).to.equal(undefined);
        expect(s.outcomes.every((o) => o.value === undefined)).to.equal(true);
        expect(keyOutcomes(s)[0]!.certainty!.level).to.equal('very-low');
      }
    });
  });

  describe('main goal, kind of product and who paid, for every study', () => {
    /** [main-goal status or none, product or none, sponsor or none, whether the sponsor makes it]. */
    const expected: Record<(typeof CATALOG_IDS)[number], [string?, string?, string?, boolean?]> = {
      'xie-2021': [undefined, 'mesenchymal-cells'],
      'zhang-2023': [undefined, 'mesenchymal-cells'],
      'bates-2022': [undefined, 'mesenchymal-cells'],
      'gornet-2024': ['met', 'disc-progenitor-cells'],
      'idct-phase-3': [undefined, 'disc-progenitor-cells'],
      'review-2025': [],
      'bm-msc-phase-2b-2025': [undefined, 'mesenchymal-cells'],
      'pettine-2015': [undefined, 'bone-marrow-concentrate'],
      'haufe-2006': [undefined, 'blood-forming-cells'],
      'amirdelfan-2021': [undefined, 'mesenchymal-cells', 'Mesoblast Ltd.', true],
      'mesoblast-msb-dr003': ['not-verified', 'mesenchymal-cells', 'Mesoblast Ltd.', true],
      'mesoblast-msb-dr004': ['awaited', 'mesenchymal-cells', 'Mesoblast Ltd.', true],
      'kumar-2017': [undefined, 'mesenchymal-cells'],
      'centeno-2017': [undefined, 'mesenchymal-cells'],
      'beall-2020': [undefined, 'tissue-allograft'],
      'soufi-2023': [undefined, 'several'],
      'her-2022': [undefined, 'several'],
    };
    for (const id of CATALOG_IDS) {
      it(`${id}: ${expected[id].map((x) => x ?? 'none').join(', ') || 'none of them'}`, async () => {
        const s = await study(id);
        const [goal, product, sponsor, maker] = expected[id];
        expect(s.mainGoal?.status, 'main goal').to.equal(goal);
        expect(s.intervention.product, 'product').to.equal(product);
        expect(s.funding?.sponsor, 'sponsor').to.equal(sponsor);
        expect(s.funding?.maker, 'maker').to.equal(maker);
      });
    }

    it('the groups of the studies with several, with the sizes and doses the sources give and no other', async () => {
      const groups = async (id: (typeof CATALOG_IDS)[number]) =>
        ((await study(id)).arms ?? []).map((arm) => [arm.label, arm.role, arm.size, arm.dose]);
      expect(await groups('gornet-2024')).to.deep.equal([
        ['High dose', 'treatment', 20, '9 million cells per mL'],
        ['Low dose', 'treatment', 20, undefined],
        ['Vehicle (the cell-free solution)', 'control', 10, undefined],
        ['Placebo', 'control', 10, undefined],
      ]);
      expect((await groups('mesoblast-msb-dr003')).map(([, role, size]) => [role, size])).to.deep.equal([
        ['treatment', 143],
        ['treatment', 129],
        ['control', 132],
      ]);
      expect((await groups('kumar-2017')).map(([, , size, dose]) => [size, dose])).to.deep.equal([
        [5, '20 million cells per disc'],
        [5, '40 million cells per disc'],
      ]);
      // The fact sheet gives a 3:3:2:2 ratio, not sizes: none is worked out from it.
      for (const id of ['amirdelfan-2021', 'beall-2020', 'idct-phase-3', 'mesoblast-msb-dr004'] as const) {
        expect(
          (await groups(id)).every(([, , size]) => size === undefined),
          id,
        ).to.equal(true);
      }
      for (const id of CATALOG_IDS) {
        const s = await study(id);
        if (s.design.kind === 'single-arm' && id !== 'kumar-2017') expect(s.arms, id).to.equal(undefined);
      }
    });

    it('gornet-2024 met its goal in the high-dose group, against its own start; dr003 says why it is not verified', async () => {
      const gornet = (await study('gornet-2024')).mainGoal!;
      expect(gornet.description).to.contain('30%').and.contain('52 weeks');
      expect(gornet.note).to.contain('high-dose').and.contain('62.8%').and.contain('not against the control groups');
      const dr003 = (await study('mesoblast-msb-dr003')).mainGoal!;
      expect(dr003.description).to.contain('both 12 and 24 months');
      expect(dr003.note).to.contain('has not said the goal was met');
    });
  });

  describe('follows the medical review (fact sheet, Corrections)', () => {
    it('bates-2022: a second injection was allowed; "got worse" is about the whole study, not pain at 12 months', async () => {
      const s = await study('bates-2022');
      expect(s.headline).to.contain('second injection');
      expect(s.headline).not.to.match(/one injection/i);
      const worse = s.outcomes.find((o) => o.responders?.count === 0)!;
      expect(worse.domain).not.to.equal('pain');
      expect(worse.timepoint).to.equal(undefined);
      expect(s.outcomes.find((o) => /outer ring.*closed/.test(o.finding))!.finding).to.contain('unclear');
      const hint = s.outcomes.find((o) => o.finding.includes('Modic'))!.finding;
      expect(hint).to.match(/together with no tear/);
      expect(hint).to.match(/tentative/);
      expect(hint).not.to.match(/did best/);
    });

    it('gornet-2024: a within-group change of the high-dose arm, no disability row, the title glossed', async () => {
      const s = await study('gornet-2024');
      const [key] = keyOutcomes(s);
      expect(key!.measure).to.contain('high-dose');
      expect(key!.controlNote).to.contain('vehicle group also had less pain');
      expect(s.outcomes.some((o) => o.measure?.includes('Oswestry'))).to.equal(false);
      expect(s.outcomes.some((o) => o.comparison === 'versus-control')).to.equal(false);
      expect(s.titleNote).to.contain('not an approved treatment');
      expect(s.headline).not.to.match(/cut|half/);
    });

    it('zhang-2023: the analysis pooled before–after changes; most, not all, patients had bone-marrow cells', async () => {
      const s = await study('zhang-2023');
      expect(s.design.description).to.contain('the analysis pooled changes');
      expect(s.intervention.tissueSource).to.contain('193 of 245');
      expect(s.limitations.join(' ')).not.to.match(/bone marrow only/i);
    });

    it('xie-2021: no words the sources lack, and responders as comparisons between groups without shares', async () => {
      const s = await study('xie-2021');
      const text = [s.headline, ...s.outcomes.map((o) => o.finding), ...s.safety].join(' ');
      expect(text).not.to.match(/likely|moderate amount|minor side effects|no more frequent/);
      const responderRows = s.outcomes.filter((o) => o.finding.startsWith('More people reached'));
      expect(responderRows).to.have.length(4);
      for (const row of responderRows) {
        expect(row.comparison).to.equal('versus-control');
        expect(row.responders).to.equal(undefined);
      }
    });

    it("bm-msc-phase-2b-2025: the cell group's change only, not a comparison with the sham arm", async () => {
      const s = await study('bm-msc-phase-2b-2025');
      expect(s.outcomes.map((o) => o.comparison)).to.deep.equal(['change-from-baseline']);
    });

    it('review-2025: 13 studies reviewed, not a pooled analysis', async () => {
      const s = await study('review-2025');
      expect(s.design.kind.startsWith('meta-analysis')).to.equal(false);
      expect(s.population.studies).to.equal(13);
    });
  });

  describe('certainty per key outcome, as the fact sheet rates it', () => {
    const rated = async (id: (typeof CATALOG_IDS)[number]) =>
      keyOutcomes(await study(id)).map((o) => [
        o.domain,
        o.certainty?.level,
        o.certainty?.reasons.map((r) => r.concern),
      ]);

    it('xie-2021: pain and function low (imprecision, inconsistency); side effects low (very imprecise)', async () => {
      expect(await rated('xie-2021')).to.deep.equal([
        ['pain', 'low', ['imprecision', 'inconsistency']],
        ['function', 'low', ['imprecision', 'inconsistency']],
        ['safety', 'low', ['imprecision']],
      ]);
    });

    it('zhang-2023, bates-2022 and gornet-2024: very low', async () => {
      expect(await rated('zhang-2023')).to.deep.equal([
        ['pain', 'very-low', ['inconsistency']],
        ['function', 'very-low', ['inconsistency']],
      ]);
      expect(await rated('bates-2022')).to.deep.equal([['pain', 'very-low', ['imprecision']]]);
      expect(await rated('gornet-2024')).to.deep.equal([['pain', 'very-low', ['imprecision', 'risk-of-bias']]]);
    });

    it('every rated result gives a note for each reason, in plain words', async () => {
      for (const id of CATALOG_IDS) {
        for (const outcome of (await study(id)).outcomes) {
          for (const reason of outcome.certainty?.reasons ?? []) expect(reason.note, id).to.be.a('string');
        }
      }
    });
  });
});
