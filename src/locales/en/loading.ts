/**
 * The one line each widget shows while it loads, in English. Every element carries these lines
 * for every language, so a reader hears the line in their own language while the rest of the
 * texts are still on their way.
 */
const loading = {
  study: 'Loading the study…',
  studies: 'Loading the results…',
  checklist: 'Loading the checklist…',
};

/** What a widget is loading: one study, the studies of a timeline, or a checklist. */
export type LoadingWhat = keyof typeof loading;

export default loading;
