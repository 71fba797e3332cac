import { DataError } from '../data/errors.js';
import { errorTexts } from '../locales/errors.js';

export { errorTexts };

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

/** The title and message a reader sees for a failure, in the widget's language once its messages have loaded. */
export function describeFailure(lang: string, error: unknown, tag: string): FailureText {
  const messages = errorTexts.get(lang);
  const title = messages.title[tag] ?? messages.defaultTitle;
  if (error instanceof DataError) {
    const detail = error.code === 'unknown-id' ? error.detail : error.detail.map(shorten);
    return { code: error.code, title, message: messages.data[error.code](detail) };
  }
  return { code: 'render', title, message: messages.render };
}
