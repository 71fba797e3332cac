import type { Study } from '../model.js';

const companyRelease = 'Company press release, January 2023';

const study: Study = {
  id: 'gornet-2024',
  title:
    'Allogeneic disc progenitor cells safely increase disc volume and improve pain, disability, and quality of life in patients with lumbar disc degeneration — results of an FDA-approved biologic therapy randomized clinical trial',
  titleNote:
    '"FDA-approved" here means the FDA allowed the trial to go ahead; the cells are not an approved treatment.',
  headline:
    'A randomized, double-blind trial in 60 patients comparing two doses of donor disc cells with the cell-free solution alone (vehicle) and with a placebo.',
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
    product: 'disc-progenitor-cells',
    cellType: 'Disc progenitor cells (rebonuputemcel, IDCT) — not mesenchymal stem cells',
    tissueSource: 'Donated adult disc tissue',
    origin: 'allogeneic',
    dose: 'Low dose (20 patients) or high dose of 9 million cells per mL (20 patients)',
    delivery: 'One injection into the disc',
  },
  arms: [
    { label: 'High dose', role: 'treatment', size: 20, dose: '9 million cells per mL' },
    { label: 'Low dose', role: 'treatment', size: 20 },
    { label: 'Vehicle (the cell-free solution)', role: 'control', size: 10 },
    { label: 'Placebo', role: 'control', size: 10 },
  ],
  outcomes: [
    {
      domain: 'pain',
      key: true,
      comparison: 'change-from-baseline',
      measure: 'Pain (VAS), high-dose group',
      scale: 'percent',
      value: -62.8,
      p: '0.0005',
      timepoint: { value: 52, unit: 'weeks' },
      certainty: {
        level: 'very-low',
        reasons: [
          { concern: 'imprecision', note: '20 patients in this group' },
          {
            concern: 'risk-of-bias',
            note: 'the vehicle group also improved, so not all of the change is due to the cells',
          },
        ],
      },
      controlNote:
        'The vehicle group also had less pain, by less (company press release). The sources we checked give no number comparing the cell and control groups.',
      finding: 'Average pain fell from where it started in the high-dose group',
    },
    {
      domain: 'pain',
      comparison: 'change-from-baseline',
      measure: 'Pain (VAS), high-dose group',
      timepoint: { value: 104, unit: 'weeks' },
      direction: 'better',
      finding: 'The improvement in the high-dose group lasted to two years; the numbers were not found',
    },
    {
      domain: 'pain',
      comparison: 'change-from-baseline',
      measure: 'Pain (VAS), vehicle group',
      finding: 'Pain also fell in the group given the cell-free solution alone, by less but still significantly',
      sourceNote: companyRelease,
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
    "The 62.8% is the high-dose group's change from its own starting point, not a comparison with the control groups: the sources we checked give no number comparing the groups.",
    'The cell-free solution alone also lowered pain, so part of the change may not come from the cells.',
    'Numbers for the control groups and for each visit, and any disability (Oswestry) result, were not found in the sources we checked.',
    "Some results come from the developer's press release, not the journal paper.",
  ],
  mainGoal: {
    description: 'Pain (VAS) more than 30% lower on average at 52 weeks than at the start',
    status: 'met',
    note: 'Reached by the high-dose group: 62.8% less pain on average than at its start (P = 0.0005). The goal measures each group against its own start, not against the control groups, and the vehicle group also had less pain.',
  },
  provenance: { kind: 'primary' },
  status: 'completed',
  lastReviewed: '2026-11-29',
};

export default study;
