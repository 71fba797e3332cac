import type { Study } from '../model.js';

const companyRelease = 'Company press release, January 2022';

const study: Study = {
  id: 'mesoblast-msb-dr003',
  title: 'Phase 3 randomized trial of donor precursor cells (rexlemestrocel-L) for chronic low back pain (MSB-DR003)',
  titleNote: 'No journal paper of this trial was found: this title describes the trial, and is not a published one.',
  headline:
    'A randomized, double-blind trial in 404 patients comparing donor precursor cells, alone or with hyaluronic acid, with saline injections, followed for three years.',
  registryId: 'NCT02412735',
  design: {
    kind: 'rct',
    description:
      'Randomized, double-blind, saline-controlled phase 3 trial at 49 sites in the US and Australia (company releases say 48), run with Quintiles, March 2015 to June 2021. Main goal: at least 50% less pain, 15 points better on the Oswestry index and no further treatment, at both 12 and 24 months',
    followUp: { value: 36, unit: 'months' },
  },
  comparator: 'Saline injections (132 patients)',
  population: {
    participants: 404,
    condition:
      'Chronic low back pain for at least 6 months from moderate degeneration of one lumbar disc (L1 to S1), after 6 months of conservative care that did not help',
  },
  intervention: {
    product: 'mesenchymal-cells',
    cellType: 'Mesenchymal precursor cells (rexlemestrocel-L)',
    origin: 'allogeneic',
    dose: 'About 6 million cells in 2 mL, alone (143 patients) or with hyaluronic acid (129 patients)',
    delivery: 'One injection into the disc',
  },
  arms: [
    { label: 'Cells alone', role: 'treatment', size: 143, dose: 'about 6 million cells' },
    { label: 'Cells with hyaluronic acid', role: 'treatment', size: 129, dose: 'about 6 million cells' },
    { label: 'Saline', role: 'control', size: 132 },
  ],
  outcomes: [
    {
      domain: 'other',
      key: true,
      comparison: 'versus-control',
      measure: 'Main goal: "treatment success" at both 12 and 24 months (defined under Design)',
      timepoint: { value: 24, unit: 'months' },
      finding:
        'Whether the trial met its main goal is not verified: no source we could read gives the result, and the company has not said it was met',
    },
    {
      domain: 'medication',
      comparison: 'versus-control',
      measure: 'Off opioids at 36 months, among those taking them at the start',
      timepoint: { value: 36, unit: 'months' },
      p: '0.0075',
      direction: 'better',
      finding:
        'More of those taking opioids at the start had stopped them: 28% with cells and hyaluronic acid vs 8% with saline. The P value was not adjusted for the many comparisons made',
      sourceNote: companyRelease,
    },
  ],
  safety: [],
  limitations: [
    'Whether the main goal was met is not verified in any source we could read, and none of the company’s releases says it was met.',
    'No journal paper of the results was found; results were posted on the trial registry in January 2022.',
    'The opioid figure comes from a company press release, for a subgroup (those taking opioids at the start), with a P value not adjusted for the many comparisons made.',
    'In January 2026 the company said the FDA described the effect on pain as appearing to favour the cells; we could not check this in a primary source.',
    'The company is running a new trial with a simpler main goal, pain at 12 months (NCT06325566).',
  ],
  funding: { sponsor: 'Mesoblast Ltd.', maker: true },
  mainGoal: {
    description:
      'Treatment success at both 12 and 24 months: at least 50% less pain, at least 15 points better on the Oswestry index, and no further treatment at that disc',
    status: 'not-verified',
    note: 'No source we could read gives the result, and the company has not said the goal was met.',
  },
  provenance: { kind: 'primary' },
  status: 'completed',
  lastReviewed: '2026-11-29',
};

export default study;
