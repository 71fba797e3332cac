import type { Study } from '../model.js';
import { provide } from '../registry.js';

const pain = 'Pain (VAS)';
const fn = 'Disability (Oswestry Disability Index)';

const study: Study = {
  id: 'xie-2021',
  title:
    'Clinical Efficacy and Safety of Human Mesenchymal Stem Cell Therapy for Degenerative Disc Disease: A Systematic Review and Meta-Analysis of Randomized Controlled Trials',
  headline:
    'Pooled randomized trials: stem-cell injections likely ease back pain a moderate amount more than the comparison treatments, with somewhat more minor side effects.',
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
  intervention: { cellType: 'Mesenchymal stem cells (MSCs)' },
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
      finding: 'Less pain than in the comparison groups, pooled over all follow-up times',
    },
    ...([3, 6, 12] as const).map((months, i) => ({
      domain: 'pain' as const,
      comparison: 'versus-control' as const,
      measure: pain,
      timepoint: { value: months, unit: 'months' as const },
      p: ['0.001', '0.01', '0.02'][i],
      finding: 'Pain lower than in the comparison groups',
    })),
    {
      domain: 'pain',
      comparison: 'versus-control',
      measure: pain,
      timepoint: { value: 24, unit: 'months', atLeast: true },
      p: '0.002',
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
      finding: 'Somewhat better everyday function than in the comparison groups, pooled',
    },
    {
      domain: 'function',
      comparison: 'versus-control',
      measure: fn,
      timepoint: { value: 24, unit: 'months', atLeast: true },
      p: '0.006',
      finding: 'Function better than in the comparison groups; at 3, 6 and 12 months only a trend',
    },
    {
      domain: 'pain',
      comparison: 'responders',
      measure: pain,
      p: '0.0002',
      finding: 'More people given stem cells reached the smallest pain improvement patients notice',
    },
    {
      domain: 'pain',
      comparison: 'responders',
      measure: pain,
      p: '0.0002',
      finding: 'More people given stem cells reached a large improvement in pain',
    },
    {
      domain: 'function',
      comparison: 'responders',
      measure: fn,
      p: '0.0005',
      finding: 'More people given stem cells reached the smallest improvement in function patients notice',
    },
    {
      domain: 'function',
      comparison: 'responders',
      measure: fn,
      p: '0.001',
      finding: 'More people given stem cells reached a large improvement in function',
    },
    {
      domain: 'safety',
      comparison: 'versus-control',
      measure: 'Side effects linked to treatment',
      scale: 'odds-ratio',
      value: 3.05,
      ci: [1.11, 8.4],
      p: '0.03',
      finding: 'Side effects linked to the treatment were more common with stem cells',
    },
  ],
  safety: [
    'Back pain, joint pain and muscle spasms were about as common as in the comparison groups.',
    'Side effects linked to the treatment were somewhat more frequent with stem cells.',
    'Serious adverse events were rare and no more frequent than in the comparison groups.',
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
  lastReviewed: '2026-11-22',
};

export default provide(study);
