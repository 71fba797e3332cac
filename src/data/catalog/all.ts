import type { Study } from '../model.js';
import { CATALOG_IDS } from './ids.js';
import { getCatalogStudy } from './index.js';
import { TEXT_FILES } from './files.js';
import type { StudyTexts } from './texts.js';

/*
 * Every built-in study at once, for the overview. (The one-script-tag build puts `all.cdn.ts`
 * here, which loads them as one file instead of one file each.)
 */

/** Every built-in study, in catalog order. */
export async function allStudies(): Promise<Study[]> {
  return Promise.all(CATALOG_IDS.map((id) => getCatalogStudy(id)));
}

/** Every built-in study's texts in a language, by id; empty for a language the catalog lacks. */
export async function allStudyTexts(lang: string): Promise<Record<string, StudyTexts>> {
  const files = TEXT_FILES[lang];
  if (!files) return {};
  return Object.fromEntries(
    await Promise.all(CATALOG_IDS.map(async (id) => [id, (await files[id]()).default] as const)),
  );
}
