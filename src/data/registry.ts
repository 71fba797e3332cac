import { VERSION } from '../internal/version.js';

/**
 * Where this release keeps the built-in data modules that have loaded on the page, by id. The
 * one-script-tag loader puts here what it downloads together with an element's code: the data
 * modules import nothing, so each runs the moment it arrives, ahead of the element's larger
 * chunks, and the widget finds its data at once and shows it in its first render instead of a
 * loading state and then the content a task later (which is all an `import()` can offer).
 */
export const LOADED_DATA = Symbol.for(`disc-evidence.data ${VERSION}`);

const page = globalThis as typeof globalThis & { [LOADED_DATA]?: Map<string, { id: string }> };
const ready = (page[LOADED_DATA] ??= new Map());

/** Records a built-in study or criteria set as it loads; returns it unchanged. */
export function provide<T extends { id: string }>(value: T): T {
  ready.set(value.id, value);
  return value;
}

/** The built-in data with this id if it has loaded, else undefined. */
export function provided<T extends { id: string }>(id: string): T | undefined {
  return ready.get(id) as T | undefined;
}
