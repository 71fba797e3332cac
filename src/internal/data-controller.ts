import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface DataSpec<T> {
  /** The values that name the data: a change of any of them starts a new load. */
  args: () => readonly unknown[];
  /** Loads the data; `signal` aborts when newer data replaces this load or the element leaves the page. */
  load: (signal: AbortSignal) => Promise<T>;
  /** The data when it is already at hand, to show in the render under way (which is also how a server renders). */
  ready?: () => T | undefined;
  /** Forgets what the element kept of the data it showed (a reader's answers, an open section). */
  reset?: () => void;
}

/**
 * The data an element shows, loaded from what its attributes name: one load at a time (a newer
 * one aborts the older, whose result is dropped), stopped when the element leaves the page and
 * started again when it returns. A failure is the element's error state, never an exception out
 * of it. Call `sync()` where the element prepares an update (`willUpdate`).
 */
export class DataController<T> implements ReactiveController {
  /** The data, once loaded; undefined while loading, after a failure, or before the first load. */
  value: T | undefined;

  #args: readonly unknown[] | undefined;
  #token = 0;
  #abort: AbortController | undefined;
  /** A load cut short by leaving the page, to start again on return. */
  #interrupted = false;

  readonly #host: ReactiveControllerHost;
  readonly #spec: DataSpec<T>;
  /** The element's error boundary: runs work so that `updateComplete` waits for it and a rejection shows the error state. */
  readonly #track: (work: Promise<unknown>) => void;
  /** Clears the element's error state before new data is tried. */
  readonly #clear: () => void;

  constructor(
    host: ReactiveControllerHost,
    spec: DataSpec<T>,
    track: (work: Promise<unknown>) => void,
    clear: () => void,
  ) {
    this.#host = host;
    this.#spec = spec;
    this.#track = track;
    this.#clear = clear;
    host.addController(this);
  }

  /** Starts a load when what names the data has changed since the last one (or there was none). */
  sync(): void {
    const args = this.#spec.args();
    // The same function gives the arguments each time, so their number never changes.
    if (this.#args && args.every((arg, i) => arg === this.#args?.[i])) return;
    this.#args = args;
    this.reload();
  }

  /** Drops the data shown and loads it again. */
  reload(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#interrupted = false;
    this.value = undefined;
    this.#spec.reset?.();
    this.#clear();
    const token = ++this.#token;
    const ready = this.#spec.ready?.();
    if (ready !== undefined) {
      this.value = ready;
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    const current = () => token === this.#token && !abort.signal.aborted;
    this.#track(
      this.#spec
        .load(abort.signal)
        .then(
          (value) => {
            if (!current()) return;
            this.value = value;
            this.#host.requestUpdate();
          },
          (error: unknown) => {
            // Replaced by newer data, or the element left the page: not an error.
            if (current()) throw error;
          },
        )
        .finally(() => {
          if (token === this.#token) this.#abort = undefined;
        }),
    );
  }

  hostConnected(): void {
    if (!this.#interrupted) return;
    this.#interrupted = false;
    this.reload();
  }

  hostDisconnected(): void {
    if (!this.#abort) return;
    this.#interrupted = true;
    this.#abort.abort();
    this.#abort = undefined;
  }
}
