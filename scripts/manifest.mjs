// Runs after `cem analyze` in the build. Fails the build when an element's public API lacks a
// description or a part or custom property used in the source is undocumented, then writes the
// editor hints from the manifest: VS Code's HTML custom data and JetBrains' web-types.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** The custom elements in a manifest, with the module path each is declared in. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ ...declaration, path: module.path })),
  );
}

/** Public fields: what a developer can set from JavaScript. */
export function publicFields(element) {
  return (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
  );
}

const API = ['attributes', 'events', 'slots', 'cssParts', 'cssProperties'];

/** Every problem with the manifest, as sentences; empty when it is complete. */
export function manifestProblems(manifest, sources) {
  const problems = [];
  const elements = elementsOf(manifest);
  for (const tag of ['disc-evidence-card', 'disc-outcome-timeline', 'disc-candidacy-checklist']) {
    if (!elements.some((element) => element.tagName === tag)) problems.push(`<${tag}> is missing from the manifest`);
  }
  for (const element of elements) {
    const where = `<${element.tagName}>`;
    if (!element.summary) problems.push(`${where} has no @summary`);
    if (!element.description) problems.push(`${where} has no description`);
    for (const kind of API) {
      for (const item of element[kind] ?? []) {
        if (!item.description?.trim())
          problems.push(`${where} ${kind} "${item.name || '(default slot)'}" has no description`);
      }
    }
    for (const field of publicFields(element)) {
      if (!field.description?.trim()) problems.push(`${where} property "${field.name}" has no description`);
    }
    // What the element's own templates and styles use must be documented.
    const source = sources[element.tagName] ?? '';
    const parts = new Set((element.cssParts ?? []).map((part) => part.name));
    for (const [, name] of source.matchAll(/\bpart="([a-z-]+)"/g)) {
      if (!parts.has(name)) problems.push(`${where} uses part "${name}" without documenting it`);
    }
    const properties = new Set((element.cssProperties ?? []).map((property) => property.name));
    for (const [, name] of source.matchAll(/var\((--disc-[a-z-]+)/g)) {
      if (!properties.has(name)) problems.push(`${where} uses ${name} without documenting it`);
    }
  }
  return [...new Set(problems)];
}

/** The source text behind each element: its folder, the shared styles and the loader's reserved box. */
function sourcesByTag() {
  const shared = ['src/internal/tokens.styles.ts', 'src/internal/widget.styles.ts'].map(read).join('\n');
  const loader = read('src/cdn.ts');
  const folder = (name) =>
    readdirSync(new URL(`src/components/${name}/`, root))
      .map((file) => read(`src/components/${name}/${file}`))
      .join('\n');
  const reserve = (tag) =>
    loader
      .split('\n')
      .filter((line) => line.startsWith(tag))
      .join('\n');
  return Object.fromEntries(
    ['evidence-card', 'outcome-timeline', 'candidacy-checklist'].map((name) => {
      const tag = `disc-${name}`;
      return [tag, [folder(name), shared, reserve(tag)].join('\n')];
    }),
  );
}

/** The values an attribute accepts, when its type is a union of string literals. */
export function enumValues(type) {
  const text = type?.text ?? '';
  const values = [...text.matchAll(/'([^']*)'/g)].map((match) => match[1]);
  return values.length > 0 && text.replace(/'[^']*'|\||undefined|\s/g, '') === '' ? values : undefined;
}

/** Description with its summary first, for editors' hover cards. */
const about = (element) => [element.summary, element.description].filter(Boolean).join('\n\n');

/** Attribute values that come from the built-in data rather than from a type: study and criteria ids. */
async function builtInValues() {
  const { CATALOG_IDS, getCatalogStudy, CRITERIA_IDS } = await import(new URL('dist/data.js', root).href);
  const studies = await Promise.all(
    CATALOG_IDS.map(async (id) => ({ name: id, description: (await getCatalogStudy(id)).headline })),
  );
  const criteria = CRITERIA_IDS.map((id) => ({ name: id }));
  return {
    'disc-evidence-card': { study: studies },
    'disc-outcome-timeline': { studies },
    'disc-candidacy-checklist': { criteria },
  };
}

/** The values an editor offers for an attribute: a union type's members, or built-in ids. */
function valuesOf(element, attribute, extra) {
  const fromType = enumValues(attribute.type)?.map((name) => ({ name }));
  return fromType ?? extra[element.tagName]?.[attribute.name];
}

export function vscodeData(manifest, pkg, extra = {}) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: about(element),
      attributes: (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description,
        ...(valuesOf(element, attribute, extra) ? { values: valuesOf(element, attribute, extra) } : {}),
        ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      })),
      references: [{ name: 'README', url: `${pkg.homepage ?? ''}#${element.tagName}`.replace(/^#/, '') }].filter(
        (reference) => reference.url.startsWith('http'),
      ),
    })),
  };
}

export function webTypes(manifest, pkg, extra = {}) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((element) => ({
          name: element.tagName,
          description: about(element),
          attributes: (element.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            value: enumValues(attribute.type)
              ? { type: 'enum', kind: 'plain' }
              : {
                  type: attribute.type?.text ?? 'string',
                  kind: attribute.type?.text === 'boolean' ? 'no-value' : 'plain',
                },
            ...(valuesOf(element, attribute, extra) ? { values: valuesOf(element, attribute, extra) } : {}),
          })),
          js: {
            properties: publicFields(element).map((field) => ({
              name: field.name,
              description: field.description,
              type: field.type?.text,
            })),
            events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description })),
          },
          slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description })),
          css: {
            parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description })),
            properties: (element.cssProperties ?? []).map((property) => ({
              name: property.name,
              description: property.description,
            })),
          },
        })),
      },
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(read('custom-elements.json'));
  const pkg = JSON.parse(read('package.json'));
  const problems = manifestProblems(manifest, sourcesByTag());
  if (problems.length > 0) {
    console.error(`custom-elements.json is incomplete:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  const extra = await builtInValues();
  const write = (file, data) => writeFileSync(new URL(file, root), `${JSON.stringify(data, null, 2)}\n`);
  write('vscode.html-custom-data.json', vscodeData(manifest, pkg, extra));
  write('web-types.json', webTypes(manifest, pkg, extra));
  console.log('custom-elements.json complete; wrote vscode.html-custom-data.json and web-types.json');
}
