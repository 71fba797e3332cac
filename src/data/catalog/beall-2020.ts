import type { CertaintyRating, Study } from '../model.js';

/** As rated for pain and function. */
const certainty: CertaintyRating = {
  level: 'low',
  reasons: [
    { concern: 'imprecision', note: 'group sizes and P values not found' },
    { concern: 'indirectness', note: 'donated disc tissue, not a cultured-cell product' },
  ],
};

const study: Study = {
  id: 'beall-2020',
  title: 'VAST clinical trial: safely supplementing tissue lost to degenerative disc disease',
  headline:
    'A randomized trial comparing injections of donated disc tissue (not stem cells) with saline injections and with continued non-surgical care, followed for a year.',
  authors: ['Beall DP', 'Wilson GL', 'Bishop R', 'Tally W'],
  journal: 'International Journal of Spine Surgery',
  year: 2020,
  citationDetail: '14(2):239–253',
  doi: '10.14444/7033',
  registryId: 'NCT03709901',
  design: {
    kind: 'rct',
    description:
      'Randomized to a donated disc-tissue allograft or saline, at one or two levels, or to continued non-surgical care (which could later cross over); blinding not found in the sources we checked',
    followUp: { value: 12, unit: 'months' },
  },
  comparator: 'Saline injections, or continued non-surgical care',
  population: {
    condition: 'Degenerative disc disease at one or two lumbar levels',
  },
  intervention: {
    product: 'tissue-allograft',
    cellType:
      'Donated disc tissue (a viable nucleus pulposus allograft) — not stem cells or another cultured-cell product',
    tissueSource: 'Donated disc tissue (nucleus pulposus)',
    origin: 'allogeneic',
    dose: 'Not reported',
    delivery: 'Injection into the disc, at one or two levels',
  },
  arms: [
    { label: 'Donor disc-tissue allograft', role: 'treatment' },
    { label: 'Saline', role: 'control' },
    { label: 'Continued non-surgical care (later crossed over)', role: 'control' },
  ],
  outcomes: [
    {
      domain: 'pain',
      key: true,
      comparison: 'versus-control',
      measure: 'Average pain (VAS)',
      timepoint: { value: 6, unit: 'months' },
      direction: 'better',
      certainty,
      finding: 'Average pain was 16.0 with the allograft vs 41.0 with saline (54.8 vs 55.3 at the start)',
    },
    {
      domain: 'pain',
      comparison: 'versus-control',
      measure: 'Average pain (VAS)',
      timepoint: { value: 12, unit: 'months' },
      direction: 'better',
      certainty,
      finding: 'Average pain was 12.3 with the allograft vs 19.7 with saline',
    },
    {
      domain: 'function',
      key: true,
      comparison: 'versus-control',
      measure: 'Average disability (Oswestry index)',
      timepoint: { value: 12, unit: 'months' },
      direction: 'worse',
      certainty,
      finding:
        'The saline group had less disability: 15.7 with the allograft vs 9.3 with saline (53.7 vs 49.3 at the start)',
    },
    {
      domain: 'function',
      comparison: 'versus-control',
      measure: 'Average disability (Oswestry index)',
      timepoint: { value: 6, unit: 'months' },
      direction: 'better',
      certainty,
      finding: 'Average disability was 18.5 with the allograft vs 28.8 with saline',
    },
  ],
  safety: ['Side effects were temporary.'],
  limitations: [
    'Donated disc tissue, not stem cells or another cultured-cell product.',
    'The number of patients in each group, P values and whether the trial was blinded were not found in the sources we checked.',
    'At 12 months the saline group had less disability than the allograft group; it also started lower (49.3 vs 53.7).',
    'The non-surgical care group could later cross over to treatment, so it is not a lasting comparison.',
  ],
  provenance: { kind: 'primary' },
  status: 'completed',
  lastReviewed: '2026-11-29',
};

export default study;
