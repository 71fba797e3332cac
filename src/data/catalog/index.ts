import type { Study } from '../model.js';
import { provide, provided } from '../registry.js';
import { STUDY_FILES } from './files.js';
import type { CatalogId } from './ids.js';

export { CATALOG_IDS, isCatalogId, type CatalogId } from './ids.js';

/** The built-in study with this id; throws only for an id `isCatalogId` rejects. */
export async function getCatalogStudy(id: CatalogId): Promise<Study> {
  return provided<Study>(id) ?? provide((await STUDY_FILES[id]()).default);
}
