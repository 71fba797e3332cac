/**
 * Hostile input, across the three elements: markup and script in every kind of text, dangerous
 * links, huge and deeply nested data, wrong types, non-finite numbers, unknown values, repeated ids,
 * prototype keys, broken JSON and sources that misbehave. For every case: no script runs, nothing
 * reaches window.onerror, and the widget shows either the text, escaped, or a specific message,
 * with `disc-error` fired when data was rejected.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { exampleSeries } from './fixtures/series.js';
import { minimalStudy } from './fixtures/studies.js';
import { mount, part, visibleText } from './helpers.js';

const SCRIPT = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const SVG = '"><svg onload="window.__pwned=3"></svg>';

type Pwned = Window & { __pwned?: number };

interface Case {
  name: string;
  /** Builds the element as a page would: attributes, properties or inline JSON. */
  make: () => HTMLElement | Promise<HTMLElement>;
  /** Rejected data: the error code and words of the message. Shown data: text that must appear as text. */
  expect: { rejected: string; says: string } | { shows: string };
}

function element(tag: string, attributes: Record<string, string> = {}, properties: Record<string, unknown> = {}) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, properties);
  return el;
}

/** An element holding its data as inline JSON text, exactly as a site would paste it. */
function withInline(tag: string, json: string, attributes: Record<string, string> = {}) {
  const el = element(tag, attributes);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  return el;
}

const card = (data: unknown) => element('disc-evidence-card', {}, { data });
const study = (overrides: Record<string, unknown>) => card(minimalStudy(overrides));
const timeline = (series: unknown) => element('disc-outcome-timeline', {}, { series });
const cohort = (overrides: Record<string, unknown>) => timeline([exampleSeries(overrides)]);
let clinicCriteria: Record<string, unknown>;
const checklist = (overrides: Record<string, unknown>, attributes: Record<string, string> = {}) =>
  element('disc-candidacy-checklist', attributes, { criteria: { ...clinicCriteria, ...overrides } });
const question = (overrides: Record<string, unknown>) => ({
  requirements: [{ ...(clinicCriteria.requirements as object[])[0], ...overrides }],
});

function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = { kind: value };
  return value;
}

