import type { Study } from '../model.js';

const study: Study = {
  id: 'her-2022',
  title:
    'The analgesic efficacy of intradiscal injection of bone marrow aspirate concentrate and culture-expanded bone marrow mesenchymal stromal cells in discogenic pain: a systematic review',
  headline:
    'A systematic review of 16 studies, 607 participants in all, of bone-marrow cells injected into the disc for disc pain, described study by study rather than pooled.',
  authors: ['Her YF', 'Kubrova E', 'Martinez Alvarez GA', "D'Souza RS"],
  journal: 'Journal of Pain Research',
  year: 2022,
  citationDetail: '15:3299–3318',
  doi: '10.2147/JPR.S373345',
  pmid: '36299501',
  design: {
    kind: 'systematic-review',
    description:
      'Systematic review of 16 studies, described without pooling; certainty rated by the review’s own authors',
  },
  comparator: 'The control groups of the studies that had one (details not given in the sources we checked)',
  population: {
    participants: 607,
    studies: 16,
    condition: 'Disc pain (discogenic low back pain)',
  },
  intervention: {
    product: 'several',
    cellType: 'Bone-marrow aspirate concentrate, or mesenchymal stromal cells grown from bone marrow in a laboratory',
    tissueSource: 'Bone marrow',
    delivery: 'Injection into the disc',
  },
  outcomes: [
    {
      domain: 'pain',
      key: true,
      comparison: 'change-from-baseline',
      measure: 'Pain, in the studies reviewed',
      direction: 'better',
      certainty: {
        level: 'very-low',
        reasons: [
          { concern: 'inconsistency', note: 'the studies differed widely' },
          { concern: 'indirectness', note: 'the results may not apply to most patients' },
        ],
      },
      finding: 'The studies reported less pain than before treatment; the review did not combine their numbers',
    },
  ],
  safety: ['No serious side effects except one case of disc infection (discitis).'],
  limitations: [
    'Most results are changes from before treatment, not comparisons with a control group.',
    'The studies were not pooled, so there is no overall number.',
    'The review’s own authors rated the certainty of the evidence very low.',
  ],
  provenance: { kind: 'primary' },
  status: 'completed',
  lastReviewed: '2026-11-29',
};

export default study;
