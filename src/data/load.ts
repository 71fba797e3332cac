import { CATALOG_IDS, getCatalogStudy, isCatalogId } from './catalog/index.js';
import type { Study } from './model.js';

export type LoadErrorCode =
  | 'no-source'
  | 'no-series'
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
  // Fetching, parsing and validating are only needed for a site's own data: pages that show
  // only built-in studies never download that code.
  const { loadOwnStudy } = await import('./load-own.js');
  return loadOwnStudy(source, options);
}
