import { expect } from '@open-wc/testing';
import * as React from 'react';
import { flushSync } from 'react-dom';
import { until } from '../helpers.js';
import { reactRootPerTest } from '../react/react-root.js';
import '../../src/evidence-card.js';
import '../../src/outcome-timeline.js';
import '../../src/candidacy-checklist.js';
import '../../src/evidence-overview.js';

// The plugin's editor script (wordpress/disc-evidence/editor/blocks.js) as the block editor runs it,
// on React 18 as WordPress 6.2–6.5 ship it (bundled with test/react-18's copy: see
// web-test-runner.config.mjs). The editor's own components are stood in for by plain controls
// with the same props; the attribute list and catalog are the plugin build's own
// (dist/wordpress/…/data/elements.json), and the preview is drawn by the real elements.

interface BlockSettings {
  edit: (props: { attributes: Record<string, unknown>; setAttributes: (next: object) => void }) => React.ReactNode;
  save: () => unknown;
}
type Props = Record<string, unknown> & { children?: React.ReactNode };

const h = React.createElement;
const registered = new Map<string, BlockSettings>();
const labelled = (props: Props, control: React.ReactNode) => h('label', null, String(props.label ?? ''), control);

/** A stand-in for one of the editor's controls: a labelled form field that reports its value. */
function field(tag: string, read: (target: HTMLInputElement) => unknown, fixed: Props = {}) {
  return (props: Props) =>
    labelled(
      props,
      h(tag, {
        ...fixed,
        type: fixed.type ?? props.type,
        value: props.value,
        checked: props.checked,
        min: props.min,
        max: props.max,
        onChange: (event: Event) => (props.onChange as (v: unknown) => void)(read(event.target as HTMLInputElement)),
      }),
    );
}
const text = (target: HTMLInputElement) => target.value;

const components = {
  PanelBody: ({ title, children }: Props) => h('section', { 'aria-label': title as string }, children),
  SelectControl: (props: Props) =>
    labelled(
      props,
      h(
        'select',
        {
          value: props.value,
          onChange: (event: Event) =>
            (props.onChange as (v: string) => void)((event.target as HTMLSelectElement).value),
        },
        (props.options as Array<{ value: string; label: string }>).map((option) =>
          h('option', { key: option.value, value: option.value }, option.label),
        ),
      ),
    ),
  ToggleControl: field('input', (target) => target.checked, { type: 'checkbox' }),
  TextControl: field('input', text),
  TextareaControl: field('textarea', text),
  RangeControl: field('input', (target) => Number(target.value), { type: 'number' }),
};
const CheckboxControl = components.ToggleControl;