const CASES: Case[] = [
  // Evidence card: text is shown as text.
  { name: 'card: markup in the headline', make: () => study({ headline: SCRIPT }), expect: { shows: SCRIPT } },
  { name: 'card: markup in the title', make: () => study({ title: SVG }), expect: { shows: SVG } },
  { name: 'card: markup in a limitation', make: () => study({ limitations: [SCRIPT] }), expect: { shows: SCRIPT } },
  { name: 'card: markup in safety', make: () => study({ safety: [SVG] }), expect: { shows: SVG } },
  {
    name: 'card: markup in the comparator',
    make: () => study({ design: { kind: 'rct' }, comparator: SCRIPT }),
    expect: { shows: SCRIPT },
  },
  { name: 'card: markup in an author', make: () => study({ authors: [SVG] }), expect: { shows: SVG } },
  {
    name: 'card: markup in a finding',
    make: () =>
      study({ outcomes: [{ domain: 'pain', comparison: 'change-from-baseline', finding: SCRIPT, key: true }] }),
    expect: { shows: SCRIPT },
  },
  {
    name: 'card: markup in a study id',
    make: () => element('disc-evidence-card', { study: SCRIPT }),
    expect: { rejected: 'unknown-id', says: SCRIPT },
  },
  // Evidence card: links and shapes it refuses.
  {
    name: 'card: a javascript: link',
    make: () => study({ url: 'javascript:window.__pwned=4' }),
    expect: { rejected: 'invalid-data', says: 'url' },
  },
  {
    name: 'card: a data: link',
    make: () => study({ url: 'data:text/html,<script>window.__pwned=5</script>' }),
    expect: { rejected: 'invalid-data', says: 'url' },
  },
  {
    name: 'card: a vbscript: link',
    make: () => study({ url: 'vbscript:msgbox(1)' }),
    expect: { rejected: 'invalid-data', says: 'url' },
  },
  {
    name: 'card: a javascript: link hidden behind spaces and a tab',
    make: () => study({ url: ' \tjava\nscript:window.__pwned=6' }),
    expect: { rejected: 'invalid-data', says: 'url' },
  },
  {
    name: 'card: a 100,000-character headline',
    make: () => study({ headline: 'x'.repeat(100_000) }),
    expect: { rejected: 'invalid-data', says: 'headline: is longer than' },
  },
  {
    name: 'card: 10,000 limitations',
    make: () => study({ limitations: Array.from({ length: 10_000 }, (_, i) => `limit ${i}`) }),
    expect: { rejected: 'invalid-data', says: 'limitations: has more than' },
  },
  {
    name: 'card: a design nested 5,000 levels deep',
    make: () => study({ design: deeplyNested(5000) }),
    expect: { rejected: 'invalid-data', says: 'design.kind' },
  },
  {
    name: 'card: a participant count that is text',
    make: () => study({ population: { participants: 'nine' } }),
    expect: { rejected: 'invalid-data', says: 'population.participants' },
  },
  {
    name: 'card: a value that is NaN',
    make: () =>
      study({
        outcomes: [{ domain: 'pain', comparison: 'change-from-baseline', finding: 'x', scale: 'vas-10', value: NaN }],
      }),
    expect: { rejected: 'invalid-data', says: 'outcomes[0].value' },
  },
  {
    name: 'card: a value that is Infinity',
    make: () =>
      study({
        outcomes: [
          { domain: 'pain', comparison: 'change-from-baseline', finding: 'x', scale: 'vas-10', value: Infinity },
        ],
      }),
    expect: { rejected: 'invalid-data', says: 'outcomes[0].value' },
  },
  {
    name: 'card: an unknown design',
    make: () => study({ design: { kind: 'anecdote' } }),
    expect: { rejected: 'invalid-data', says: 'design.kind' },
  },
  {
    name: 'card: a __proto__ key in inline JSON',
    make: () =>
      withInline(
        'disc-evidence-card',
        JSON.stringify(minimalStudy({ headline: 'Proto test' })).replace('{', '{"__proto__":{"polluted":true},'),
      ),
    expect: { shows: 'Proto test' },
  },
  {
    name: 'card: a constructor key',
    make: () => study({ constructor: { prototype: { polluted: true } }, headline: 'Constructor test' }),
    expect: { shows: 'Constructor test' },
  },
  {
    name: 'card: a whole study that is an array',
    make: () => card([minimalStudy()]),
    expect: { rejected: 'invalid-data', says: 'expected an object' },
  },
  {
    name: 'card: inline JSON cut short',
    make: () => withInline('disc-evidence-card', '{ "id": "broken", '),
    expect: { rejected: 'invalid-json', says: 'not valid JSON' },
  },
  {
    name: 'card: a src that returns a web page',
    make: () => element('disc-evidence-card', { src: '/test/fixtures/not-json.html' }),
    expect: { rejected: 'not-json', says: 'not-json.html' },
  },
  {
    name: 'card: a src that answers 500',
    make: () => element('disc-evidence-card', { src: '/test-server/error.json' }),
    expect: { rejected: 'http-status', says: '500' },
  },
  {
    name: 'card: a src that never answers',
    make: () => element('disc-evidence-card', { src: '/test-server/hang.json', timeout: '200' }),
    expect: { rejected: 'timeout', says: 'hang.json' },
  },

  // Outcome timeline.
  { name: 'timeline: markup in a series label', make: () => cohort({ label: SCRIPT }), expect: { shows: SCRIPT } },
  { name: 'timeline: markup in a measure', make: () => cohort({ measure: SVG }), expect: { shows: SVG } },
  {
    name: 'timeline: the same series id twice',
    make: () => timeline([exampleSeries(), exampleSeries()]),
    expect: { rejected: 'invalid-data', says: 'is used twice' },
  },
  {
    name: 'timeline: a point value that is NaN',
    make: () => cohort({ points: [{ time: 0, value: NaN }] }),
    expect: { rejected: 'invalid-data', says: 'points[0].value' },
  },
  {
    name: 'timeline: a time that is Infinity',
    make: () => cohort({ points: [{ time: Infinity, value: 5 }] }),
    expect: { rejected: 'invalid-data', says: 'points[0].time' },
  },
  {
    name: 'timeline: 5,000 points',
    make: () => cohort({ points: Array.from({ length: 5000 }, (_, i) => ({ time: i, value: 5 })) }),
    expect: { rejected: 'invalid-data', says: 'has more than' },
  },
  {
    name: 'timeline: an unknown scale',
    make: () => cohort({ scale: 'furlongs' }),
    expect: { rejected: 'invalid-data', says: 'scale' },
  },
  {
    name: 'timeline: markup in a study id',
    make: () => element('disc-outcome-timeline', { studies: `gornet-2024 ${SVG}` }),
    expect: { rejected: 'unknown-id', says: 'svg' },
  },
  {
    name: 'timeline: series that are a string',
    make: () => timeline('<b>series</b>'),
    expect: { rejected: 'invalid-data', says: 'series' },
  },
  {
    name: 'timeline: a __proto__ key in inline JSON',
    make: () =>
      withInline(
        'disc-outcome-timeline',
        JSON.stringify({ series: [exampleSeries({ label: 'Proto cohort (example data)' })] }).replace(
          '{',
          '{"__proto__":{"polluted":true},',
        ),
      ),
    expect: { shows: 'Proto cohort (example data)' },
  },
  {
    name: 'timeline: a src that returns a web page',
    make: () => element('disc-outcome-timeline', { src: '/test/fixtures/not-json.html' }),
    expect: { rejected: 'not-json', says: 'not-json.html' },
  },
  {
    name: 'timeline: a src that answers 500',
    make: () => element('disc-outcome-timeline', { src: '/test-server/error.json' }),
    expect: { rejected: 'http-status', says: '500' },
  },

  // Candidacy checklist.
  {
    name: 'checklist: markup in a question',
    make: () => checklist(question({ text: SCRIPT })),
    expect: { shows: SCRIPT },
  },
  {
    name: 'checklist: markup in a reason',
    make: () => checklist(question({ why: SVG })),
    expect: { shows: SVG },
  },
  {
    name: 'checklist: markup in the title',
    make: () => checklist({ title: SCRIPT }),
    expect: { shows: SCRIPT },
  },
  {
    name: 'checklist: markup in the call to action label',
    make: () => element('disc-candidacy-checklist', { 'cta-label': SCRIPT, 'cta-href': '/book' }),
    expect: { shows: 'questions left' },
  },
  {
    name: 'checklist: the same question id twice',
    make: () =>
      checklist({
        requirements: [(clinicCriteria.requirements as object[])[0], (clinicCriteria.requirements as object[])[0]],
      }),
    expect: { rejected: 'invalid-data', says: 'six-months' },
  },
  {
    name: 'checklist: an answer that fits which is not yes or no',
    make: () => checklist(question({ fits: 'maybe' })),
    expect: { rejected: 'invalid-data', says: 'fits' },
  },
  {
    name: 'checklist: a question of 100,000 characters',
    make: () => checklist(question({ text: 'x'.repeat(100_000) })),
    expect: { rejected: 'invalid-data', says: 'is longer than' },
  },
  {
    name: 'checklist: inline JSON cut short',
    make: () => withInline('disc-candidacy-checklist', '{ "requirements": ['),
    expect: { rejected: 'invalid-json', says: 'not valid JSON' },
  },
  {
    name: 'checklist: a src that answers 500',
    make: () => element('disc-candidacy-checklist', { src: '/test-server/error.json' }),
    expect: { rejected: 'http-status', says: '500' },
  },
  {
    name: 'checklist: a src that never answers',
    make: () => element('disc-candidacy-checklist', { src: '/test-server/hang.json', timeout: '200' }),
    expect: { rejected: 'timeout', says: 'hang.json' },
  },
  {
    name: 'checklist: an unknown built-in set',
    make: () => element('disc-candidacy-checklist', { criteria: SCRIPT }),
    expect: { rejected: 'unknown-id', says: SCRIPT },
  },
  {
    name: 'overview: markup as a study id',
    make: () => element('disc-evidence-overview', { studies: `bates-2022 ${SCRIPT}` }),
    expect: { rejected: 'unknown-id', says: '<img' },
  },
  {
    name: 'overview: markup in the disclosure',
    make: () => element('disc-evidence-overview', { studies: 'bates-2022', disclosure: SCRIPT }),
    expect: { shows: SCRIPT },
  },
];

