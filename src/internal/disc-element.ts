import { html, LitElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataError } from '../data/load.js';
import { messagesFor, supportedLang, type Messages } from '../locales/index.js';
import { describeDataError } from './describe-error.js';
import { resolveLang } from './lang.js';
import { VERSION } from './version.js';

export type Theme = 'auto' | 'light' | 'dark';

/** Detail of the `disc-error` event. */
export interface DiscErrorDetail {
  /** A stable code: a data load code such as `unknown-id` or `invalid-data`, or `render`. */
  code: string;
  /** The message the widget shows, in its language. */
  message: string;
}

interface Failure extends DiscErrorDetail {
  error: unknown;
}

/**
 * What every disc-evidence element shares: the theme, the language, and an error boundary that
 * keeps any failure inside the widget. A failure shows a short message in place of the widget,
 * fires one `disc-error` and logs one warning; it never throws into the host page.
 */
export abstract class DiscElement extends LitElement {
  /** The library version, compared when two copies meet on one page. */
  static readonly version = VERSION;

  /** Colour theme: `auto` follows the reader's system setting. */
  @property({ reflect: true }) theme: Theme = 'auto';

  @state() protected failure: Failure | undefined;

  private pending: Promise<unknown> | undefined;

  /** The language in use: the element's `lang`, or the nearest ancestor's. */
  protected get locale(): string {
    return supportedLang(resolveLang(this));
  }

  protected get msg(): Messages {
    return messagesFor(this.locale);
  }

  /** The widget's own content; the base class renders the error state instead when needed. */
  protected abstract renderContent(): TemplateResult;

  /** Turns a thrown value into the message the widget shows. */
  protected describeFailure(error: unknown): DiscErrorDetail {
    if (error instanceof DataError) return { code: error.code, message: describeDataError(this.msg, error) };
    return { code: 'render', message: this.msg.error.render };
  }

  /** Shows the error state, fires `disc-error` and logs one warning. */
  protected fail(error: unknown): void {
    const { code, message } = this.describeFailure(error);
    this.failure = { code, message, error };
    console.warn(`<${this.localName}>: ${message}`, error);
    this.dispatchEvent(
      new CustomEvent<DiscErrorDetail>('disc-error', {
        detail: { code, message },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Clears the error state before new data is tried. */
  protected clearFailure(): void {
    this.failure = undefined;
  }

  /**
   * Runs asynchronous work (loading data) so that a rejection becomes the error state and
   * `updateComplete` waits for it.
   */
  protected track(work: Promise<unknown>): void {
    const tracked = work.catch((error: unknown) => this.fail(error));
    this.pending = tracked;
    void tracked.finally(() => {
      if (this.pending === tracked) this.pending = undefined;
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.pending) {
      await this.pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      if (this.failure) {
        // The error state itself failed: leave the last good DOM rather than loop.
        console.warn(`<${this.localName}>: could not show the error state`, error);
        return;
      }
      this.fail(error);
    }
  }

  protected override render(): TemplateResult {
    if (this.failure) return this.renderFailure(this.failure);
    return this.renderContent();
  }

  protected renderFailure(failure: DiscErrorDetail): TemplateResult {
    return html`<div part="base error" class="error" role="alert">
      <strong>${this.errorTitle()}</strong>
      ${failure.message}
    </div>`;
  }

  protected errorTitle(): string {
    return this.msg.error.title;
  }
}
