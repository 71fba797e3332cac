/**
 * `all.ts` for the one-script-tag build (rollup.config.mjs puts it in its place): the build joins
 * the catalog's data files into one file per language (`catalog-0.1.0.js`, `catalog-es-0.1.0.js`),
 * so an overview downloads every study in one request, compressed as one (12 KB rather than the
 * 22 KB of the files one by one).
 */
import { VERSION } from '../../internal/version.js';
import type { Study } from '../model.js';
import { provide, provided } from '../registry.js';
import { TEXT_FILES } from './files.js';
import type { StudyTexts } from './texts.js';

/** Every built-in study, in catalog order; one already on the page is that one, not a copy. */
export async function allStudies(): Promise<Study[]> {
  const { default: studies } = (await import(`./catalog-${VERSION}.js`)) as { default: Record<string, Study> };
  return Object.values(studies).map((study) => provided<Study>(study.id) ?? provide(study));
}

/** Every built-in study's texts in a language, by id; empty for a language the catalog lacks. */
export async function allStudyTexts(lang: string): Promise<Record<string, StudyTexts>> {
  if (!Object.hasOwn(TEXT_FILES, lang)) return {};
  return ((await import(`./catalog-${lang}-${VERSION}.js`)) as { default: Record<string, StudyTexts> }).default;
}
