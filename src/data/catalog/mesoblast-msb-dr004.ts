import type { Study } from '../model.js';

const study: Study = {
  id: 'mesoblast-msb-dr004',
  title:
    'Confirmatory phase 3 trial of donor precursor cells (rexlemestrocel-L) with hyaluronic acid for chronic low back pain',
  titleNote: 'This title describes the trial, which has no published results yet.',
  headline:
    'A randomized, double-blind trial of donor precursor cells against a sham injection, planned for about 300 patients, is recruiting. There are no results yet.',
  registryId: 'NCT06325566',
  design: {
    kind: 'ongoing-trial',
    randomized: true,
    description:
      'Randomized, double-blind, sham-controlled; started 3 July 2024, expected to end 31 October 2027. Main goal: change in average daily low back pain at 12 months; side effects followed to 24 months. In January 2026 the company reported about 40 US sites and over half enrolled.',
    followUp: { value: 24, unit: 'months' },
  },
  comparator: 'A sham: saline injected next to the disc, not into it',
  population: {
    participants: 300,
    participantsKind: 'planned',
    condition:
      'Chronic low back pain for 6 to 60 months from moderate degeneration of one lumbar disc (L1 to S1), after at least 3 months of conservative care that did not help',
  },
  intervention: {
    product: 'mesenchymal-cells',
    cellType: 'Mesenchymal precursor cells (rexlemestrocel-L)',
    origin: 'allogeneic',
    dose: 'About 6 million cells mixed with hyaluronic acid',
    delivery: 'One injection into the disc',
  },
  arms: [
    { label: 'Cells with hyaluronic acid, into the disc', role: 'treatment', dose: 'about 6 million cells' },
    { label: 'Sham: saline next to the disc, not into it', role: 'control' },
  ],
  outcomes: [],
  safety: [],
  limitations: [
    'No results yet.',
    'Its main goal is simpler than that of the earlier phase 3 trial (NCT02412735), whose main result we could not verify.',
    'The sham is an injection next to the disc, not into it.',
  ],
  funding: { sponsor: 'Mesoblast Ltd.', maker: true },
  mainGoal: {
    description: 'Change in average daily low back pain (VAS) at 12 months',
    status: 'awaited',
  },
  provenance: { kind: 'primary' },
  status: 'ongoing',
  lastReviewed: '2026-11-29',
};

export default study;
