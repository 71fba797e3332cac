import { safeUrl } from '../internal/safe-url.js';
import { CATALOG_IDS, getCatalogStudy, isCatalogId } from './catalog/index.js';
import type { Study } from './model.js';
import type { Validation } from './read.js';

export type LoadErrorCode =
  | 'no-source'
  | 'unknown-id'
  | 'blocked-url'
  | 'network'
  | 'http-status'
  | 'timeout'
  | 'not-json'
  | 'too-large'
  | 'invalid-json'
  | 'invalid-data';

/** Why data could not be loaded. `detail` holds the id, URL, status or validation messages. */
export class DataError extends Error {
  override readonly name = 'DataError';

  constructor(
    readonly code: LoadErrorCode,
    readonly detail: readonly string[] = [],
  ) {
    super(detail.length > 0 ? `${code}: ${detail.join('; ')}` : code);
  }
}

/** Where a widget's data comes from, in the order a site can give it. */
export type DataSource =
  | { kind: 'catalog'; id: string }
  | { kind: 'url'; url: string }
  | { kind: 'inline'; text: string }
  | { kind: 'value'; value: unknown };

export interface LoadOptions {
  signal?: AbortSignal;
  /** How long a `src` may take before the widget gives up, in milliseconds. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
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
export async function loadRaw(source: Exclude<DataSource, { kind: 'catalog' }>, options: LoadOptions = {}): Promise<unknown> {
  switch (source.kind) {
    case 'url':
      return fetchJson(source.url, options);
    case 'inline':
      return parseJson(source.text);
    case 'value':
      return source.value;
  }
}

function checked<T>(result: Validation<T>): T {
  if (!result.ok) throw new DataError('invalid-data', result.errors);
  return result.value;
}

/**
 * Loads one study from a catalog id, a URL, inline JSON or an object, and validates it.
 * Rejects with a `DataError` that says exactly what is wrong.
 */
export async function loadStudy(source: DataSource, options: LoadOptions = {}): Promise<Study> {
  if (source.kind === 'catalog') {
    const id = source.id.trim();
    if (!isCatalogId(id)) throw new DataError('unknown-id', [id, CATALOG_IDS.join(', ')]);
    return getCatalogStudy(id);
  }
  const raw = await loadRaw(source, options);
  // The validator is only needed for a site's own data: catalog-only pages never download it.
  const { validateStudy } = await import('./validate-study.js');
  return checked(validateStudy(raw));
}
