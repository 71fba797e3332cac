import type { CertaintyRating, Study } from '../model.js';

const companyRelease = 'Company press release, January 2015, as reported in the news';

/** As rated for pain and function: randomized, but only the sponsor's figures were found. */
const certainty: CertaintyRating = {
  level: 'low',
  reasons: [
    { concern: 'reporting-bias', note: 'the numbers come from the sponsor’s press release, not the paper' },
    { concern: 'imprecision', note: 'small groups' },
  ],
};

const success = '"Treatment success" at both 6 and 12 months';

const study: Study = {
  id: 'amirdelfan-2021',
  title:
    'Allogeneic mesenchymal precursor cells treatment for chronic low back pain associated with degenerative disc disease: a prospective randomized, placebo-controlled 36-month study of safety and efficacy',
  headline:
    'A randomized, double-blind trial in 100 patients comparing two doses of donor precursor cells (with hyaluronic acid) with hyaluronic acid alone and with saline, followed for three years.',
  authors: [
    'Amirdelfan K',
    'Bae H',
    'McJunkin T',
    'DePalma M',
    'Kim K',
    'Beckworth WJ',
    'Ghiselli G',
    'Bainbridge JS',
    'Dryer R',
    'Deer TR',
    'Brown RD',
  ],
  journal: 'The Spine Journal',
  year: 2021,
  citationDetail: '21(2):212–230',
  doi: '10.1016/j.spinee.2020.10.004',
  registryId: 'NCT01290367',
  design: {
    kind: 'rct',
    description:
      'Randomized, double-blind phase 2 trial (MSB-DR001) at 13 sites, 12 in the US and 1 in Australia; groups in a 3:3:2:2 ratio; visits at 1, 3, 6, 12, 24 and 36 months',
    followUp: { value: 36, unit: 'months' },
  },
  comparator: 'Hyaluronic acid alone, or saline',
  population: {
    participants: 100,
    condition:
      'Chronic low back pain for at least 6 months from moderate degeneration of one lumbar disc (L1 to S1), after 3 months of conservative care, including physical therapy, that did not help',
  },
  intervention: {
    product: 'mesenchymal-cells',
    cellType: 'Mesenchymal precursor cells (STRO-3+, rexlemestrocel-L), selected and grown in a laboratory',
    origin: 'allogeneic',
    dose: '6 million or 18 million cells, with hyaluronic acid',
    delivery: 'One injection into the disc',
  },
  arms: [
    { label: '6 million cells with hyaluronic acid', role: 'treatment' },
    { label: '18 million cells with hyaluronic acid', role: 'treatment' },
    { label: 'Hyaluronic acid alone', role: 'control' },
    { label: 'Saline', role: 'control' },
  ],
  outcomes: [
    {
      domain: 'pain',
      key: true,
      comparison: 'versus-control',
      measure: 'Minimal or no pain left (VAS 20 or less of 100), 6-million-cell group',
      timepoint: { value: 12, unit: 'months' },
      p: '0.042',
      direction: 'better',
      certainty,
      finding: 'More people had minimal or no pain left: 46% with 6 million cells vs 13% with saline',
      sourceNote: companyRelease,
    },
    {
      domain: 'pain',
      comparison: 'versus-control',
      measure: 'Minimal or no pain left (VAS 20 or less of 100), 6-million-cell group',
      timepoint: { value: 24, unit: 'months' },
      p: '0.093',
      finding:
        '48% with 6 million cells vs 13% with saline had minimal or no pain left; the difference was not statistically significant',
      sourceNote: companyRelease,
    },
    {
      domain: 'other',
      comparison: 'versus-control',
      measure: `${success}, 6-million-cell group`,
      timepoint: { value: 12, unit: 'months' },
      p: '0.006',
      direction: 'better',
      certainty,
      finding: 'More people met the company’s definition of success: 44% with 6 million cells vs 13% with saline',
      sourceNote: companyRelease,
    },
    {
      domain: 'other',
      comparison: 'versus-control',
      measure: `${success}, 18-million-cell group`,
      timepoint: { value: 12, unit: 'months' },
      p: '0.020',
      direction: 'better',
      certainty,
      finding: 'More people met the company’s definition of success: 42% with 18 million cells vs 13% with saline',
      sourceNote: companyRelease,
    },
  ],
  safety: [
    'Well tolerated, with no signs of an immune reaction, according to a summary of the trial; the paper’s own safety results were not found in the sources we checked.',
  ],
  limitations: [
    'Every number here comes from the company’s press release of January 2015, as reported in the news: the results in the journal paper were not found in the sources we checked.',
    'Small groups, and the difference in pain at 24 months was not statistically significant.',
    'The sizes of the four groups were not found in the sources we checked.',
    'The company’s "treatment success" meant at least 50% less pain, at least 15 points better on the Oswestry index and no further treatment, at both 6 and 12 months.',
    'Xie et al. 2021 counted this trial as 80 patients, comparing cells with hyaluronic acid against hyaluronic acid alone.',
  ],
  funding: { sponsor: 'Mesoblast Ltd.', maker: true },
  provenance: { kind: 'primary' },
  status: 'completed',
  lastReviewed: '2026-11-29',
};

export default study;
