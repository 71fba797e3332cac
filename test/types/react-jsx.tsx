// Type-checked by `npm test` (tsc), never run: the JSX declarations accept what the elements
// accept and refuse what they do not.
import type {} from '../../src/jsx.js';
import type { Study } from '../../src/data/model.js';

declare const study: Study;

export const accepted = (
  <>
    <disc-evidence-card study="bates-2022" variant="compact" headingLevel={2} theme="dark" lang="en" />
    <disc-evidence-card data={study} ondisc-error={(event) => event.detail.code.toUpperCase()} />
    <disc-outcome-timeline studies="gornet-2024 xie-2021" view="milestones" journey className="wide" />
    <disc-candidacy-checklist
      ctaHref="/book"
      ctaLabel="Book a consultation"
      ondisc-candidacy-change={(event) => event.detail.status === 'possible'}
    />
  </>
);

export const refused = (
  <>
    {/* @ts-expect-error there is no "huge" variant */}
    <disc-evidence-card variant="huge" />
    {/* @ts-expect-error view is "trajectory" or "milestones" */}
    <disc-outcome-timeline view="bars" />
    {/* @ts-expect-error the timeout is a number of milliseconds */}
    <disc-evidence-card timeout="soon" />
    {/* @ts-expect-error the checklist has no study */}
    <disc-candidacy-checklist study="bates-2022" />
  </>
);
