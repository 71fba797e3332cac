/**
 * `files.ts` for the one-script-tag build (rollup.config.mjs puts it in its place): the same
 * tables, made from the ids, since every data chunk is named by id, language and release
 * (`bates-2022-0.1.0.js`, `bates-2022-es-0.1.0.js`). A study then costs a card page its id, not a
 * line per file.
 */
import { VERSION } from '../../internal/version.js';
import type { Study } from '../model.js';
import { CATALOG_IDS, type CatalogId } from './ids.js';
import type { StudyTexts } from './texts.js';

type Loader<T> = () => Promise<{ default: T }>;

/** A loader per id for the chunks named `<id><suffix>-<release>.js`, beside this one. */
const table = <T>(suffix: string) =>
  Object.fromEntries(
    // The names are known only when the page runs, so the bundler leaves these imports as written.
    CATALOG_IDS.map((id) => [id, () => import(`./${id}${suffix}-${VERSION}.js`) as Promise<{ default: T }>]),
  ) as Record<CatalogId, Loader<T>>;

export const STUDY_FILES = table<Study>('');

export const TEXT_FILES: Record<string, Record<CatalogId, Loader<StudyTexts>>> = { es: table<StudyTexts>('-es') };
