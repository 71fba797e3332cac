import { safeUrl } from '../internal/safe-url.js';
import { DataError, DEFAULT_TIMEOUT_MS, type DataSource, type LoadOptions } from './errors.js';
import type { Study } from './model.js';

const MAX_BYTES = 1_000_000;

/** Fetches JSON from a URL the site named: its own credentials only, never a redirect to a script. */
export async function fetchJson(url: string, options: LoadOptions = {}): Promise<unknown> {
  const target = safeUrl(url);
  if (!target || !/^https?:/.test(target)) throw new DataError('blocked-url', [url]);
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    const response = await fetch(target, {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new DataError('http-status', [String(response.status), url]);
    const text = await response.text();
    if (text.length > MAX_BYTES) throw new DataError('too-large', [url]);
    const type = response.headers.get('content-type') ?? '';
    if (/html/i.test(type) || /^\s*</.test(text)) throw new DataError('not-json', [url]);
    return parseJson(text);
  } catch (error) {
    if (error instanceof DataError) throw error;
    if (timedOut) throw new DataError('timeout', [url]);
    if (options.signal?.aborted) throw error;
    throw new DataError('network', [url]);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

export function parseJson(text: string): unknown {
  if (text.length > MAX_BYTES) throw new DataError('too-large', ['inline JSON']);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataError('invalid-json', [error instanceof Error ? error.message : String(error)]);
  }
}

/** Loads raw JSON-like data from any source except the catalog. */
export async function loadRaw(
  source: Exclude<DataSource, { kind: 'catalog' }>,
  options: LoadOptions = {},
): Promise<unknown> {
  switch (source.kind) {
    case 'url':
      return fetchJson(source.url, options);
    case 'inline':
      return parseJson(source.text);
    case 'value':
      return await source.value;
  }
}

/**
 * Loads and validates a study a site supplies: from a URL, inline JSON or an object. The study
 * validator downloads while the data does, and only on pages that validate a study.
 */
export async function loadOwnStudy(
  source: Exclude<DataSource, { kind: 'catalog' }>,
  options: LoadOptions = {},
): Promise<Study> {
  const [raw, { validateStudy }] = await Promise.all([loadRaw(source, options), import('./validate-study.js')]);
  const result = validateStudy(raw);
  if (!result.ok) throw new DataError('invalid-data', result.errors);
  return result.value;
}
