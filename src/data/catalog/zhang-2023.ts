import type { CertaintyRating, Study } from '../model.js';

/** Changes from each patient's own start, pooled from studies that disagreed a great deal. */
const rating: CertaintyRating = {
  level: 'very-low',
  reasons: [{ concern: 'inconsistency', note: 'results varied greatly between studies (I² 98%)' }],
};

const study: Study = {
  id: 'zhang-2023',
  title:
    'Mesenchymal stem cells can improve discogenic pain in patients with intervertebral disc degeneration: a systematic review and meta-analysis',
  headline:
    "A review of 9 clinical studies (245 patients) that pooled each patient's change from before stem-cell treatment, with no comparison group.",
  authors: ['Zhang W', 'Wang D', 'Li H', 'Xu G', 'Zhang H', 'Xu C', 'Li J'],
  journal: 'Frontiers in Bioengineering and Biotechnology',
  year: 2023,
  citationDetail: '11:1155357',
  doi: '10.3389/fbioe.2023.1155357',
  design: {
    kind: 'meta-analysis-cohort',
    description:
      'Systematic review and meta-analysis of clinical studies; the analysis pooled changes from before treatment. Four databases searched up to September 2022, 2,392 records screened, quality rated with the Newcastle–Ottawa Scale',
  },
  population: {
    participants: 245,
    studies: 9,
    condition: 'Disc degeneration with pain coming from the disc',
  },
  intervention: {
    product: 'mesenchymal-cells',
    cellType: 'Mesenchymal stem cells (MSCs)',
    tissueSource: 'Bone marrow for most patients (193 of 245)',
  },
  outcomes: [
    {
      domain: 'pain',
      key: true,
      comparison: 'change-from-baseline',
      measure: 'Pain (VAS 0–100)',
      scale: 'vas-100',
      value: -41.62,
      ci: [-58.93, -24.32],
      certainty: rating,
      finding: 'Pain fell from before treatment to the last follow-up (only 4 studies gave complete data)',
    },
    {
      domain: 'function',
      key: true,
      comparison: 'change-from-baseline',
      measure: 'Disability (Oswestry Disability Index)',
      scale: 'odi',
      value: -22.04,
      ci: [-35.33, -8.75],
      p: '0.001',
      certainty: rating,
      finding: 'Disability fell from before treatment to the last follow-up (5 studies contributed)',
    },
    {
      domain: 'safety',
      comparison: 'event-rate',
      measure: 'Reoperation',
      scale: 'proportion',
      value: 0.074,
      ci: [0.009, 0.175],
      finding: 'About 7 in 100 treated patients later had another operation (pooled)',
    },
  ],
  safety: [
    'No serious adverse events were linked to the stem cells.',
    'Some patients had mild back, joint or muscle pain.',
  ],
  limitations: [
    "These are changes from each patient's own starting point, not differences against a control group: part of the improvement might have come anyway.",
    'Results varied a great deal between studies (I² 98%).',
    'Few patients, and the studies reported their results in different ways.',
    'Mostly carefully selected patients with one affected disc.',
    'Short follow-up.',
    'Most patients (193 of 245) had cells from bone marrow, so the results say less about cells from other tissues.',
  ],
  provenance: { kind: 'primary' },
  status: 'completed',
  lastReviewed: '2026-11-29',
};

export default study;
