import type { Study } from '../model.js';
import { provide, provided } from '../registry.js';
import { studyFile } from './files.js';

/**
 * The built-in study with this id. Rejects with a `DataError` `unknown-id` (whose detail names the
 * ids there are) for an id the catalog does not have.
 */
export async function getCatalogStudy(id: string): Promise<Study> {
  return loadedStudy(id) ?? provide(await studyFile(id));
}

/** The built-in study with this id if it has loaded, else undefined (criteria sets share the registry). */
export function loadedStudy(id: string): Study | undefined {
  const value = provided<Study>(id);
  return value && 'design' in value ? value : undefined;
}
