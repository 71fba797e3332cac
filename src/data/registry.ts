/**
 * Built-in data modules that have already run, by id. The one-script-tag loader downloads a
 * widget's data together with the element's code; when the data arrives first, the widget finds it
 * here at once and shows its content in its first render, instead of a loading state and then the
 * content a task later (which is all an `import()` of a module that has run can offer).
 */
const ready = new Map<string, { id: string }>();

/** Records a built-in study or criteria set as it loads; returns it unchanged. */
export function provide<T extends { id: string }>(value: T): T {
  ready.set(value.id, value);
  return value;
}

/** The built-in data with this id if its module has run, else undefined. */
export function provided<T extends { id: string }>(id: string): T | undefined {
  return ready.get(id) as T | undefined;
}
