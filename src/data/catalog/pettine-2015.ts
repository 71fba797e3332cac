import type { CertaintyRating, Study } from '../model.js';
import type { Series } from '../series.js';

const at12 = { value: 12, unit: 'months' as const };
const at24 = { value: 24, unit: 'months' as const };

/** One group, so each result starts low; the later visits count only those who did not have surgery. */
const certainty: CertaintyRating = {
  level: 'very-low',
  reasons: [
    {
      concern: 'risk-of-bias',
      note: '26 patients, and the later visits count only those who did not go on to surgery',
    },
  ],
};

const all = 'All 26 patients, to 12 months';
const noSurgery = 'Only those who did not have surgery (21 at 2 years, 20 at 3 years)';
const disability = 'Disability (Oswestry index, 0–100)';
const pain = 'Pain (VAS 0–100)';

/**
 * The mean scores the reports give, at 0, 3, 6 and 12 months for all 26 (how many at 3 to 12 months
 * is not reported), and for those who did not have surgery at 0 (the 20 seen at 3 years), 3 and 24
 * months (the 21 seen at 2 years) and 36 months (the 20).
 */
function line(id: string, label: string, measure: string, scale: 'odi' | 'vas-100', values: number[]): Series {
  const group =
    label === all
      ? [[0, 26], [3], [6], [12]]
      : [
          [0, 20],
          [3, 21],
          [24, 21],
          [36, 20],
        ];
  return {
    id,
    label,
    measure,
    scale,
    comparison: 'change-from-baseline',
    timeUnit: 'months',
    points: group.map(([time = 0, n], i) => ({ time, value: values[i] ?? 0, ...(n && { n }) })),
  };
}

const twoYearReport = 'The two-year report (International Orthopaedics 2016;40:135–140, doi:10.1007/s00264-015-2886-4)';

const study: Study = {
  id: 'pettine-2015',
  title:
    'Percutaneous injection of autologous bone marrow concentrate cells significantly reduces lumbar discogenic pain through 12 months',
  titleNote:
    '"Significantly reduces" compares the patients with themselves before treatment. There was no control group, so it does not show that the cells caused the change.',
  headline:
    'A single-group study of 26 people with one or two worn lumbar discs who were candidates for surgery, given a concentrate of their own bone marrow and followed for up to 3 years.',
  authors: ['Pettine KA', 'Murphy MB', 'Suzuki RK', 'Sand TT'],
  journal: 'Stem Cells',
  year: 2015,
  doi: '10.1002/stem.1845',
  design: {
    kind: 'single-arm',
    description:
      'Open-label study of one treated group with no control group, reported three times: to 12 months, to 2 years and to 3 years',
    followUp: { value: 36, unit: 'months' },
  },
  population: {
    participants: 26,
    condition:
      'Chronic low back pain (more than 6 months) from one or two worn lumbar discs, in people who were candidates for surgery',
  },
  intervention: {
    product: 'bone-marrow-concentrate',
    cellType: 'Bone-marrow concentrate (cells not grown in a lab)',
    tissueSource: 'Bone marrow',
    origin: 'autologous',
    dose: 'About 2 mL of concentrate, on average 121 million nucleated cells per mL',
    delivery: 'One injection into each treated disc',
  },
  outcomes: [
    {
      domain: 'pain',
      key: true,
      comparison: 'change-from-baseline',
      measure: pain,
      scale: 'vas-100',
      timepoint: at12,
      value: -46.1,
      p: '≤0.0001',
      certainty,
      finding: 'Less pain than before treatment',
      sourceNote: 'worked out from the mean scores the study reports: 79.3 before treatment, 33.2 at 12 months',
    },
    {
      domain: 'function',
      key: true,
      comparison: 'change-from-baseline',
      measure: 'Disability (Oswestry Disability Index, 0–100)',
      scale: 'odi',
      timepoint: at12,
      value: -31.5,
      p: '≤0.0001',
      certainty,
      finding: 'Less disability than before treatment',
      sourceNote: 'worked out from the mean scores the study reports: 56.5 before treatment, 25.0 at 12 months',
    },
    {
      domain: 'other',
      comparison: 'responders',
      timepoint: at24,
      responders: { count: 21, of: 26 },
      direction: 'better',
      finding: 'Had not had surgery by 2 years (6 of 26 had surgery by 3 years)',
      sourceNote: twoYearReport,
    },
    {
      domain: 'structure',
      comparison: 'responders',
      measure: 'MRI (modified Pfirrmann grade)',
      timepoint: at12,
      responders: { count: 8, of: 20 },
      direction: 'better',
      finding: 'Disc looked one grade better on MRI; none looked worse',
    },
    {
      domain: 'other',
      comparison: 'change-from-baseline',
      timepoint: at12,
      finding:
        'A hint, not a proof: more cells went with more improvement. Patients over 40 with fewer than 2,000 CFU-F per mL improved 33.7% (disability) and 29.1% (pain); the others 69.5% and 70.6%',
    },
  ],
  safety: ['No side effects from the marrow draw or the injection were reported.'],
  limitations: [
    'No control group: natural recovery and the placebo effect may explain some of the change.',
    'Only 26 patients.',
    'The 2- and 3-year numbers count only those who did not have surgery (21, then 20), who may be those who did best.',
    'A review reports that 2 of the 26 had a second injection at 6 months.',
  ],
  series: [
    line('disability-all', all, disability, 'odi', [56.5, 22.8, 24.4, 25.0]),
    line('disability-no-surgery', noSurgery, disability, 'odi', [56.7, 19.9, 18.3, 17.5]),
    line('pain-all', all, pain, 'vas-100', [79.3, 29.2, 26.3, 33.2]),
    line('pain-no-surgery', noSurgery, pain, 'vas-100', [82.1, 27.0, 22.9, 21.9]),
  ],
  provenance: { kind: 'primary' },
  status: 'completed',
  lastReviewed: '2026-11-30',
};

export default study;
