// Runs last in `npm run build`: builds the WordPress plugin from `wordpress/disc-evidence/` into
// `dist/wordpress/disc-evidence/` and zips it as `dist/wordpress/disc-evidence.zip`. The build adds
// what it can derive: each block's block.json and the attribute allow-list from the Custom Elements
// Manifest, the study picker's list from the catalog, the one-script-tag files (the site serves them
// itself), and the static export of every built-in widget, which the plugin writes inside each
// element so the content is in the page without JavaScript.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { elementsOf } from './manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'wordpress/disc-evidence');
const out = join(root, 'dist/wordpress');
const plugin = join(out, 'disc-evidence');

/** Attributes whose value is a link: the protocols each may use, and whether it must be on the site. */
const URLS = {
  src: { protocols: ['http', 'https'], site: true },
  'cta-href': { protocols: ['http', 'https', 'mailto'] },
};
/** Attributes that name built-in data: one id, or several separated by spaces. */
const IDS = { study: { single: true }, criteria: { single: true }, studies: {} };
/** Number attributes' bounds. */
const BOUNDS = { 'heading-level': { min: 1, max: 6 }, timeout: { min: 1, max: 600_000 } };
/**
 * Not taken from a block or shortcode as an element attribute: `lang` follows the site's locale,
 * and the plugin writes the disclosure itself above every widget, so it shows without JavaScript.
 */
const SKIP = new Set(['lang', 'disclosure']);
/** Labels in the block editor's inspector. */
const LABELS = {
  study: 'Study',
  studies: 'Studies',
  criteria: 'Criteria set',
  src: 'Your own data file (URL of a JSON file on this site)',
  variant: 'Layout',
  view: 'View',
  journey: 'Show the treatment journey',
  theme: 'Colour theme',
  'heading-level': 'Heading level of the headline',
  timeout: 'How long your data file may take to load (milliseconds)',
  'cta-href': 'Call to action link (e.g. your booking page)',
  'cta-label': 'Call to action text',
};
/** What the plugin itself shows readers, in each language the widgets speak: the widgets' own words. */
async function pluginTexts() {
  const { LANGUAGES } = await import(join(root, 'dist/locales/languages.js'));
  const texts = {};
  for (const lang of LANGUAGES) {
    const { default: common } = await import(join(root, `dist/locales/${lang}/common.js`));
    texts[lang] = { disclosure: common.disclosure };
  }
  return texts;
}
const BLOCK_TEXT = {
  'evidence-card': {
    title: 'Evidence card',
    icon: 'id-alt',
    keywords: ['study', 'evidence', 'stem cell', 'disc'],
  },
  'outcome-timeline': {
    title: 'Outcome timeline',
    icon: 'chart-line',
    keywords: ['results', 'chart', 'follow-up', 'disc'],
  },
  'candidacy-checklist': {
    title: 'Candidacy checklist',
    icon: 'yes-alt',
    keywords: ['checklist', 'red flags', 'candidate', 'disc'],
  },
  'evidence-overview': {
    title: 'Evidence overview',
    icon: 'list-view',
    keywords: ['studies', 'evidence', 'overview', 'stem cell', 'disc'],
  },
};

/** camelCase for a block attribute: `heading-level` → `headingLevel`. */
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** One attribute's type as the plugin checks it, from the manifest's type text. */
export function attributeSpec(attribute) {
  const { name } = attribute;
  const text = attribute.type?.text ?? 'string';
  const spec = { block: camel(name), label: LABELS[name] ?? name, help: attribute.description ?? '' };
  const literals = [...text.matchAll(/'([^']+)'/g)].map((match) => match[1]);
  if (URLS[name]) return { ...spec, type: 'url', ...URLS[name] };
  if (IDS[name]) return { ...spec, type: 'ids', ...IDS[name] };
  if (literals.length > 0) {
    const fallback = attribute.default?.replace(/^'|'$/g, '');
    return { ...spec, type: 'enum', values: literals, ...(literals.includes(fallback) ? { default: fallback } : {}) };
  }
  if (/\bboolean\b/.test(text)) return { ...spec, type: 'boolean' };
  if (/\bnumber\b/.test(text)) return { ...spec, type: 'number', ...BOUNDS[name] };
  return { ...spec, type: 'string' };
}

/** The plugin's definition of each element: tag, block, shortcode and attribute allow-list. */
export function elementDefinitions(manifest) {
  const elements = {};
  for (const element of elementsOf(manifest)) {
    const kind = element.tagName.replace(/^disc-/, '');
    const attributes = {};
    for (const attribute of element.attributes ?? []) {
      if (!SKIP.has(attribute.name)) attributes[attribute.name] = attributeSpec(attribute);
    }
    elements[kind] = {
      tag: element.tagName,
      block: `disc-evidence/${kind}`,
      shortcode: element.tagName.replaceAll('-', '_'),
      summary: element.summary,
      attributes,
    };
  }
  return elements;
}

