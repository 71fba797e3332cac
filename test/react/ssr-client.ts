/**
 * The browser side of a React app rendered on the server (see scripts/check-react-ssr.mjs):
 * hydrates the same components with the same props, and records every error React or the
 * widgets report, whether the card's content was on screen at every frame until it settled, and
 * any frame in which a widget showed an error (one that started before React gave it its
 * properties would: the HTML carries only the properties an element reflects).
 */
import React from 'react';
import { hydrateRoot } from 'react-dom/client';
import { CandidacyChecklist, EvidenceCard, EvidenceOverview, OutcomeTimeline } from '../../src/react.js';

const report = { errors: [] as string[], frames: 0, blankFrames: 0, errorFrames: 0, done: false };
(window as unknown as { hydration: typeof report }).hydration = report;
const error = console.error;
console.error = (...args: unknown[]) => {
  report.errors.push(args.map(String).join(' '));
  error(...args);
};

const card = () => document.querySelector('disc-evidence-card')?.shadowRoot?.textContent ?? '';
const watch = () => {
  report.frames += 1;
  if (!card().includes('A single-group study of 9 people')) report.blankFrames += 1;
  const widgets = [...document.querySelectorAll('#app > *')];
  if (widgets.some((widget) => widget.shadowRoot?.querySelector('[part~="error"]'))) report.errorFrames += 1;
  if (report.frames < 60) requestAnimationFrame(watch);
  else report.done = true;
};
watch();

const h = React.createElement;
hydrateRoot(
  document.getElementById('app')!,
  h(
    React.Fragment,
    null,
    h(EvidenceCard, { study: 'bates-2022' }),
    h(OutcomeTimeline, { studies: 'bates-2022 gornet-2024', journey: true }),
    h(CandidacyChecklist, { ctaHref: '/book' }),
    h(EvidenceOverview, { studies: 'haufe-2006 soufi-2023' }),
  ),
  { onRecoverableError: (cause) => report.errors.push(`recoverable: ${String(cause)}`) },
);
