import type { Study } from '../model.js';

const companyRelease = 'Company press release, January 2023';

const study: Study = {
  id: 'gornet-2024',
  title:
    'Allogeneic disc progenitor cells safely increase disc volume and improve pain, disability, and quality of life in patients with lumbar disc degeneration — results of an FDA-approved biologic therapy randomized clinical trial',
  headline:
    'A randomized, placebo-controlled trial of 60 patients suggests donor disc cells may cut back pain by more than half at one year, though the cell-free solution alone also helped somewhat.',
  authors: [
    'Gornet MF',
    'Beall DP',
    'Davis TT',
    'Coric D',
    'LaBagnara M',
    'Krull A',
    'DePalma MJ',
    'Hsieh PC',
    'Mallempati S',
    'Schranck FW',
    'Kelly C',
    'Foley KT',
  ],
  journal: 'International Journal of Spine Surgery',
  year: 2024,
  citationDetail: '18(3):237–248',
  doi: '10.14444/8609',
  design: {
    kind: 'rct',
    description:
      'Randomized, double-blind phase I/II trial at 13 sites; main goal: more than 30% less pain at 52 weeks; visits at 4, 12, 26, 52, 78 and 104 weeks',
    followUp: { value: 104, unit: 'weeks' },
  },
  comparator: 'The cell-free solution alone (vehicle, 10 patients) or a placebo (10 patients)',
  population: {
    participants: 60,
    condition: 'Lumbar disc degeneration at one level; average age 37.9, 60% men',
  },
  intervention: {
    cellType: 'Disc progenitor cells (rebonuputemcel, IDCT) — not mesenchymal stem cells',
    tissueSource: 'Donated adult disc tissue',
    origin: 'allogeneic',
    dose: 'Low dose (20 patients) or high dose of 9 million cells per mL (20 patients)',
    delivery: 'One injection into the disc',
  },
  outcomes: [
    {
      domain: 'pain',
      key: true,
      comparison: 'change-from-baseline',
      measure: 'Pain (VAS), high dose',
      scale: 'percent',
      value: -62.8,
      p: '0.0005',
      timepoint: { value: 52, unit: 'weeks' },
      finding: 'Average pain fell from where it started (high dose)',
    },
    {
      domain: 'pain',
      comparison: 'change-from-baseline',
      measure: 'Pain (VAS), high dose',
      timepoint: { value: 104, unit: 'weeks' },
      finding: 'The improvement lasted to two years; the numbers were not found',
    },
    {
      domain: 'pain',
      comparison: 'change-from-baseline',
      measure: 'Pain (VAS), vehicle',
      finding: 'The cell-free solution alone also lowered pain, by less but still significantly',
      sourceNote: companyRelease,
    },
    {
      domain: 'function',
      comparison: 'versus-control',
      measure: 'Disability (Oswestry Disability Index)',
      finding: 'Disability scores',
    },
    {
      domain: 'structure',
      comparison: 'change-from-baseline',
      measure: 'Imaging',
      finding: 'Disc volume increased',
    },
  ],
  safety: [
    'No serious adverse events that started after treatment in either cell group (company press release, January 2023).',
  ],
  limitations: [
    'Only 60 patients in an early-phase (I/II) trial.',
    'The cell-free solution alone also eased pain, so part of the effect may not come from the cells.',
    'Numbers for the control groups, for disability and for each visit were not found in the sources we checked.',
    "Some results come from the developer's press release, not the journal paper.",
  ],
  provenance: { kind: 'primary' },
  status: 'completed',
  lastReviewed: '2026-11-22',
};

export default study;
