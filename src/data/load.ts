import { getCatalogStudy } from './catalog/index.js';
import type { DataSource, LoadOptions } from './errors.js';
import type { Study } from './model.js';

export { DataError, DEFAULT_TIMEOUT_MS, type DataSource, type LoadErrorCode, type LoadOptions } from './errors.js';

/**
 * Loads one study from a catalog id, a URL, inline JSON or an object, and validates it.
 * Rejects with a `DataError` that says exactly what is wrong.
 */
export async function loadStudy(source: DataSource, options: LoadOptions = {}): Promise<Study> {
  if (source.kind === 'catalog') {
    return getCatalogStudy(source.id.trim());
  }
  // Fetching, parsing and validating are only needed for a site's own data: pages that show
  // only built-in studies never download that code.
  const { loadOwnStudy } = await import('./load-own.js');
  return loadOwnStudy(source, options);
}
