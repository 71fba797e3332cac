/**
 * The one-script-tag entry. It stays tiny: it watches the page for the library's tags and loads
 * the code of an element only when that element appears, so a page with only cards never downloads
 * the chart library. Elements added later (single-page apps, CMS previews) are found too.
 */
const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'disc-evidence-card': () => import('./evidence-card.js'),
  'disc-outcome-timeline': () => import('./outcome-timeline.js'),
  'disc-candidacy-checklist': () => import('./candidacy-checklist.js'),
};

/** Space each widget roughly holds before its code arrives, so the text around it does not jump. */
const RESERVED_BOX = `disc-evidence-card:not(:defined){display:block;min-height:var(--disc-card-reserve,36rem)}
disc-evidence-card[variant=compact]:not(:defined){min-height:var(--disc-card-reserve,20rem)}
disc-outcome-timeline:not(:defined){display:block;min-height:var(--disc-timeline-reserve,38rem)}
disc-candidacy-checklist:not(:defined){display:block;min-height:var(--disc-checklist-reserve,40rem)}`;

const requested = new Set<string>();

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

start();
