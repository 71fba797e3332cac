/**
 * `all.ts` for the one-script-tag build (rollup.config.mjs puts it in its place): the build joins
 * the catalog's data files into one file per language (`catalog-0.1.0.js`, `catalog-es-0.1.0.js`),
 * so an overview downloads every study in one request, compressed as one (12 KB rather than the
 * 22 KB of the files one by one).
 */
import { VERSION } from '../../internal/version.js';
import type { Study } from '../model.js';
import { provide, provided } from '../registry.js';
import { DataError } from '../errors.js';
import { TEXT_FILES } from './files.js';
import { CATALOG_IDS } from './ids.js';
import type { StudyTexts } from './texts.js';

/** Every built-in study, in catalog order; one already on the page is that one, not a copy. */
export async function allStudies(): Promise<Study[]> {
  const { default: studies } = (await import(`./catalog-${VERSION}.js`)) as { default: Record<string, Study> };
  return CATALOG_IDS.map((id) => {
    const study = Object.hasOwn(studies, id) ? studies[id] : undefined;
    // A file from another build that lacks a study is a file that could not be loaded.
    if (!study) throw new DataError('network', [`chunks/catalog-${VERSION}.js`]);
    return provided<Study>(id) ?? provide(study);
  });
}

/** Every built-in study's texts in a language, by id; empty for a language the catalog lacks. */
export async function allStudyTexts(lang: string): Promise<Record<string, StudyTexts>> {
  if (!Object.hasOwn(TEXT_FILES, lang)) return {};
  return ((await import(`./catalog-${lang}-${VERSION}.js`)) as { default: Record<string, StudyTexts> }).default;
}
