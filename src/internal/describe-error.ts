import { DataError } from '../data/load.js';
import type { Messages } from '../locales/index.js';

const MAX_SHOWN = 120;

/** Long or odd values from a page are shortened before they are shown back. */
function shorten(value: string | undefined): string {
  const text = value ?? '';
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** The message a reader sees for a data error, in the widget's language. */
export function describeDataError(msg: Messages, error: DataError): string {
  const [first, second] = error.detail.map(shorten);
  const e = msg.error;
  switch (error.code) {
    case 'no-source':
      return e['no-source'];
    case 'unknown-id':
      return e['unknown-id'](first ?? '', error.detail[1] ?? '');
    case 'blocked-url':
      return e['blocked-url'](first ?? '');
    case 'network':
      return e.network(first ?? '');
    case 'http-status':
      return e['http-status'](first ?? '', second ?? '');
    case 'timeout':
      return e.timeout(first ?? '');
    case 'not-json':
      return e['not-json'](first ?? '');
    case 'too-large':
      return e['too-large'](first ?? '');
    case 'invalid-json':
      return e['invalid-json'](first ?? '');
    case 'invalid-data':
      return e['invalid-data'](first ?? '', error.detail.length - 1);
  }
}
