import { expect } from '@open-wc/testing';
import { milestoneLanes, toAxis } from '../../src/components/outcome-timeline/milestones.js';
import { getCatalogStudy } from '../../src/data/catalog/index.js';
import enTimeline from '../../src/locales/en/timeline.js';
import { messagesFor } from '../../src/locales/study.js';

const msg = messagesFor('en');
const lanesFor = async (...ids: Parameters<typeof getCatalogStudy>[0][]) =>
  milestoneLanes(await Promise.all(ids.map((id) => getCatalogStudy(id))), msg, enTimeline, 'en');

describe('milestoneLanes', () => {
  it('puts a marker only where a study reported a result at a time', async () => {
    const { unit, lanes } = await lanesFor('xie-2021');
    expect(unit).to.equal('months');
    expect(lanes[0]!.milestones.map((m) => [m.at, m.when])).to.deep.equal([
      [3, 'at 3 months'],
      [6, 'at 6 months'],
      [12, 'at 12 months'],
      [24, 'at 24 months or later'],
    ]);
    expect(lanes[0]!.milestones[0]!.findings).to.deep.equal([
      'Pain lower than in the comparison groups: P\u00a0=\u00a00.001 (difference between the treated and the control groups; certainty: low)',
    ]);
  });

  it('gathers everything reported at one time into one marker', async () => {
    const { lanes } = await lanesFor('bates-2022');
    const [at12] = lanes[0]!.milestones;
    expect(lanes[0]!.milestones).to.have.length(1);
    expect(at12!.at).to.equal(12);
    expect(at12!.findings).to.include(
      'Less average pain: 7 of 9 (78%) (people who had this result; no comparison group; certainty: very low)',
    );
    expect(at12!.findings).to.include('Disability scores (change from before treatment; no comparison group)');
  });

  it('keeps weeks on a weeks axis and converts them when months are on the page', async () => {
    const weeks = await lanesFor('gornet-2024');
    expect(weeks.unit).to.equal('weeks');
    expect(weeks.lanes[0]!.milestones.map((m) => m.at)).to.deep.equal([52, 104]);
    expect(weeks.lanes[0]!.milestones[0]!.findings[0]).to.equal(
      'Average pain fell from where it started in the high-dose group: -62.8% from baseline, P\u00a0=\u00a00.0005 (change from before treatment; in this group only, not compared with the other groups; certainty: very low)',
    );
    const mixed = await lanesFor('gornet-2024', 'bates-2022');
    expect(mixed.unit).to.equal('months');
    expect(mixed.lanes[0]!.milestones.map((m) => m.at)).to.deep.equal([12, 24]);
    expect(mixed.lanes[0]!.milestones[0]!.when).to.equal('at 52 weeks');
  });

  it('says why a lane is empty instead of inventing a marker', async () => {
    const { lanes } = await lanesFor('idct-phase-3', 'review-2025');
    expect(lanes.map((l) => [l.label, l.milestones.length, l.empty])).to.deep.equal([
      ['Ongoing trial', 0, 'Ongoing — no results yet.'],
      ['Second-hand report, 2025', 0, 'No result reported at a follow-up time.'],
    ]);
  });

  it('labels lanes by first author and year', async () => {
    const { lanes } = await lanesFor('gornet-2024', 'xie-2021');
    expect(lanes.map((l) => l.label)).to.deep.equal(['Gornet et al. 2024', 'Xie et al. 2021']);
  });

  it('labels each marker with its main result in words and what it is compared with, never a bare P value', async () => {
    const { lanes } = await lanesFor('gornet-2024', 'xie-2021', 'bates-2022');
    expect(lanes.map((lane) => lane.milestones.map((m) => m.label))).to.deep.equal([
      [
        // A change within one group of a controlled trial never reads as if there were no control groups.
        ['62.8% less pain', 'vs. start, not controls'],
        ['Less pain', 'vs. start, not controls'],
      ],
      [
        ['Possibly less pain', 'vs. the other groups'],
        ['Possibly less pain', 'vs. the other groups'],
        ['Possibly less pain', 'vs. the other groups'],
        ['Possibly less pain +1 more', 'vs. the other groups'],
      ],
      [['7 of 9 had less pain +7 more', 'one group, no comparison']],
    ]);
    const labels = lanes.flatMap((lane) => lane.milestones.flatMap((m) => m.label));
    expect(labels.filter((text) => /P\u00a0|\d\.\d{3}/.test(text))).to.deep.equal([]);
  });

  it('words a result from its direction, size and certainty, never stronger than the data', () => {
    const study = {
      id: 'made-up',
      design: { kind: 'rct' },
      comparator: 'Placebo',
    } as const;
    const lane = (outcome: Record<string, unknown>) =>
      milestoneLanes(
        [
          {
            ...study,
            title: 'T',
            outcomes: [{ domain: 'function', finding: 'F', timepoint: { value: 6, unit: 'months' }, ...outcome }],
          } as never,
        ],
        msg,
        enTimeline,
        'en',
      ).lanes[0]!.milestones[0]!;
    // A small effect size says "slightly" and gives no number on a points scale; a difference between
    // groups nobody rated is hedged one level below where a randomized comparison starts.
    expect(lane({ comparison: 'versus-control', scale: 'smd', value: -0.27, ci: [-0.44, -0.09] }).label).to.deep.equal([
      'Probably slightly better function',
      'vs. the other groups',
    ]);
    // A null result says so.
    expect(lane({ comparison: 'versus-control', scale: 'vas-10', value: -0.4, ci: [-1.1, 0.3] }).label[0]).to.equal(
      'Probably no clear difference in function',
    );
    // Points of a scale, and a result that points nowhere the data tells.
    expect(lane({ comparison: 'change-from-baseline', scale: 'odi', value: -12 }).label[0]).to.equal(
      '12 points better function',
    );
    expect(lane({ comparison: 'change-from-baseline', p: '0.01' }).label[0]).to.equal('Function: size not reported');
    // The sentence for the summary carries the comparison and the certainty.
    expect(
      lane({
        comparison: 'versus-control',
        direction: 'better',
        p: '0.01',
        certainty: { level: 'low', reasons: [{ concern: 'imprecision', note: 'few' }] },
      }).main,
    ).to.deep.equal({ phrase: 'possibly better function than the other groups', certainty: 'low', sized: false });
  });

  it('converts between weeks and months both ways', () => {
    expect(toAxis({ value: 52, unit: 'weeks' }, 'months')).to.equal(12);
    expect(toAxis({ value: 6, unit: 'months' }, 'weeks')).to.equal(26);
  });
});

describe('milestone labels of built-in studies with counts of people', () => {
  it('judge nothing for an outcome of no named kind, and say "no clear difference" where no one improved', async () => {
    const msg = messagesFor('en');
    const labels = async (id: 'pettine-2015' | 'haufe-2006') =>
      milestoneLanes([await getCatalogStudy(id)], msg, enTimeline, 'en', 'months').lanes.flatMap((lane) =>
        lane.milestones.map((m) => [m.when, ...m.label]),
      );
    expect(await labels('pettine-2015')).to.deep.include([
      'at 24 months',
      '21 of 26 had this result',
      'one group, no comparison',
    ]);
    expect(await labels('haufe-2006')).to.deep.equal([
      ['at 12 months', 'No clear difference in pain', 'one group, no comparison'],
    ]);
  });
});
