import errors, { type ErrorMessages } from './en/errors.js';
import { TextPack, type Loader } from './pack.js';

export type { ErrorMessages };

/** The languages these texts come in besides English, by primary language subtag. */
export const ERROR_LANGUAGES: Record<string, Loader<ErrorMessages>> = { es: () => import('./es/errors.js') };

/** The error messages; they load only when something goes wrong, other languages with them. */
export const errorTexts = new TextPack('errors', errors, ERROR_LANGUAGES);
