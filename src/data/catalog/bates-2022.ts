import type { Study } from '../model.js';

const at12 = { value: 12, unit: 'months' as const };

const study: Study = {
  id: 'bates-2022',
  title:
    'Low-dose mesenchymal stem cell therapy for discogenic pain: safety and efficacy results from a 1-year feasibility study',
  headline:
    'A small study with no control group: after one injection of their own fat-derived stem cells, most of 9 people had less pain a year later. The cells may help, but this design cannot show it.',
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
    cellType: 'Mesenchymal stem cells (MSCs)',
    tissueSource: 'Fat tissue (adipose)',
    origin: 'autologous',
    dose: '10 million cells in a salt solution; a second injection was allowed at 6 months',
    delivery: 'One injection into the disc',
  },
  outcomes: [
    {
      domain: 'pain',
      key: true,
      comparison: 'responders',
      measure: 'Average pain',
      timepoint: at12,
      responders: { count: 7, of: 9 },
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
      domain: 'pain',
      comparison: 'responders',
      timepoint: at12,
      responders: { count: 0, of: 9 },
      finding: 'Got worse',
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
      finding: "Some tears in the disc's outer ring had partly or fully healed",
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
        "People with Modic type 2 changes and no tear in the disc's outer ring did best; those with tears or other Modic types did worse",
    },
  ],
  safety: [
    'No unexpected or serious side effects linked to the treatment.',
    'One person had a short flare of pain, eased with usual pain medicine.',
  ],
  limitations: [
    'Only 9 participants.',
    'No control group: some improvement may come from natural recovery or the placebo effect.',
    'People with severe disease or more than one worn disc were not included.',
    'People not better at 6 months gained little by 12 months, even with a second injection.',
  ],
  provenance: { kind: 'primary' },
  status: 'completed',
  lastReviewed: '2026-11-22',
};

export default study;
