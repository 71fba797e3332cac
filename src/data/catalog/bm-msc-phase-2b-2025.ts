import type { Study } from '../model.js';

const study: Study = {
  id: 'bm-msc-phase-2b-2025',
  title: "Phase IIB randomized trial of bone-marrow stem cells (2025), as described on a clinic's web page",
  headline:
    "A clinic's web page describes a 2025 randomized trial of bone-marrow stem cells against a sham injection in 52 patients, without numbers or a citation.",
  year: 2025,
  design: {
    kind: 'secondary-report',
    reportedKind: 'rct',
    description: 'Described as a phase IIB randomized trial comparing an injection into the disc with a sham injection',
    followUp: { value: 6, unit: 'months' },
  },
  comparator: 'Sham injection',
  population: {
    participants: 52,
    condition: 'Moderate to advanced disc degeneration at more than one level',
  },
  intervention: {
    product: 'mesenchymal-cells',
    cellType: 'Mesenchymal stem cells (MSCs)',
    tissueSource: 'Bone marrow',
    origin: 'autologous',
    delivery: 'Injection into the disc',
  },
  outcomes: [
    {
      domain: 'other',
      comparison: 'change-from-baseline',
      timepoint: { value: 6, unit: 'months' },
      finding:
        'The page describes improvements in disc structure and symptoms in the stem-cell group, without numbers and without a comparison with the sham group',
    },
  ],
  safety: [],
  limitations: [
    'No numbers, authors or journal are given, so the results cannot be checked.',
    'Only 6 months of follow-up.',
  ],
  provenance: { kind: 'secondary', reportedBy: "A clinic's web page" },
  status: 'completed',
  lastReviewed: '2026-11-29',
};

export default study;
