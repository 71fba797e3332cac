import { DataError } from '../data/errors.js';
import { enErrors, type ErrorMessages } from '../locales/en-errors.js';
import { esErrors } from '../locales/es-errors.js';
import { primaryLanguage } from '../locales/languages.js';

// Messages in every language travel together: they load only when something goes wrong.
const ERRORS: Record<string, ErrorMessages> = { en: enErrors, es: esErrors };
const MAX_SHOWN = 120;

/** Long or odd values from a page are shortened before they are shown back. */
function shorten(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

export interface FailureText {
  code: string;
  title: string;
  message: string;
}

/** The title and message a reader sees for a failure, in the widget's language. */
export function describeFailure(lang: string, error: unknown, tag: string): FailureText {
  const messages = ERRORS[primaryLanguage(lang)] ?? enErrors;
  const title = messages.title[tag] ?? messages.defaultTitle;
  if (error instanceof DataError) {
    const detail = error.code === 'unknown-id' ? error.detail : error.detail.map(shorten);
    return { code: error.code, title, message: messages.data[error.code](detail) };
  }
  return { code: 'render', title, message: messages.render };
}
