import type { CertaintyRating, Study } from '../model.js';

/** As rated for pain and function. */
const certainty: CertaintyRating = {
  level: 'very-low',
  reasons: [{ concern: 'imprecision', note: 'a single group of 33, and no numbers with intervals found' }],
};

const study: Study = {
  id: 'centeno-2017',
  title:
    'Treatment of lumbar degenerative disc disease-associated radicular pain with culture-expanded autologous mesenchymal stem cells: a pilot study on safety and efficacy',
  headline:
    'A case series of 33 patients from a clinic’s own registry, given stem cells grown from their own bone marrow, followed for up to 6 years.',
  authors: ['Centeno C', 'Markle J', 'Dodson E', 'Stemper I', 'Williams CJ', 'Hyzy M', 'Ichim T', 'Freeman M'],
  journal: 'Journal of Translational Medicine',
  year: 2017,
  pmcid: 'PMC5610473',
  design: {
    kind: 'single-arm',
    description: 'Case series with no control group, drawn from the patient registry of the authors’ clinic',
    followUp: { value: 72, unit: 'months' },
  },
  population: {
    participants: 33,
    condition: 'Low back pain with disc degeneration and a disc bulging backwards on MRI',
  },
  intervention: {
    product: 'mesenchymal-cells',
    cellType: 'Mesenchymal stem cells (MSCs), grown in a laboratory',
    tissueSource: 'Bone marrow',
    origin: 'autologous',
    dose: 'Not reported',
    delivery: 'Injection into the disc',
  },
  outcomes: [
    {
      domain: 'pain',
      key: true,
      comparison: 'change-from-baseline',
      measure: 'Pain score',
      direction: 'better',
      certainty,
      finding: 'Pain was significantly lower than before treatment at 3, 36, 48, 60 and 72 months',
    },
    {
      domain: 'function',
      comparison: 'change-from-baseline',
      measure: 'Disability index',
      direction: 'better',
      certainty,
      finding: 'The fall in disability was larger than the smallest important change at every visit except 12 months',
    },
    {
      domain: 'other',
      comparison: 'change-from-baseline',
      measure: 'Improvement as rated by the patients themselves',
      timepoint: { value: 36, unit: 'months' },
      finding: 'Patients rated themselves 60% better on average',
    },
    {
      domain: 'other',
      comparison: 'event-rate',
      measure: 'Later surgery',
      responders: { count: 2, of: 33 },
      finding: 'Later had surgery',
      sourceNote: 'A review’s table',
    },
  ],
  safety: [
    'Three patients had pain from the procedure, which went away.',
    'No serious side effects (death, infection or tumour).',
  ],
  limitations: [
    'No control group: patients from the registry of the authors’ own clinic.',
    'Only 33 patients.',
    'Numbers with intervals were not found in the sources we checked.',
    'Who paid for the study was not found; the data come from a registry of the authors’ clinic.',
  ],
  provenance: { kind: 'primary' },
  status: 'completed',
  lastReviewed: '2026-11-29',
};

export default study;
