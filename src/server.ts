/**
 * Static export: a widget rendered to HTML in Node, for pages that cannot run scripts (hosted
 * blogs, newsletters) and for static site generators. The snippet holds the widget's shadow root
 * as declarative shadow DOM, and plain HTML for browsers without it; when the one-script-tag file
 * is also on the page, the element takes the snippet over without a flash.
 */
/// <reference types="node" />
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import './index.js';
import { CATALOG_IDS, isCatalogId } from './data/catalog/ids.js';
import { getCatalogStudy } from './data/catalog/index.js';
import { catalogTexts } from './data/catalog/texts.js';
import { CRITERIA_IDS, DEFAULT_CRITERIA, loadCriteriaSet } from './data/criteria/index.js';
import { criteriaTexts } from './data/criteria/texts.js';
import type { Theme } from './internal/disc-element.js';
import { VERSION } from './internal/version.js';
import { loadStudiesIn } from './components/evidence-overview/catalog-texts.js';
import { checklistTexts } from './locales/checklist.js';
import { overviewTexts } from './locales/overview.js';
import { timelineTexts } from './locales/timeline.js';
import { studyTexts } from './locales/study.js';
import { LANGUAGES, primaryLanguage } from './locales/languages.js';

/** The widgets a static export can show. */
export const WIDGETS = ['card', 'timeline', 'checklist', 'overview'] as const;

export type Widget = (typeof WIDGETS)[number];

const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

export interface StaticOptions {
  /** Colour theme (`auto` by default: the reader's system setting). */
  theme?: Theme;
  /** Language: `en` (default) or `es`, with an optional region such as `es-MX`. */
  lang?: string;
  /** Timeline: add the typical treatment journey. */
  journey?: boolean;
  /** Card: heading level of the headline (1–6, 3 by default); overview: of its title (2 by default). */
  headingLevel?: number;
  /** Add plain HTML for browsers without declarative shadow DOM (true by default). */
  fallback?: boolean;
}

/** A request the static export cannot serve: an unknown widget, id or option. The message says which. */
export class StaticExportError extends Error {
  override name = 'StaticExportError';
}

function check(ok: boolean, message: string): asserts ok {
  if (!ok) throw new StaticExportError(message);
}

/** The ids a widget shows, checked against the built-in data. */
function checkIds(widget: Widget, ids: readonly string[]): void {
  if (widget === 'checklist') {
    check(ids.length <= 1, `a checklist shows one criteria set; got ${ids.length}`);
    const [id = DEFAULT_CRITERIA] = ids;
    check(
      (CRITERIA_IDS as readonly string[]).includes(id),
      `unknown criteria set "${id}"; built-in sets: ${CRITERIA_IDS.join(', ')}`,
    );
    return;
  }
  check(widget === 'overview' || ids.length > 0, `name a study: ${CATALOG_IDS.join(', ')}`);
  check(widget !== 'card' || ids.length === 1, `a card shows one study; got ${ids.length}`);
  for (const id of ids) check(isCatalogId(id), `unknown study "${id}"; built-in studies: ${CATALOG_IDS.join(', ')}`);
}

/**
 * Loads every built-in study, criteria set and text a widget could show in a language, so that a
 * server render shows each widget's content in one pass, not its loading state: the static export
 * calls it, and a React app rendered on the server with Lit's React integration calls it once
 * before rendering (`await prepareServerRender('en')`).
 */
export async function prepareServerRender(lang = 'en'): Promise<void> {
  return loadEverything(lang);
}

/** Everything a widget could show in a language, so that each renders its content in one pass. */
async function loadEverything(lang: string): Promise<void> {
  const [studies, criteria] = await Promise.all([
    Promise.all(CATALOG_IDS.map((id) => getCatalogStudy(id))),
    loadCriteriaSet(DEFAULT_CRITERIA),
  ]);
  await Promise.all([
    studyTexts.load(lang),
    timelineTexts.load(lang),
    checklistTexts.load(lang),
    overviewTexts.load(lang),
    loadStudiesIn(lang),
    criteriaTexts.load(criteria, lang),
    ...studies.map((study) => catalogTexts.load(study, lang)),
  ]);
}

/** The element, with its attributes; Lit renders its shadow root. */
function widgetTemplate(widget: Widget, ids: readonly string[], options: StaticOptions): TemplateResult {
  const theme = options.theme ?? 'auto';
  const lang = options.lang ?? nothing;
  switch (widget) {
    case 'card':
      return html`<disc-evidence-card
        study=${ids[0] ?? ''}
        theme=${theme}
        lang=${lang}
        heading-level=${options.headingLevel ?? nothing}
      ></disc-evidence-card>`;
    case 'timeline':
      return html`<disc-outcome-timeline
        studies=${ids.join(' ')}
        theme=${theme}
        lang=${lang}
        ?journey=${options.journey}
      ></disc-outcome-timeline>`;
    case 'checklist':
      return html`<disc-candidacy-checklist
        criteria=${ids[0] ?? DEFAULT_CRITERIA}
        theme=${theme}
        lang=${lang}
      ></disc-candidacy-checklist>`;
    case 'overview':
      return html`<disc-evidence-overview
        studies=${ids.length > 0 ? ids.join(' ') : nothing}
        theme=${theme}
        lang=${lang}
        heading-level=${options.headingLevel ?? nothing}
      ></disc-evidence-overview>`;
  }
}

