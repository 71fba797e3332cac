import type { LoadErrorCode } from '../../data/errors.js';

type Describe = (detail: readonly string[]) => string;

/**
 * Error messages, in English. They load only when something goes wrong, so a page that works
 * never downloads them. `detail` holds the id, URL, status or validation messages of the error.
 */
const errors = {
  title: {
    'disc-evidence-card': 'This study cannot be shown',
    'disc-outcome-timeline': 'This timeline cannot be shown',
    'disc-candidacy-checklist': 'This checklist cannot be shown',
  } as Record<string, string>,
  defaultTitle: 'This evidence cannot be shown',
  render: 'Something went wrong while showing this.',
  data: {
    'no-source': () => 'No data given: add a study id, a src URL or inline JSON.',
    'no-series': () =>
      'The trajectory view needs series data (a src URL, inline JSON or the series property). Catalog studies are shown as milestones.',
    'unknown-id': ([id, known]) => `Nothing built in has the id "${id}". Known ids: ${known}.`,
    'blocked-url': ([url]) => `The address "${url}" is not allowed: use an http or https link.`,
    network: ([url]) => `The study data at "${url}" could not be loaded.`,
    'http-status': ([status, url]) => `The server answered ${status} for "${url}".`,
    timeout: ([url]) => `The study data at "${url}" took too long to load.`,
    'not-json': ([url]) => `"${url}" returned a web page, not JSON data.`,
    'too-large': ([what]) => `The study data from ${what} is too large.`,
    'invalid-json': ([reason]) => `The study data is not valid JSON (${reason}).`,
    'invalid-data': ([first, ...rest]) =>
      rest.length > 0
        ? `The study data has problems: ${first} (and ${rest.length} more).`
        : `The study data has a problem: ${first}.`,
  } satisfies Record<LoadErrorCode, Describe>,
};

export type ErrorMessages = typeof errors;

export default errors;
