import type { Study } from '../model.js';

const study: Study = {
  id: 'review-2025',
  title: "Systematic review of controlled clinical studies (2025), as described on a clinic's web page",
  headline:
    "A clinic's web page describes a 2025 review of 13 controlled studies. The review itself is not cited, so its findings cannot be checked.",
  year: 2025,
  design: {
    kind: 'secondary-report',
    description: 'Described as a PRISMA-compliant systematic review of controlled clinical studies published 2011–2025',
  },
  comparator: 'The control groups of the included studies (details not given)',
  population: { participants: 1299, participantsKind: 'more-than', studies: 13 },
  intervention: {},
  outcomes: [],
  safety: [],
  limitations: [
    'The authors, journal and DOI are not given, so the review could not be found or checked.',
    "Known only from a clinic's promotional web page.",
  ],
  provenance: { kind: 'secondary', reportedBy: "A clinic's web page" },
  status: 'completed',
  lastReviewed: '2026-11-29',
};

export default study;
