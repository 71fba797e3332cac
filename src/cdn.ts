/**
 * The one-script-tag entry. It stays tiny: it watches the page for the library's tags and loads
 * the code of an element only when that element appears, so a page with only cards never downloads
 * the chart library. Elements added later (single-page apps, CMS previews) are found too.
 */
import { VERSION } from 'virtual:cdn-build';

const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'disc-evidence-card': () => import('./evidence-card.js'),
  'disc-outcome-timeline': () => import('./outcome-timeline.js'),
  'disc-candidacy-checklist': () => import('./candidacy-checklist.js'),
  'disc-evidence-overview': () => import('./evidence-overview.js'),
};

/** Space each widget roughly holds before its code arrives, so the text around it does not jump. */
const RESERVED_BOX =
  'disc-evidence-card:not(:defined){display:block;min-height:var(--disc-card-reserve,36em)}' +
  'disc-evidence-card[variant=compact]:not(:defined){min-height:var(--disc-card-reserve,20em)}' +
  'disc-outcome-timeline:not(:defined){display:block;min-height:var(--disc-timeline-reserve,38em)}' +
  'disc-candidacy-checklist:not(:defined){display:block;min-height:var(--disc-checklist-reserve,40em)}' +
  'disc-evidence-overview:not(:defined){display:block;min-height:var(--disc-overview-reserve,40em)}';

const requested = new Set<string>();
const prefetched = new Set<string>();

/** Shared by every copy of the library on a page, whatever its version. */
const LOADER = Symbol.for('disc-evidence.loader');
const WARNED = Symbol.for('disc-evidence.version-warned');
/** Built-in data this release's elements find at once (see `src/data/registry.ts`). */
const LOADED_DATA = Symbol.for(`disc-evidence.data ${VERSION}`);
const page = globalThis as typeof globalThis & {
  [LOADER]?: string;
  [WARNED]?: boolean;
  [LOADED_DATA]?: Map<string, unknown>;
};

/**
 * Where each element names built-in data, and the id it uses when it names none (the checklist's
 * `DEFAULT_CRITERIA`, written out: importing it would tie this loader to the data code).
 */
const DATA_ATTRIBUTES: Record<string, [attribute: string, fallback?: string]> = {
  'disc-evidence-card': ['study'],
  'disc-outcome-timeline': ['studies'],
  'disc-candidacy-checklist': ['criteria', 'ddd-msc'],
};

/**
 * Starts downloading the built-in data a widget names (studies, a criteria set) together with the
 * element's code rather than after it: the widget then has its data when it first renders, and
 * shows it in one pass. A site's own data (`src` or inline JSON) comes first, so a card or
 * checklist that has some is skipped.
 */
function prefetchData(element: Element): void {
  const [attribute, fallback] = DATA_ATTRIBUTES[element.localName] ?? [''];
  const own = element.hasAttribute('src') || element.querySelector(':scope > script');
  if (!attribute || (own && element.localName !== 'disc-outcome-timeline')) return;
  for (const id of (element.getAttribute(attribute) ?? fallback ?? '').split(/\s+/)) {
    // Any well-formed id: a mistyped one costs one request that fails, which the widget reports.
    if (!/^[a-z\d]+(-[a-z\d]+)*$/.test(id) || prefetched.has(id)) continue;
    prefetched.add(id);
    // Named by id and release (see cdnBuild in rollup.config.mjs).
    import(`./chunks/${id}-${VERSION}.js`).then(
      (module: { default: unknown }) => void (page[LOADED_DATA] ??= new Map()).set(id, module.default),
      // The widget itself reports a failure when it asks for the same file.
      () => prefetched.delete(id),
    );
  }
}

function load(tag: string): void {
  const loader = ELEMENTS[tag];
  if (!loader || requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  loader().catch((error: unknown) => {
    requested.delete(tag);
    console.warn(`disc-evidence: could not load <${tag}>`, error);
  });
}

function discover(root: ParentNode): void {
  // Data first: when it is ready before the element's code, the widget renders once.
  for (const element of root.querySelectorAll(Object.keys(ELEMENTS).join())) prefetchData(element);
  for (const tag of Object.keys(ELEMENTS)) {
    if (!requested.has(tag) && root.querySelector(tag)) load(tag);
  }
}

function reserveSpace(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RESERVED_BOX);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Browsers without constructable stylesheets still work; they only lose the reserved space.
  }
}

function start(): void {
  reserveSpace();
  discover(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && (ELEMENTS[node.localName] || node.firstElementChild)) {
          prefetchData(node);
          load(node.localName);
          discover(node);
        }
      }
    }
    // Every element's code is on its way: nothing left to watch for.
    if (requested.size === Object.keys(ELEMENTS).length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

// The first copy of the loader on a page serves it, so one release defines all three elements;
// a later copy does nothing, and says so once if it is another release.
const serving = page[LOADER];
if (serving === undefined) {
  page[LOADER] = VERSION;
  start();
} else if (serving !== VERSION && !page[WARNED]) {
  page[WARNED] = true;
  console.warn(`disc-evidence ${VERSION} is loaded on a page already served by ${serving}; keeping ${serving}.`);
}
