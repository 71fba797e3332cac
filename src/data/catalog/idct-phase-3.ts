import type { Study } from '../model.js';

const study: Study = {
  id: 'idct-phase-3',
  title: 'Phase 3 program of injectable disc cell therapy (IDCT): the PIVOT and CONFIRM trials',
  headline: 'Two large sham-controlled trials of donor disc cells are under way. There are no results yet.',
  registryId: 'NCT07254806',
  design: {
    kind: 'ongoing-trial',
    randomized: true,
    description:
      'Two randomized, double-blind, sham-controlled trials at many centers, run at the same time. Cleared by the FDA in 2024; first patient treated in January 2026. Main results at 52 weeks, then 52 more weeks of follow-up.',
    followUp: { value: 104, unit: 'weeks' },
  },
  comparator: 'A sham (simulated) procedure; 2 patients get cells for every 1 who gets the sham',
  population: {
    participants: 162,
    participantsKind: 'planned',
    condition: 'Symptomatic lumbar disc degeneration at one level (one disc from L3 to S1)',
  },
  intervention: {
    product: 'disc-progenitor-cells',
    cellType: 'Disc progenitor cells (rebonuputemcel, IDCT) — not mesenchymal stem cells',
    tissueSource: 'Donated adult disc tissue',
    origin: 'allogeneic',
    dose: 'one 1 mL injection of 9 million cells per mL',
    delivery: 'Injection into one disc',
  },
  arms: [
    { label: 'Donor disc cells', role: 'treatment', dose: 'one 1 mL injection of 9 million cells per mL' },
    { label: 'Sham (simulated) procedure', role: 'control' },
  ],
  outcomes: [],
  safety: [],
  limitations: [
    'No results yet.',
    'The participant count comes from one registry entry; which of the two trials it describes was not found.',
    'The FDA gave the program RMAT and Fast Track designations. These speed up review; they are not approval.',
  ],
  provenance: { kind: 'primary' },
  status: 'ongoing',
  lastReviewed: '2026-11-29',
};

export default study;
