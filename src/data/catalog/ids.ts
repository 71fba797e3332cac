/** Stable ids of the built-in studies, in catalog order. Sites write them into their HTML: never rename one. */
export const CATALOG_IDS = [
  'xie-2021',
  'zhang-2023',
  'bates-2022',
  'gornet-2024',
  'idct-phase-3',
  'review-2025',
  'bm-msc-phase-2b-2025',
  'pettine-2015',
  'haufe-2006',
  'amirdelfan-2021',
  'mesoblast-msb-dr003',
  'mesoblast-msb-dr004',
  'kumar-2017',
  'centeno-2017',
  'beall-2020',
  'soufi-2023',
  'her-2022',
] as const;

export type CatalogId = (typeof CATALOG_IDS)[number];

export function isCatalogId(id: string): id is CatalogId {
  return (CATALOG_IDS as readonly string[]).includes(id);
}
