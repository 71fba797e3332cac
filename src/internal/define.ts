import { VERSION } from './version.js';

/** Shared by every copy of the library on a page, whatever its version, to warn only once. */
const WARNED = Symbol.for('disc-evidence.version-warned');

interface Versioned {
  readonly version?: string;
}

type Registry = typeof globalThis & { [WARNED]?: boolean };

/**
 * Registers a custom element unless the tag is taken. A page may load the library twice — the same
 * script under two URLs, or two versions — and a second `define` would throw and break the page.
 * When the versions differ, the first one stays and a single warning says so.
 */
export function defineElement(tag: string, element: CustomElementConstructor & Versioned): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as (CustomElementConstructor & Versioned) | undefined;
  if (!existing) {
    try {
      customElements.define(tag, element);
    } catch (error) {
      console.warn(`disc-evidence: could not define <${tag}>`, error);
    }
    return;
  }
  const registry = globalThis as Registry;
  if (existing.version !== element.version && !registry[WARNED]) {
    registry[WARNED] = true;
    console.warn(
      `disc-evidence ${VERSION}: the page already has version ${existing.version ?? '(none)'}, kept. Load the library once.`,
    );
  }
}
