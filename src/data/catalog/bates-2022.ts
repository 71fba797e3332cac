import type { Study } from '../model.js';

const at12 = { value: 12, unit: 'months' as const };

const study: Study = {
  id: 'bates-2022',
  title:
    'Low-dose mesenchymal stem cell therapy for discogenic pain: safety and efficacy results from a 1-year feasibility study',
  headline:
    'A single-group study of 9 people with one worn lumbar disc, given their own fat-derived stem cells and followed for a year; a second injection was allowed at 6 months.',
  authors: [
    'Bates D',
    'Vivian D',
    'Freitag J',
    'Wickham J',
    'Mitchell B',
    'Verrills P',
    'Shah K',
    'Boyd R',
    'Federman D',
    'Barnard A',
    "O'Connor L",
    'Young JF',
  ],
  journal: 'Future Science OA',
  year: 2022,
  citationDetail: '8(5):FSO794',
  doi: '10.2144/fsoa-2021-0155',
  pmid: '35662742',
  pmcid: 'PMC9136638',
  design: {
    kind: 'single-arm',
    description: 'Prospective feasibility study with one treated group and no control group',
    followUp: at12,
  },
  population: {
    participants: 9,
    condition: 'Chronic low back pain from one worn lumbar disc',
  },
  intervention: {
    product: 'mesenchymal-cells',
    cellType: 'Mesenchymal stem cells (MSCs)',
    tissueSource: 'Fat tissue (adipose)',
    origin: 'autologous',
    dose: '10 million cells in a salt solution',
    delivery: 'One injection into the disc, with a second allowed at 6 months',
  },
  outcomes: [
    {
      domain: 'pain',
      key: true,
      comparison: 'responders',
      measure: 'Average pain',
      timepoint: at12,
      responders: { count: 7, of: 9 },
      direction: 'better',
      certainty: { level: 'very-low', reasons: [{ concern: 'imprecision', note: 'a single group of 9 people' }] },
      finding: 'Less average pain',
    },
    {
      domain: 'pain',
      comparison: 'responders',
      measure: 'Worst pain',
      timepoint: at12,
      responders: { count: 6, of: 9 },
      finding: 'Less worst pain',
    },
    {
      domain: 'work',
      comparison: 'responders',
      timepoint: at12,
      responders: { count: 5, of: 9 },
      finding: 'Able to work more',
    },
    {
      domain: 'medication',
      comparison: 'responders',
      timepoint: at12,
      responders: { count: 3, of: 9 },
      finding: 'Took less pain medicine',
    },
    {
      domain: 'other',
      comparison: 'responders',
      responders: { count: 0, of: 9 },
      finding: 'Their condition got worse during the study',
    },
    {
      domain: 'function',
      comparison: 'change-from-baseline',
      measure: 'Disability (Oswestry Disability Index)',
      timepoint: at12,
      finding: 'Disability scores',
    },
    {
      domain: 'structure',
      comparison: 'change-from-baseline',
      measure: 'MRI',
      timepoint: at12,
      finding: 'Treated discs stayed stable, with no further loss of height',
    },
    {
      domain: 'structure',
      comparison: 'change-from-baseline',
      measure: 'MRI',
      timepoint: at12,
      finding:
        "Some tears in the disc's outer ring had partly or fully closed; whether the cells caused this is unclear",
    },
    {
      domain: 'structure',
      comparison: 'responders',
      measure: 'MRI',
      timepoint: at12,
      responders: { count: 2, of: 9 },
      finding: 'Disc bulge became smaller (cause unclear)',
    },
    {
      domain: 'other',
      comparison: 'responders',
      finding:
        "A tentative hint: people with Modic type 2 changes together with no tear in the disc's outer ring seemed to respond best; those with tears or other Modic types seemed to do worse",
    },
  ],
  safety: [
    'No unexpected or serious side effects linked to the treatment.',
    'One person had a short flare of pain, eased with usual pain medicine.',
  ],
  limitations: [
    'Only 9 participants.',
    'No control group: some improvement may come from natural recovery or the placebo effect.',
    'A second injection was allowed at 6 months, so the 12-month results are not those of one injection alone.',
    'People with severe disease or more than one worn disc were not included.',
    'People not better at 6 months gained little by 12 months, even with a second injection.',
  ],
  provenance: { kind: 'primary' },
  status: 'completed',
  lastReviewed: '2026-11-29',
};

export default study;
