// The embed-code builder. Every option it offers comes from the Custom Elements Manifest that the
// build writes, so it cannot offer an attribute an element lacks; built-in study and criteria ids
// come from the data layer. The pure functions are exported for the tests.

/**
 * @typedef {{ name: string; description?: string; type?: { text: string } }} ManifestAttribute
 * @typedef {{ tagName?: string; summary?: string; attributes?: ManifestAttribute[] }} ManifestElement
 * @typedef {{ modules: Array<{ declarations?: ManifestElement[] }> }} Manifest
 * @typedef {{ value: string; label: string }} Choice
 * @typedef {{
 *   name: string;
 *   description: string;
 *   kind: 'select' | 'multi' | 'boolean' | 'number' | 'text' | 'longtext';
 *   choices: Choice[];
 * }} Control
 * @typedef {{ catalog: Choice[]; criteria: Choice[] }} BuiltIns
 */

/** Attributes a snippet has no use for: the language follows the page unless a site sets it. */
const LEFT_OUT = new Set(['lang']);

/**
 * Asked first, for every widget, and why: a reader weighs evidence differently when the page
 * showing it sells the treatment, and decision aids are expected to say who gains from a choice.
 */
export const DISCLOSURE_WHY =
  'If your site offers, sells or earns from this treatment, say so here in your own words (for example "We offer this treatment at our clinic, for a fee."). Readers see it at the top of the widget, after "This site’s interest:", where no style of the page can hide it. People weigh evidence differently when the page showing it sells the treatment; saying so is what makes the rest believable.';

/** A sensible first value for each widget, so the preview shows something at once. */
export const STARTING_VALUES = {
  'disc-evidence-card': { study: 'bates-2022' },
  'disc-outcome-timeline': { studies: 'gornet-2024 xie-2021 bates-2022', journey: 'true' },
  'disc-candidacy-checklist': { 'cta-href': '/book', 'cta-label': 'Book a consultation' },
  'disc-evidence-overview': {},
};

/**
 * The custom elements in a manifest: the card first, as most sites start there.
 * @param {Manifest} manifest
 * @returns {ManifestElement[]}
 */
export function elementsIn(manifest) {
  const order = Object.keys(STARTING_VALUES);
  const rank = (/** @type {ManifestElement} */ element) => {
    const index = order.indexOf(element.tagName ?? '');
    return index === -1 ? order.length : index;
  };
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName))
    .sort((a, b) => rank(a) - rank(b));
}

/**
 * "'full' | 'compact'" → ['full', 'compact']; undefined for anything but a union of strings.
 * @param {string | undefined} type
 */
function unionValues(type) {
  const text = type ?? '';
  const values = [...text.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');
  return values.length > 0 && text.replace(/'[^']*'|\||undefined|\s/g, '') === '' ? values : undefined;
}

/**
 * One form control per attribute of an element: the disclosure first, then the manifest's order.
 * @param {ManifestElement} element
 * @param {BuiltIns} builtIns
 * @returns {Control[]}
 */
export function controlsFor(element, builtIns) {
  const attributes = (element.attributes ?? []).filter((attribute) => !LEFT_OUT.has(attribute.name));
  // The disclosure comes first: a site should answer it before it picks a study.
  const first = attributes.filter((attribute) => attribute.name === 'disclosure');
  return [...first, ...attributes.filter((attribute) => attribute.name !== 'disclosure')].map((attribute) => {
    const type = attribute.type?.text;
    const base = { name: attribute.name, description: attribute.description ?? '' };
    if (attribute.name === 'disclosure') return { ...base, description: DISCLOSURE_WHY, kind: 'longtext', choices: [] };
    if (attribute.name === 'study') return { ...base, kind: 'select', choices: builtIns.catalog };
    if (attribute.name === 'studies') return { ...base, kind: 'multi', choices: builtIns.catalog };
    if (attribute.name === 'criteria') return { ...base, kind: 'select', choices: builtIns.criteria };
    const values = unionValues(type);
    if (values) return { ...base, kind: 'select', choices: values.map((value) => ({ value, label: value })) };
    if (type === 'boolean') return { ...base, kind: 'boolean', choices: [] };
    if (type === 'number') return { ...base, kind: 'number', choices: [] };
    return { ...base, kind: 'text', choices: [] };
  });
}

/**
 * Escapes a value for a double-quoted HTML attribute.
 * @param {string} value
 */
function attributeText(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The attributes to write, in the controls' order: empty values left out, booleans bare.
 * @param {Control[]} controls
 * @param {Record<string, string>} values
 * @returns {Array<[string, string]>}
 */
export function attributesFrom(controls, values) {
  return controls.flatMap((control) => {
    const value = (values[control.name] ?? '').trim();
    if (control.kind === 'boolean') return value === 'true' ? [[control.name, '']] : [];
    return value === '' ? [] : [[control.name, value]];
  });
}

/**
 * The snippet a site pastes: the script tag, then the element.
 * @param {string} tag
 * @param {Array<[string, string]>} attributes
 * @param {string} scriptUrl
 */
export function snippet(tag, attributes, scriptUrl) {
  const attrs = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${attributeText(value)}"`));
  return `<script type="module" src="${attributeText(scriptUrl)}"></script>\n<${tag}${attrs.join('')}></${tag}>\n`;
}

/**
 * Where the snippet loads the library from.
 * @param {'cdn' | 'self'} source
 * @param {string} version
 */
export function scriptUrl(source, version) {
  return source === 'cdn'
    ? `https://unpkg.com/disc-evidence@${version}/dist/cdn/disc-evidence.js`
    : '/disc-evidence/disc-evidence.js';
}

/**
 * A fresh element with these attributes, for the live preview.
 * @param {string} tag
 * @param {Array<[string, string]>} attributes
 */
export function createWidget(tag, attributes) {
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  return element;
}

/**
 * Loads what the builder is made from: the manifest and the built-in ids with their headlines.
 * @param {string} base URL of the project root, ending in a slash
 * @returns {Promise<{ manifest: Manifest; builtIns: BuiltIns; version: string }>}
 */
export async function loadSources(base) {
  const [manifest, data, { VERSION }] = await Promise.all([
    fetch(new URL('custom-elements.json', base)).then((response) => response.json()),
    import(new URL('dist/data.js', base).href),
    import(new URL('dist/internal/version.js', base).href),
  ]);
  /** @type {string[]} */
  const ids = data.CATALOG_IDS;
  const studies = await Promise.all(ids.map((id) => data.getCatalogStudy(id)));
  return {
    manifest,
    version: VERSION,
    builtIns: {
      catalog: studies.map((study, index) => ({ value: ids[index] ?? '', label: `${ids[index]}: ${study.headline}` })),
      criteria: data.CRITERIA_IDS.map((/** @type {string} */ id) => ({ value: id, label: id })),
    },
  };
}
