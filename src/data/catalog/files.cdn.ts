/**
 * `files.ts` for the one-script-tag build (rollup.config.mjs puts it in its place): every data
 * chunk is named by id, language and release (`bates-2022-0.1.0.js`, `bates-2022-es-0.1.0.js`), so
 * a study's file is found from its id alone. A page carries no list of the studies: a new study
 * costs a card page nothing, and the list loads only to word the message for an id the catalog
 * does not have.
 */
import { VERSION } from '../../internal/version.js';
import { DataError } from '../errors.js';
import type { Study } from '../model.js';
import type { StudyTexts } from './texts.js';

type Loader<T> = () => Promise<{ default: T }>;

/** Only these can name a file beside this one. */
const ID = /^[a-z\d]+(-[a-z\d]+)*$/;

/** The chunk `<id><suffix>-<release>.js`, beside this one. */
const file = <T>(id: string, suffix: string) =>
  // The names are known only when the page runs, so the bundler leaves this import as written.
  import(`./${id}${suffix}-${VERSION}.js`) as Promise<{ default: T }>;

/** The built-in study with this id; rejects with `unknown-id`, naming the ids there are, for any other. */
export async function studyFile(id: string): Promise<Study> {
  let failure: unknown;
  if (ID.test(id)) {
    try {
      const study = (await file<Study>(id, '')).default;
      // A criteria set's file has the same form of name.
      if ('design' in study) return study;
    } catch (error) {
      failure = error;
    }
  }
  // A study the catalog has whose file did not arrive is a loading failure, not an unknown id.
  const { CATALOG_IDS } = await import('./ids.js');
  if (failure && (CATALOG_IDS as readonly string[]).includes(id)) throw failure;
  throw new DataError('unknown-id', [id, CATALOG_IDS.join(', ')]);
}

/** By language, then by id: asked only for built-in studies that have loaded. */
export const TEXT_FILES: Record<string, Record<string, Loader<StudyTexts>>> = {
  es: new Proxy({}, { get: (_, id: string) => () => file<StudyTexts>(id, '-es') }),
};
