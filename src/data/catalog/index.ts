import type { Study } from '../model.js';
import { provide, provided } from '../registry.js';

type Entry = () => Promise<{ default: Study }>;

// One chunk per study, so a page downloads only the entries it names.
const ENTRIES = {
  'xie-2021': () => import('./xie-2021.js'),
  'zhang-2023': () => import('./zhang-2023.js'),
  'bates-2022': () => import('./bates-2022.js'),
  'gornet-2024': () => import('./gornet-2024.js'),
  'idct-phase-3': () => import('./idct-phase-3.js'),
  'review-2025': () => import('./review-2025.js'),
  'bm-msc-phase-2b-2025': () => import('./bm-msc-phase-2b-2025.js'),
  'pettine-2015': () => import('./pettine-2015.js'),
} satisfies Record<string, Entry>;

export type CatalogId = keyof typeof ENTRIES;

/** Stable ids of the built-in studies, in catalog order. Sites write them into their HTML: never rename one. */
export const CATALOG_IDS = Object.keys(ENTRIES) as readonly CatalogId[];

export function isCatalogId(id: string): id is CatalogId {
  return (CATALOG_IDS as readonly string[]).includes(id);
}

/** The built-in study with this id; throws only for an id `isCatalogId` rejects. */
export async function getCatalogStudy(id: CatalogId): Promise<Study> {
  return provided<Study>(id) ?? provide((await ENTRIES[id]()).default);
}
