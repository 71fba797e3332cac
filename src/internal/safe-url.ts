/**
 * The one allow-list every link from data passes through. Lit escapes text but not URLs, so a
 * `javascript:` or `data:` link in study data would run in the host page if it reached an `href`.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Control characters and white space browsers strip before reading a scheme. */
// eslint-disable-next-line no-control-regex
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * Returns the absolute URL when it is an http, https or mailto link, otherwise undefined.
 * Relative links resolve against the page, as the browser would resolve them.
 */
export function safeUrl(raw: string | undefined, base = globalThis.document?.baseURI): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw.replace(IGNORED_BY_BROWSERS, ''), base);
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}
