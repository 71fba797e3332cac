/**
 * Errors and options every way of loading data shares. Kept apart from the catalog so an element
 * that never shows a study does not download the catalog's index.
 */

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
  /** An object, or a promise of one (it is validated once it arrives). */
  | { kind: 'value'; value: unknown };

export interface LoadOptions {
  signal?: AbortSignal;
  /** How long a `src` may take before the widget gives up, in milliseconds. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
