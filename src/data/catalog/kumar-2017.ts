import type { CertaintyRating, Study } from '../model.js';

/** As rated for pain and function. */
const certainty: CertaintyRating = {
  level: 'very-low',
  reasons: [{ concern: 'imprecision', note: 'a single group of 10, and no average values found' }],
};

const study: Study = {
  id: 'kumar-2017',
  title:
    'Safety and tolerability of intradiscal implantation of combined autologous adipose-derived mesenchymal stem cells and hyaluronic acid in patients with chronic discogenic low back pain: 1-year follow-up of a phase I study',
  headline:
    'A phase I study of 10 people with chronic disc pain, given their own fat-derived stem cells with hyaluronic acid at one of two doses, followed for a year.',
  authors: ['Kumar H', 'Ha DH', 'Lee EJ', 'Park JH', 'Shim JH', 'Ahn TK'],
  journal: 'Stem Cell Research & Therapy',
  year: 2017,
  doi: '10.1186/s13287-017-0710-3',
  registryId: 'NCT02338271',
  design: {
    kind: 'single-arm',
    description:
      'Open phase I study with one treated group and no control group: 20 million cells for 5 patients, 40 million for the other 5; none lost to follow-up',
    followUp: { value: 12, unit: 'months' },
  },
  population: {
    participants: 10,
    condition:
      'Chronic low back pain from a disc for more than 3 months (pain at least 4 of 10, Oswestry index at least 30%)',
  },
  intervention: {
    product: 'mesenchymal-cells',
    cellType: 'Mesenchymal stem cells (MSCs)',
    tissueSource: 'Fat tissue (adipose)',
    origin: 'autologous',
    dose: '20 million or 40 million cells per disc, with a hyaluronic-acid filler',
    delivery: 'One injection into the disc',
  },
  arms: [
    { label: 'Lower dose', role: 'treatment', size: 5, dose: '20 million cells per disc' },
    { label: 'Higher dose', role: 'treatment', size: 5, dose: '40 million cells per disc' },
  ],
  outcomes: [
    {
      domain: 'pain',
      key: true,
      comparison: 'responders',
      measure: 'Pain (VAS), disability (Oswestry) and quality of life (SF-36)',
      timepoint: { value: 12, unit: 'months' },
      responders: { count: 6, of: 10 },
      direction: 'better',
      certainty,
      finding: 'Pain, disability and quality of life improved significantly in 6 of 10 people, 3 at each dose',
    },
    {
      domain: 'structure',
      comparison: 'responders',
      measure: 'Water in the disc (MRI)',
      timepoint: { value: 12, unit: 'months' },
      responders: { count: 3, of: 10 },
      finding: 'More water in the disc on MRI',
    },
  ],
  safety: ['No side effects from the procedure or the cells in a year.'],
  limitations: [
    'Only 10 patients, and no control group.',
    'Average values were not found in the sources we checked.',
    'No difference was seen between the two doses.',
    'The authors call for a randomized trial.',
    'Who paid for the study was not found; an author’s affiliation names a company (CHA Biotec).',
    'The registry entry was matched to this study by its content.',
  ],
  provenance: { kind: 'primary' },
  status: 'completed',
  lastReviewed: '2026-11-29',
};

export default study;
