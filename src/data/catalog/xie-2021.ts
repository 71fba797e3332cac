import type { CertaintyRating, Study } from '../model.js';

const pain = 'Pain (VAS)';
const fn = 'Disability (Oswestry Disability Index)';

/** Pain and function: few small trials that did not agree (the fact sheet's rating). */
const rating: CertaintyRating = {
  level: 'low',
  reasons: [
    { concern: 'imprecision', note: 'few small trials' },
    { concern: 'inconsistency', note: 'results differed between trials' },
  ],
};

const study: Study = {
  id: 'xie-2021',
  title:
    'Clinical Efficacy and Safety of Human Mesenchymal Stem Cell Therapy for Degenerative Disc Disease: A Systematic Review and Meta-Analysis of Randomized Controlled Trials',
  headline:
    'A review that pooled randomized trials comparing stem-cell injections with control treatments or standard care in people with degenerative disc disease.',
  authors: ['Xie B', 'Chen S', 'Xu Y', 'Han W', 'Hu R', 'Chen M', 'He R', 'Ding S'],
  journal: 'Stem Cells International',
  year: 2021,
  citationDetail: '2021:9149315',
  doi: '10.1155/2021/9149315',
  pmid: '34557231',
  pmcid: 'PMC8455197',
  design: {
    kind: 'meta-analysis-rct',
    description: 'A systematic review that pooled the results of randomized controlled trials',
  },
  comparator: 'Control treatment or standard care',
  population: { condition: 'Degenerative disc disease' },
  intervention: { product: 'mesenchymal-cells', cellType: 'Mesenchymal stem cells (MSCs)' },
  outcomes: [
    {
      domain: 'pain',
      key: true,
      comparison: 'versus-control',
      measure: pain,
      scale: 'smd',
      value: -0.5,
      ci: [-0.68, -0.33],
      p: '<0.00001',
      certainty: rating,
      finding:
        'Less pain than in the comparison groups, pooled over all follow-up times: about half a standard deviation, a size researchers call moderate',
    },
    ...([3, 6, 12] as const).map((months, i) => ({
      domain: 'pain' as const,
      comparison: 'versus-control' as const,
      measure: pain,
      timepoint: { value: months, unit: 'months' as const },
      p: ['0.001', '0.01', '0.02'][i],
      // Only P values were given at each time: the finding says which way they point.
      direction: 'better' as const,
      certainty: rating,
      finding: 'Pain lower than in the comparison groups',
    })),
    {
      domain: 'pain',
      comparison: 'versus-control',
      measure: pain,
      timepoint: { value: 24, unit: 'months', atLeast: true },
      p: '0.002',
      direction: 'better',
      certainty: rating,
      finding: 'Pain lower than in the comparison groups',
    },
    {
      domain: 'function',
      key: true,
      comparison: 'versus-control',
      measure: fn,
      scale: 'smd',
      value: -0.27,
      ci: [-0.44, -0.09],
      p: '0.003',
      certainty: rating,
      finding: 'Better everyday function than in the comparison groups, pooled: a small effect size',
    },
    {
      domain: 'function',
      comparison: 'versus-control',
      measure: fn,
      timepoint: { value: 24, unit: 'months', atLeast: true },
      p: '0.006',
      direction: 'better',
      certainty: rating,
      finding: 'Function better than in the comparison groups; at 3, 6 and 12 months only a trend',
    },
    ...(
      [
        ['pain', 'the smallest pain improvement patients notice', '0.0002'],
        ['pain', 'a large improvement in pain', '0.0002'],
        ['function', 'the smallest improvement in function patients notice', '0.0005'],
        ['function', 'a large improvement in function', '0.001'],
      ] as const
    ).map(([domain, reached, p]) => ({
      domain,
      // More people improved with stem cells than without: a comparison between groups, with no shares given.
      comparison: 'versus-control' as const,
      measure: domain === 'pain' ? pain : fn,
      p,
      certainty: rating,
      finding: `More people reached ${reached} with stem cells than in the comparison groups (the shares were not given)`,
    })),
    {
      domain: 'safety',
      comparison: 'versus-control',
      measure: 'Side effects linked to treatment',
      scale: 'odds-ratio',
      value: 3.05,
      ci: [1.11, 8.4],
      p: '0.03',
      key: true,
      certainty: {
        level: 'low',
        reasons: [{ concern: 'imprecision', levels: 2, note: 'a wide range of uncertainty, from few trials' }],
      },
      finding: 'Side effects linked to the treatment were more common with stem cells than in the comparison groups',
    },
  ],
  safety: [
    'Back pain, joint pain and muscle spasms: the review found no significant difference from the comparison groups.',
    'Side effects linked to the treatment were more common with stem cells (odds ratio 3.05, 95% confidence interval 1.11 to 8.40).',
    'Serious adverse events were rare; the review found no significant difference from the comparison groups, which does not show they are equally rare.',
  ],
  limitations: [
    'Few trials, with few patients in each.',
    'The trials did not all agree with each other.',
    'The trials measured pain and function in different ways.',
    'Each trial prepared its cells differently.',
    'Patients differed in age, general health and how far their discs had worn.',
    'How many trials and patients were pooled is not given here: we could not check it against the paper.',
  ],
  provenance: { kind: 'primary' },
  status: 'completed',
  lastReviewed: '2026-11-29',
};

export default study;
