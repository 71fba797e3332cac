import type { Study } from '../model.js';

const study: Study = {
  id: 'soufi-2023',
  title:
    'Potential role for stem cell regenerative therapy as a treatment for degenerative disc disease and low back pain: a systematic review',
  headline:
    'A systematic review of the clinical studies of stem-cell therapy for degenerative disc disease and low back pain, described study by study rather than pooled.',
  authors: ['Soufi KH', 'Castillo JA', 'Rodriguez FY', 'DeMesa CJ', 'Ebinu JO'],
  journal: 'International Journal of Molecular Sciences',
  year: 2023,
  citationDetail: '24(10):8893',
  doi: '10.3390/ijms24108893',
  pmcid: 'PMC10219191',
  design: {
    kind: 'systematic-review',
    description:
      'Systematic review: 11 clinical studies and 10 conference abstracts met its criteria, only 1 of the studies randomized; described without pooling',
  },
  comparator: 'The control groups of the studies that had one; only 1 of the 11 was randomized',
  population: {
    studies: 11,
    condition: 'Degenerative disc disease and low back pain',
  },
  intervention: {
    product: 'several',
    cellType: 'Stem cells, of the kinds the reviewed studies used',
  },
  outcomes: [
    {
      domain: 'other',
      key: true,
      comparison: 'change-from-baseline',
      measure: 'The review’s conclusion on all outcomes',
      certainty: {
        level: 'very-low',
        reasons: [{ concern: 'risk-of-bias', note: 'only 1 of the 11 clinical studies was randomized' }],
      },
      finding: 'The review found no evidence that supports using stem-cell therapy for this condition in people',
    },
  ],
  safety: [],
  limitations: [
    'Only 1 of the 11 clinical studies was randomized.',
    'No evidence of benefit is not the same as evidence of no benefit: the studies were too few and too weak to tell.',
    'Conference abstracts give few details.',
  ],
  provenance: { kind: 'primary' },
  status: 'completed',
  lastReviewed: '2026-11-29',
};

export default study;
