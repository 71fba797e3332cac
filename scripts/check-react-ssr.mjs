// React server rendering with Lit's React integration: `renderToString` of the four React
// components must carry each element's shadow root as declarative shadow DOM, with its content
// (not a loading state), once `prepareServerRender()` has loaded the built-in data. Run by the
// package checks; `--html` prints the page's HTML for the browser test that hydrates it.
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import React from 'react';
import { renderToString } from 'react-dom/server';

const root = new URL('..', import.meta.url);
const { prepareServerRender } = await import(new URL('dist/server.js', root).href);
const { EvidenceCard, OutcomeTimeline, CandidacyChecklist, EvidenceOverview } = await import(
  new URL('dist/react.js', root).href
);

/** The app the browser test hydrates: the same four components, the same props. */
export function app(h = React.createElement) {
  return h(
    'div',
    { id: 'app' },
    h(EvidenceCard, { study: 'bates-2022' }),
    h(OutcomeTimeline, { studies: 'bates-2022 gornet-2024', journey: true }),
    h(CandidacyChecklist, { ctaHref: '/book' }),
    h(EvidenceOverview, { studies: 'haufe-2006 soufi-2023' }),
  );
}

await prepareServerRender('en');
const html = renderToString(app());

if (process.argv.includes('--html')) {
  process.stdout.write(html);
} else {
  const problems = [];
  const shadowRoots = html.match(/<template shadowroot(mode)?="open"/g) ?? [];
  if (shadowRoots.length < 4) problems.push(`${shadowRoots.length} declarative shadow roots, not 4`);
  const text = html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
  for (const words of [
    'A single-group study of 9 people', // the card's headline
    'Paid for by', // the card's facts
    'Results over time from 2 studies', // the timeline's summary
    'What was reported', // the timeline's table
    'First: signs that need a doctor now', // the checklist, warning signs first
    'This site chose 2 of the 17 studies', // the overview, saying what it leaves out
    'Haufe et al. 2006', // the overview's studies
  ]) {
    if (!text.includes(words)) problems.push(`no "${words}" in the server HTML`);
  }
  if (/Loading the/.test(text)) problems.push('a widget rendered its loading state');
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('React server render: 4 widgets with their content as declarative shadow DOM');
}
