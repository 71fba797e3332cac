import { render, type TemplateResult } from 'lit';
import type { DiscErrorDetail } from '../src/internal/disc-element.js';

export interface Mounted<T extends HTMLElement> {
  el: T;
  errors: DiscErrorDetail[];
  warnings: unknown[][];
  /** Errors that escaped to the page (window.onerror and unhandled rejections). */
  escaped: unknown[];
}

const mounted: Array<{ host: HTMLElement; restore: () => void }> = [];

/**
 * Renders a template (or places an element) into the page and records what the element tells the
 * page: `disc-error` events, console warnings and anything that escapes to window.onerror.
 */
export async function mount<T extends HTMLElement & { updateComplete?: Promise<boolean> }>(
  template: TemplateResult | HTMLElement,
): Promise<Mounted<T>> {
  const host = document.createElement('div');
  const result = { errors: [], warnings: [], escaped: [] } as unknown as Mounted<T>;
  host.addEventListener('disc-error', (event) => result.errors.push((event as CustomEvent<DiscErrorDetail>).detail));
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => result.warnings.push(args);
  const onError = (event: ErrorEvent) => result.escaped.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => result.escaped.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const restore = () => {
    console.warn = originalWarn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };
  mounted.push({ host, restore });
  document.body.append(host);
  if (template instanceof HTMLElement) host.append(template);
  else render(template, host);
  result.el = host.firstElementChild as T;
  await result.el.updateComplete;
  // Let any stray rejection surface before the test looks.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return result;
}

afterEach(() => {
  for (const { host, restore } of mounted.splice(0)) {
    restore();
    host.remove();
  }
});

/** The text a reader sees in an element's shadow root, with white space folded. */
export function visibleText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function parts(el: Element, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** How many pixels of a canvas are not transparent: 0 until something is drawn. */
export function paintedPixelCount(canvas: HTMLCanvasElement): number {
  if (canvas.width === 0 || canvas.height === 0) return 0;
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let p = 3; p < data.length; p += 4) if (data[p]! > 0) painted += 1;
  return painted;
}

/**
 * Shows an element as it prints, in every engine: its own `@media print` rules apply while the
 * callback runs. (Only Chromium can switch the whole page's media type from a test; Firefox and
 * WebKit cannot, so the print rules of the element's stylesheets are switched on instead.)
 */
export async function whilePrinting(el: Element, check: () => void | Promise<void>): Promise<void> {
  const sheets = [...(el.shadowRoot?.adoptedStyleSheets ?? []), ...(el.shadowRoot?.styleSheets ?? [])];
  const rules = sheets.flatMap((sheet) =>
    // By name, not instanceof: the element may live in another window (an iframe).
    [...sheet.cssRules].filter((rule): rule is CSSMediaRule => rule.constructor.name === 'CSSMediaRule'),
  );
  const printRules = rules.filter((rule) => rule.media.mediaText.trim() === 'print');
  for (const rule of printRules) rule.media.mediaText = 'all';
  window.dispatchEvent(new Event('beforeprint'));
  try {
    await (el as Element & { updateComplete?: Promise<boolean> }).updateComplete;
    await check();
  } finally {
    for (const rule of printRules) rule.media.mediaText = 'print';
    window.dispatchEvent(new Event('afterprint'));
  }
}

/**
 * Waits until a condition holds, then asserts it. Keys sent from the test runner can arrive a
 * moment after the command returns (Firefox through WebDriver BiDi), so a test waits for the
 * effect it expects instead of assuming it happened.
 */
export async function until(condition: () => boolean, what: string, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!condition() && performance.now() - start < timeout) await new Promise((r) => setTimeout(r, 10));
  if (!condition()) throw new Error(`Timed out waiting: ${what}`);
}

export const TAGS = [
  'disc-evidence-card',
  'disc-outcome-timeline',
  'disc-candidacy-checklist',
  'disc-evidence-overview',
] as const;

export interface Frame<W extends Window = Window & typeof globalThis> {
  frame: HTMLIFrameElement;
  win: W;
  doc: Document;
}

/** Opens a page (by address, or as markup pasted into a blank page) in an iframe and waits for it to load. */
export async function openFrame<W extends Window = Window & typeof globalThis>(
  page: { src: string } | { srcdoc: string },
  size: { width: number; height: number } = { width: 1000, height: 2000 },
): Promise<Frame<W>> {
  const frame = document.createElement('iframe');
  frame.width = String(size.width);
  frame.height = String(size.height);
  if ('src' in page) frame.src = page.src;
  else frame.srcdoc = page.srcdoc;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, win: frame.contentWindow as W, doc: frame.contentDocument! };
}

/** Waits until the page's widgets are defined and have rendered; returns them. */
export async function widgetsReady(win: Window & typeof globalThis, doc: Document): Promise<HTMLElement[]> {
  for (const tag of TAGS) if (doc.querySelector(tag)) await win.customElements.whenDefined(tag);
  const widgets = [...doc.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(TAGS.join(', '))];
  await Promise.all(widgets.map((el) => el.updateComplete));
  return widgets;
}

/**
 * A widget rendered inside a box with the given style (a page's text size, a column width), once
 * its content is there.
 */
export async function inBox<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  template: TemplateResult,
  style: Partial<CSSStyleDeclaration>,
): Promise<T> {
  const box = document.createElement('div');
  Object.assign(box.style, style);
  document.body.append(box);
  render(template, box);
  const el = box.firstElementChild as T;
  await until(() => Boolean(part(el, 'regulatory') ?? el.shadowRoot?.querySelector('fieldset')), 'content');
  await el.updateComplete;
  return el;
}