describe('hostile input', () => {
  before(async () => {
    clinicCriteria = await fetch('/test/fixtures/clinic-criteria.json').then((response) => response.json());
  });

  it('has at least 40 cases across the three elements', () => {
    expect(CASES.length).to.be.at.least(40);
    for (const tag of ['card', 'timeline', 'checklist']) {
      expect(CASES.filter((c) => c.name.startsWith(`${tag}:`)).length, tag).to.be.at.least(10);
    }
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const { el, errors, escaped } = await mount<HTMLElement & { updateComplete: Promise<boolean> }>(await c.make());
      await new Promise((r) => setTimeout(r, 20));
      const text = visibleText(el);
      const root = el.shadowRoot!;

      expect((window as Pwned).__pwned, 'a script ran').to.equal(undefined);
      expect(escaped, 'errors that reached the page').to.deep.equal([]);
      expect(root.querySelectorAll('script, img, svg, iframe, object').length, 'injected elements').to.equal(0);
      expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').to.equal(undefined);
      if ('rejected' in c.expect) {
        expect(Boolean(part(el, 'error')), 'error message shown').to.equal(true);
        expect(errors.map((e) => e.code)).to.deep.equal([c.expect.rejected]);
        expect(text).to.contain(c.expect.says);
      } else {
        expect(Boolean(part(el, 'error')), `unexpected error: ${text.slice(0, 200)}`).to.equal(false);
        expect(errors).to.deep.equal([]);
        const table = root.querySelector('table')?.textContent ?? '';
        expect(text + table).to.contain(c.expect.shows);
      }
    });
  }
});
