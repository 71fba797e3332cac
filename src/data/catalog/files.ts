import { DataError } from '../errors.js';
import type { Study } from '../model.js';
import { CATALOG_IDS, type CatalogId } from './ids.js';
import type { StudyTexts } from './texts.js';

type Loader<T> = () => Promise<{ default: T }>;

/*
 * Where each built-in study and its texts in other languages are: one module each, so a page
 * downloads only the entries it names. (The one-script-tag build puts `files.cdn.ts` here, which
 * names the same chunks from the ids alone.)
 */

export const STUDY_FILES: Record<CatalogId, Loader<Study>> = {
  'xie-2021': () => import('./xie-2021.js'),
  'zhang-2023': () => import('./zhang-2023.js'),
  'bates-2022': () => import('./bates-2022.js'),
  'gornet-2024': () => import('./gornet-2024.js'),
  'idct-phase-3': () => import('./idct-phase-3.js'),
  'review-2025': () => import('./review-2025.js'),
  'bm-msc-phase-2b-2025': () => import('./bm-msc-phase-2b-2025.js'),
  'pettine-2015': () => import('./pettine-2015.js'),
  'haufe-2006': () => import('./haufe-2006.js'),
  'amirdelfan-2021': () => import('./amirdelfan-2021.js'),
  'mesoblast-msb-dr003': () => import('./mesoblast-msb-dr003.js'),
  'mesoblast-msb-dr004': () => import('./mesoblast-msb-dr004.js'),
  'kumar-2017': () => import('./kumar-2017.js'),
  'centeno-2017': () => import('./centeno-2017.js'),
  'beall-2020': () => import('./beall-2020.js'),
  'soufi-2023': () => import('./soufi-2023.js'),
  'her-2022': () => import('./her-2022.js'),
};

/** The built-in study with this id; rejects with `unknown-id`, naming the ids there are, for any other. */
export async function studyFile(id: string): Promise<Study> {
  if (!Object.hasOwn(STUDY_FILES, id)) throw new DataError('unknown-id', [id, CATALOG_IDS.join(', ')]);
  return (await STUDY_FILES[id as CatalogId]()).default;
}

/** By language, then by id. */
export const TEXT_FILES: Record<string, Record<CatalogId, Loader<StudyTexts>>> = {
  es: {
    'xie-2021': () => import('./es/xie-2021.js'),
    'zhang-2023': () => import('./es/zhang-2023.js'),
    'bates-2022': () => import('./es/bates-2022.js'),
    'gornet-2024': () => import('./es/gornet-2024.js'),
    'idct-phase-3': () => import('./es/idct-phase-3.js'),
    'review-2025': () => import('./es/review-2025.js'),
    'bm-msc-phase-2b-2025': () => import('./es/bm-msc-phase-2b-2025.js'),
    'pettine-2015': () => import('./es/pettine-2015.js'),
    'haufe-2006': () => import('./es/haufe-2006.js'),
    'amirdelfan-2021': () => import('./es/amirdelfan-2021.js'),
    'mesoblast-msb-dr003': () => import('./es/mesoblast-msb-dr003.js'),
    'mesoblast-msb-dr004': () => import('./es/mesoblast-msb-dr004.js'),
    'kumar-2017': () => import('./es/kumar-2017.js'),
    'centeno-2017': () => import('./es/centeno-2017.js'),
    'beall-2020': () => import('./es/beall-2020.js'),
    'soufi-2023': () => import('./es/soufi-2023.js'),
    'her-2022': () => import('./es/her-2022.js'),
  },
};