type HtmlNode = DefaultTreeAdapterMap['childNode'];
type HtmlParent = DefaultTreeAdapterMap['parentNode'];
type HtmlElement = DefaultTreeAdapterMap['element'];
type HtmlTemplate = DefaultTreeAdapterMap['template'];

const isElement = (node: HtmlNode): node is HtmlElement => 'tagName' in node;

/**
 * Elements that mean nothing without the widget's script or styles: controls, drawings, what is
 * hidden from readers, and what an element marks `data-static="drop"` (see `DiscElement`).
 */
function dropped(element: HtmlElement): boolean {
  const attribute = (name: string) => element.attrs.find((a) => a.name === name)?.value;
  return (
    ['style', 'button', 'template', 'svg', 'input'].includes(element.tagName) ||
    attribute('aria-hidden') === 'true' ||
    attribute('data-static') === 'drop'
  );
}

/** Attributes that only the widget's styles or script read. */
const STYLING = new Set(['class', 'part', 'id', 'hidden', 'name', 'value', 'data-static']);

/** The widget's content as plain, readable HTML: the same text and structure, nothing that needs a script or the widget's styles. */
function plainCopy(node: HtmlParent): void {
  node.childNodes = node.childNodes.flatMap((child): HtmlNode[] => {
    if (child.nodeName === '#comment') return [];
    if (!isElement(child)) return [child];
    if (dropped(child)) return [];
    child.attrs = child.attrs.filter((a) => !STYLING.has(a.name));
    plainCopy(child);
    // A slot's own content is what shows when nothing is slotted into it.
    return child.tagName === 'slot' ? child.childNodes : [child];
  });
  for (const child of node.childNodes) child.parentNode = node;
}

/**
 * The element alone, without the render's bookkeeping comments around it; with `fallback`, a plain
 * copy of its shadow root inside it, which browsers that read the declarative shadow root hide.
 */
function finish(rendered: string, fallback: boolean): string {
  const fragment = parseFragment(rendered, { scriptingEnabled: false });
  const host = fragment.childNodes.find(isElement);
  const template = host?.childNodes.find(
    (child): child is HtmlTemplate => isElement(child) && child.tagName === 'template',
  );
  if (!host || !template) throw new StaticExportError('internal error: the widget rendered no shadow root');
  if (fallback) {
    const wrapper = parseFragment('<div></div>').childNodes.find(isElement);
    if (!wrapper) throw new StaticExportError('internal error: no wrapper');
    wrapper.childNodes = parseFragment(serialize(template.content)).childNodes;
    plainCopy(wrapper);
    wrapper.parentNode = host;
    host.childNodes.push(wrapper);
  }
  fragment.childNodes = [host];
  return serialize(fragment);
}

/**
 * Renders one widget with built-in data to an HTML snippet that shows it with JavaScript off.
 * Rejects with a `StaticExportError` that says what is wrong with the request.
 */
export async function renderStatic(
  widget: string,
  ids: readonly string[],
  options: StaticOptions = {},
): Promise<string> {
  check((WIDGETS as readonly string[]).includes(widget), `unknown widget "${widget}"; use ${WIDGETS.join(', ')}`);
  const kind = widget as Widget;
  checkIds(kind, ids);
  const theme = options.theme ?? 'auto';
  check(THEMES.includes(theme), `unknown theme "${theme}"; use ${THEMES.join(', ')}`);
  const lang = options.lang ?? 'en';
  check(
    /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang) && LANGUAGES.includes(primaryLanguage(lang)),
    `unsupported language "${lang}"; use ${LANGUAGES.join(', ')} (a region such as es-MX is fine)`,
  );
  const level = options.headingLevel;
  check(
    level === undefined || (Number.isInteger(level) && level >= 1 && level <= 6),
    `heading level must be 1 to 6; got ${level}`,
  );

  await loadEverything(lang);
  const rendered = await collectResult(render(widgetTemplate(kind, ids, options)));
  // Everything was loaded first, so a widget still loading means a widget this code does not prepare.
  check(!rendered.includes('data-static="loading"'), `internal error: the ${kind} was not ready to render`);
  const snippet = finish(rendered, options.fallback !== false);
  const shown = ids.join(' ') || (kind === 'overview' ? 'every study' : DEFAULT_CRITERIA);
  return `<!-- disc-evidence ${VERSION}: static ${kind} (${shown}) -->\n${snippet}\n`;
}