/** A block's block.json: dynamic, apiVersion 3, its attributes typed for the editor. */
function blockJson(kind, element, version) {
  const attributes = {};
  for (const spec of Object.values(element.attributes)) {
    const type = spec.type === 'boolean' ? 'boolean' : spec.type === 'number' ? 'number' : 'string';
    attributes[spec.block] = {
      type,
      ...(spec.type === 'enum' ? { enum: spec.values } : {}),
      ...(spec.type === 'boolean' ? { default: false } : {}),
    };
  }
  attributes.disclosure = { type: 'string' };
  return {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 3,
    name: element.block,
    version,
    title: BLOCK_TEXT[kind]?.title ?? element.tag,
    category: 'widgets',
    icon: BLOCK_TEXT[kind]?.icon ?? 'media-document',
    description: element.summary,
    keywords: BLOCK_TEXT[kind]?.keywords ?? [],
    textdomain: 'disc-evidence',
    attributes,
    supports: { html: false, align: ['wide', 'full'], anchor: true },
    editorScript: 'disc-evidence-editor',
  };
}

/** The study picker's list: each built-in study's id and a label a site owner recognises. */
async function studies(catalogIds) {
  const list = [];
  for (const id of catalogIds) {
    const study = (await import(join(root, `dist/data/catalog/${id}.js`))).default;
    const author = study.authors?.[0]?.split(' ')[0];
    const who = author ? `${author}${study.authors.length > 1 ? ' et al.' : ''}` : '';
    const when = study.year ? String(study.year) : '';
    const title = study.title.length > 90 ? `${study.title.slice(0, 89).trimEnd()}…` : study.title;
    list.push({ id, label: [[who, when].filter(Boolean).join(' '), title].filter(Boolean).join(': ') });
  }
  return list;
}

/** The inside of an exported element: its declarative shadow root and plain-HTML fallback. */
export function innerOf(html, tag) {
  const start = html.indexOf(`<${tag}`);
  const open = html.indexOf('>', start);
  const close = html.lastIndexOf(`</${tag}>`);
  if (start < 0 || open < 0 || close < open) throw new Error(`the static export of <${tag}> has no element`);
  return html.slice(open + 1, close);
}

/** Every widget on built-in data the plugin can write without JavaScript, in each language. */
async function fallbacks(catalogIds, criteriaIds, languages) {
  const { renderStatic } = await import(join(root, 'dist/server.js'));
  const files = {};
  for (const lang of languages) {
    const write = async (name, widget, ids, options, tag) => {
      const html = await renderStatic(widget, ids, { ...options, lang });
      files[`fallback/${lang}/${name}.html`] = innerOf(html, tag);
    };
    for (const id of catalogIds) {
      // The static export draws the full card; a compact card waits for its script.
      await write(`card-${id}`, 'card', [id], {}, 'disc-evidence-card');
      await write(`timeline-${id}`, 'timeline', [id], {}, 'disc-outcome-timeline');
      await write(`timeline-${id}-journey`, 'timeline', [id], { journey: true }, 'disc-outcome-timeline');
    }
    for (const id of criteriaIds) await write(`checklist-${id}`, 'checklist', [id], {}, 'disc-candidacy-checklist');
    // The overview of every study; one the site narrows with `studies` waits for its script.
    await write('overview', 'overview', [], {}, 'disc-evidence-overview');
  }
  return files;
}

/** Every file under a folder, as paths relative to it. */
function walk(folder, base = folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path, base) : [relative(base, path)];
  });
}

export async function buildPlugin() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const { CATALOG_IDS, CRITERIA_IDS } = await import(join(root, 'dist/data.js'));
  const elements = elementDefinitions(manifest);
  const texts = await pluginTexts();
  const languages = Object.keys(texts);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(plugin, { recursive: true });
  cpSync(source, plugin, { recursive: true });
  cpSync(join(root, 'dist/cdn'), join(plugin, 'assets'), {
    recursive: true,
    filter: (path) => !path.endsWith('.map'),
  });

  const generated = {
    'data/elements.json': JSON.stringify({
      version: pkg.version,
      elements,
      studies: await studies(CATALOG_IDS),
      criteria: [...CRITERIA_IDS],
      languages,
      texts,
    }),
    ...Object.fromEntries(
      Object.entries(elements).map(([kind, element]) => [
        `blocks/${kind}/block.json`,
        `${JSON.stringify(blockJson(kind, element, pkg.version), null, 2)}\n`,
      ]),
    ),
    ...(await fallbacks(CATALOG_IDS, CRITERIA_IDS, languages)),
  };
  for (const [path, text] of Object.entries(generated)) {
    mkdirSync(join(plugin, path, '..'), { recursive: true });
    writeFileSync(join(plugin, path), text);
  }

  // The zip holds the folder `disc-evidence/`, as WordPress's "Upload plugin" expects.
  const entries = {};
  for (const path of walk(plugin).sort()) {
    entries[`disc-evidence/${path.split('\\').join('/')}`] = [
      readFileSync(join(plugin, path)),
      { mtime: new Date('2026-01-01') },
    ];
  }
  const zip = zipSync(entries, { level: 9 });
  writeFileSync(join(out, 'disc-evidence.zip'), zip);
  return { files: Object.keys(entries).length, bytes: zip.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, bytes } = await buildPlugin();
  console.log(`WordPress plugin: dist/wordpress/disc-evidence.zip, ${files} files, ${(bytes / 1024).toFixed(0)} KB`);
}