/** Sets a control's value as a person typing or choosing would, so React sees the change. */
function enter(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string | boolean) {
  if (typeof value === 'boolean') {
    control.click();
    return;
  }
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value')!.set!;
  flushSync(() => {
    setter.call(control, value);
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

/** The control whose label starts with some words. */
function control<T extends Element>(host: HTMLElement, label: string): T {
  const found = [...host.querySelectorAll('label')].find((each) => each.textContent!.trim().startsWith(label));
  expect(found, `a control labelled "${label}"`).to.not.equal(undefined);
  return found!.querySelector('input, select, textarea') as unknown as T;
}

describe('WordPress blocks in the editor', () => {
  const { host: page, show } = reactRootPerTest();
  let host: HTMLElement;
  let data: { lang: string; elements: Record<string, { block: string; tag: string }> };

  before(async () => {
    const response = await fetch('/dist/wordpress/disc-evidence/data/elements.json');
    expect(response.ok, 'the plugin build (npm run build) wrote data/elements.json').to.equal(true);
    const definitions = await response.json();
    data = { ...definitions, lang: 'en-US', disclosureLabel: 'This site’s interest:' };
    Object.assign(window, {
      wp: {
        blocks: { registerBlockType: (name: string, settings: BlockSettings) => registered.set(name, settings) },
        element: { createElement: React.createElement, Fragment: React.Fragment },
        blockEditor: {
          InspectorControls: ({ children }: Props) => h('aside', null, children),
          useBlockProps: (props: Props) => ({ ...props, 'data-block': '' }),
        },
        components: { ...components, CheckboxControl },
        i18n: { __: (text: string) => text },
      },
      discEvidenceEditor: data,
    });
    const script = document.createElement('script');
    script.src = '/wordpress/disc-evidence/editor/blocks.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
  });

  beforeEach(() => {
    host = page();
  });

  /** A block in the editor, its attributes kept as the editor keeps them. */
  function edit(name: string) {
    const settings = registered.get(name)!;
    function Block() {
      const [attributes, setAttributes] = React.useState<Record<string, unknown>>({});
      const Edit = settings.edit as React.FC<Parameters<BlockSettings['edit']>[0]>;
      return h(Edit, {
        attributes,
        setAttributes: (next: object) => setAttributes((before) => ({ ...before, ...next })),
      });
    }
    show(h(Block));
  }

  it('registers one dynamic block per element, named as in block.json', () => {
    expect([...registered.keys()].sort()).to.deep.equal([
      'disc-evidence/candidacy-checklist',
      'disc-evidence/evidence-card',
      'disc-evidence/evidence-overview',
      'disc-evidence/outcome-timeline',
    ]);
    for (const settings of registered.values()) expect(settings.save()).to.equal(null);
  });

  it('draws the real card once a study is picked, with the disclosure above it', async () => {
    edit('disc-evidence/evidence-card');
    expect(host.querySelector('disc-evidence-card')!.hasAttribute('study')).to.equal(false);
    const picker = control<HTMLSelectElement>(host, 'Study');
    expect([...picker.options].map((option) => option.value)).to.include.members(['bates-2022', 'pettine-2015']);
    expect(picker.querySelector('option[value="bates-2022"]')!.textContent).to.contain('Bates');
    enter(picker, 'bates-2022');
    enter(control(host, 'Heading level'), '2');
    enter(control(host, 'Your interest in this treatment'), 'We offer this treatment at our clinic.');

    const card = host.querySelector('disc-evidence-card')!;
    expect(card.getAttribute('study')).to.equal('bates-2022');
    expect(card.getAttribute('heading-level')).to.equal('2');
    expect(card.getAttribute('lang')).to.equal('en-US');
    await until(() => (card.shadowRoot?.textContent ?? '').includes('Bates'), 'the card to show the study');
    const note = card.previousElementSibling!;
    expect(note.textContent).to.equal('This site’s interest: We offer this treatment at our clinic.');
  });

  it('builds a timeline from the studies ticked, and turns the journey on and off', async () => {
    edit('disc-evidence/outcome-timeline');
    enter(control(host, 'Gornet'), true);
    enter(control(host, 'Xie'), true);
    const timeline = host.querySelector('disc-outcome-timeline')!;
    expect(timeline.getAttribute('studies')).to.equal('gornet-2024 xie-2021');
    const journey = control<HTMLInputElement>(host, 'Show the treatment journey');
    enter(journey, true);
    expect(timeline.hasAttribute('journey')).to.equal(true);
    enter(journey, false);
    expect(timeline.hasAttribute('journey')).to.equal(false);
    await until(() => (timeline.shadowRoot?.textContent ?? '').includes('Gornet'), 'the timeline to draw');
  });

  it('draws the overview of the studies ticked, or of every study when none is', async () => {
    edit('disc-evidence/evidence-overview');
    const overview = host.querySelector('disc-evidence-overview')!;
    expect(overview.hasAttribute('studies')).to.equal(false);
    await until(() => (overview.shadowRoot?.textContent ?? '').includes('17 studies'), 'every study');
    enter(control(host, 'Haufe'), true);
    enter(control(host, 'Soufi'), true);
    expect(overview.getAttribute('studies')).to.equal('haufe-2006 soufi-2023');
    await until(
      () => (overview.shadowRoot?.textContent ?? '').includes('This site chose 2 of the 17 studies'),
      'the studies ticked',
    );
  });

  it("passes the checklist's call to action, and offers each theme", () => {
    edit('disc-evidence/candidacy-checklist');
    enter(control(host, 'Call to action link'), 'https://clinic.example/book');
    const theme = control<HTMLSelectElement>(host, 'Colour theme');
    expect([...theme.options].map((option) => option.value)).to.deep.equal(['auto', 'light', 'dark']);
    enter(theme, 'dark');
    const checklist = host.querySelector('disc-candidacy-checklist')!;
    expect(checklist.getAttribute('cta-href')).to.equal('https://clinic.example/book');
    expect(checklist.getAttribute('theme')).to.equal('dark');
  });
});
