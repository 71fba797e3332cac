/*
 * Longer than the other files here (about 370 lines): a fifth of it documents the custom
 * properties every element shares, for the manifest. Following the page's language and taking over
 * a static export stay in this class rather than in controllers of their own: as separate classes
 * they cost every page about 0.1 KB, which the card page cannot carry under its 20 KB ceiling.
 * Data loading is a controller (`DataController`).
 */
import {
  html,
  isServer,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { loadingLine, supportedLang, type LoadingWhat } from '../locales/languages.js';
import { whenLoaded } from '../locales/pack.js';
import type { LoadOptions } from '../data/errors.js';
import type * as Errors from './describe-error.js';
import type { FailureText } from './describe-error.js';
import { DataController, type DataSpec } from './data-controller.js';
import { resolveLang } from './lang.js';
import { VERSION } from './version.js';

/** Detail of the `disc-error` event. */
export interface DiscErrorDetail {
  /** A stable code: a data load code such as `unknown-id` or `invalid-data`, or `render`. */
  code: string;
  /** The message the widget shows, in its language. */
  message: string;
}

declare global {
  interface HTMLElementEventMap {
    'disc-error': CustomEvent<DiscErrorDetail>;
  }
}

interface Failure extends FailureText {
  error: unknown;
}

/**
 * What every disc-evidence element shares: the theme, the language, and an error boundary that
 * keeps any failure inside the widget. A failure shows a short message in place of the widget,
 * fires one `disc-error` and logs one warning; it never throws into the host page.
 *
 * The static export reads one attribute of an element's markup, `data-static`: `drop` on what a
 * still page leaves out of its plain copy (controls and drawings that need the script or the
 * styles), `loading` on the loading state, which a still page must never show. It reads nothing
 * else of the markup, so an element may change its classes and structure freely.
 *
 * @attr disclosure - The site's own interest in the treatment, in its own words (e.g. "We offer this treatment at our clinic."). Shown as given, as text, after "This site’s interest:" at the top of the widget; it has no part, so no style of the site's can hide it.
 * @attr lang - Language of the widget's text, numbers and dates: English (`en`, `en-GB`…) or Spanish (`es`, `es-MX`…); the nearest ancestor's `lang` when not set. Follows a change at once, on the element or any ancestor; other languages show English.
 *
 * @fires disc-error - The widget's data could not be loaded or shown. Detail: `{ code, message }`. Bubbles and is composed.
 *
 * @cssprop --disc-font-family - Font family; inherits the page's font by default.
 * @cssprop --disc-font-size - Base font size (default `1em`: the size of the text around the widget, so a theme that shrinks the root font size does not shrink the widget).
 * @cssprop --disc-radius - Corner radius (default `0.5em`).
 * @cssprop --disc-space - Base spacing unit (default `1em`).
 * @cssprop --disc-accent - Accent colour for links, buttons, badges and choices (light theme).
 * @cssprop --disc-accent-dark - Accent colour in the dark theme.
 * @cssprop --disc-surface - Background (light theme).
 * @cssprop --disc-surface-dark - Background in the dark theme.
 * @cssprop --disc-text - Text colour (light theme).
 * @cssprop --disc-text-dark - Text colour in the dark theme.
 * @cssprop --disc-muted - Secondary text colour (light theme).
 * @cssprop --disc-muted-dark - Secondary text colour in the dark theme.
 * @cssprop --disc-border - Border and chart grid colour (light theme).
 * @cssprop --disc-border-dark - Border and chart grid colour in the dark theme.
 * @cssprop --disc-subtle - Background of findings and hover states (light theme).
 * @cssprop --disc-subtle-dark - Background of findings and hover states in the dark theme.
 * @cssprop --disc-notice-background - Background of the regulatory note (light theme).
 * @cssprop --disc-notice-background-dark - Background of the regulatory note in the dark theme.
 * @cssprop --disc-notice-text - Text of the regulatory note (light theme).
 * @cssprop --disc-notice-text-dark - Text of the regulatory note in the dark theme.
 * @cssprop --disc-negative - Colour of bad news and errors, such as a red flag (light theme).
 * @cssprop --disc-negative-dark - The same in the dark theme.
 * @cssprop --disc-focus-ring - Colour of the keyboard focus ring (light theme).
 * @cssprop --disc-focus-ring-dark - Colour of the keyboard focus ring in the dark theme.
 */
export abstract class DiscElement extends LitElement {
  /** The library version, compared when two copies meet on one page. */
  static readonly version = VERSION;

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    disclosure: {},
    failure: { state: true, attribute: false },
  };

  /** Colour theme: `auto` follows the reader's system setting. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** The site's own interest in the treatment, in its own words, shown as given at the top of the widget. */
  disclosure: string | undefined;

  protected failure: Failure | undefined;

  readonly #pending = new Set<Promise<unknown>>();
  #crashed = false;
  /** Counts `clearFailure` calls, so a failure reported for data since replaced is dropped. */
  #attempt = 0;
  /** The error messages and how to describe a failure; here once a failure has loaded them. */
  #errors: typeof Errors | undefined;
  /** The language of the last render, to notice when an ancestor's `lang` changes it. */
  #shownLang: string | undefined;
  /**
   * What a static export drew into a declarative shadow root. It stays on screen until the widget
   * can show its own content, then the two swap within one task, so the reader sees no flash.
   */
  #serverNodes: ChildNode[] | undefined;
  /** Set by a render that had nothing to show yet, while the server's content is still there. */
  #keepServerNodes = false;

  /** Widgets on the page, told when any `lang` attribute changes (one observer for them all). */
  static readonly #following = new Set<DiscElement>();
  static #langWatch: MutationObserver | undefined;

  static #watchLanguage(element: DiscElement, on: boolean): void {
    const following = DiscElement.#following;
    if (on) following.add(element);
    else following.delete(element);
    if (following.size > 0 && !DiscElement.#langWatch && typeof MutationObserver !== 'undefined') {
      DiscElement.#langWatch = new MutationObserver(() => {
        for (const widget of following) if (widget.locale !== widget.#shownLang) widget.#followLanguage();
      });
      DiscElement.#langWatch.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
    } else if (following.size === 0) {
      DiscElement.#langWatch?.disconnect();
      DiscElement.#langWatch = undefined;
    }
  }

  // `lang` is a native attribute, not a reactive property: watch it so text and numbers follow
  // a change at once. (A change on an ancestor reaches the widget through the shared observer.)
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.#followLanguage();
  }

  /**
   * Loads what the widget needs to show a language: its strings and the translated texts of any
   * built-in data it shows. Undefined when everything is there already.
   */
  protected loadTexts(_lang: string): Promise<unknown> | undefined {
    return undefined;
  }

  /** Shows the widget in its current language, once that language's texts have loaded. */
  #followLanguage(): void {
    const lang = this.locale;
    const pending = whenLoaded(this.loadTexts(lang), this.failure && this.#errors?.errorTexts.load(lang));
    if (!pending) {
      this.requestUpdate();
      return;
    }
    this.track(
      pending.then(
        () => this.requestUpdate(),
        (error: unknown) => {
          console.warn(`<${this.localName}>: could not load the "${lang}" texts; showing English.`, error);
          this.requestUpdate();
        },
      ),
    );
  }

  /** The language in use: the element's `lang`, or the nearest ancestor's. */
  protected get locale(): string {
    return supportedLang(resolveLang(this));
  }

  /**
   * A site's own data, in the order a site can give it: the object property, a child
   * `<script type="application/json">`, then a `src` URL. Undefined when the site gave none.
   */
  protected siteData(
    property: unknown,
    src: string | undefined,
    options: LoadOptions = {},
  ): Promise<unknown> | undefined {
    if (property !== undefined && property !== null) return Promise.resolve(property);
    const inline = this.#inlineData();
    if (!inline && !src) return undefined;
    // Fetching and parsing load only for pages that supply their own data.
    return import('../data/load-own.js').then(({ loadRaw }) =>
      loadRaw(inline ? { kind: 'inline', text: inline.textContent ?? '' } : { kind: 'url', url: src ?? '' }, options),
    );
  }

  #inlineData(): Element | null {
    return isServer ? null : this.querySelector(':scope > script[type="application/json"]');
  }

  /** Whether the site gives data of its own (the object property, inline JSON or `src`), which comes before built-in data. */
  protected hasSiteData(property: unknown, src: string | undefined): boolean {
    return (property !== undefined && property !== null) || !!src || this.#inlineData() !== null;
  }

  /**
   * The data the widget shows, loaded as `spec` says: one load at a time, stopped and started
   * again with the page, its failure the widget's error state (see `DataController`).
   */
  protected loader<T>(spec: DataSpec<T>): DataController<T> {
    return new DataController(
      this,
      spec,
      (work) => this.track(work),
      () => this.clearFailure(),
    );
  }

  /** The widget's own content; the base class renders the error state instead when needed. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  /**
   * Shows the error state, fires `disc-error` and logs one warning. The messages load on first
   * use, so pages where everything works never download them.
   */
  protected async fail(error: unknown): Promise<void> {
    const attempt = this.#attempt;
    let text: FailureText;
    try {
      const errors = await import('./describe-error.js');
      // In the reader's language; English if that fails to load.
      await errors.errorTexts.load(this.locale)?.catch(() => undefined);
      this.#errors = errors;
      text = errors.describeFailure(this.locale, error, this.localName);
    } catch {
      text = { code: 'render', title: '', message: String(error) };
    }
    if (attempt !== this.#attempt) return;
    this.failure = { ...text, error };
    console.warn(`<${this.localName}>: ${text.message}`, error);
    this.dispatchEvent(
      new CustomEvent<DiscErrorDetail>('disc-error', {
        detail: { code: text.code, message: text.message },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Clears the error state before new data is tried. */
  protected clearFailure(): void {
    this.failure = undefined;
    this.#crashed = false;
    this.#attempt += 1;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    DiscElement.#watchLanguage(this, true);
    // Placed under another language since it last showed (or for the first time): follow it.
    if (this.hasUpdated && this.locale !== this.#shownLang) this.#followLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    DiscElement.#watchLanguage(this, false);
  }

  /**
   * Moved into another document (an iframe, a popup): its styles are built again there (see
   * `adopt-styles.ts`, which loads now; tracked, so `updateComplete` waits for it).
   */
  adoptedCallback(): void {
    this.track(import('./adopt-styles.js').then(({ adoptStyles }) => adoptStyles(this)));
  }

  /**
   * Runs asynchronous work (loading data) so that a rejection becomes the error state and
   * `updateComplete` waits for it.
   */
  protected track(work: Promise<unknown>): void {
    const tracked = work.catch((error: unknown) => this.fail(error));
    this.#pending.add(tracked);
    void tracked.finally(() => this.#pending.delete(tracked));
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#pending.size > 0) {
      await Promise.all(this.#pending);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      // Report a crash once: one that keeps coming back, or the error state itself failing,
      // must not loop or flood the page with events.
      if (this.#crashed) return;
      this.#crashed = true;
      this.track(Promise.reject(error));
    }
  }

  /**
   * Called once, in the same task as the widget's first real render, with what a static export
   * drew before it, just taken off the page: an element may put a part of it back (the timeline
   * keeps its chart image until the chart is drawn).
   */
  /** A static export's declarative shadow root is reused: Lit renders after its content. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (root.firstChild) {
      this.#serverNodes = [...root.childNodes];
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  protected override update(changed: PropertyValues): void {
    this.#keepServerNodes = false;
    // The language this render shows, so a change of an ancestor's `lang` can be noticed.
    this.#shownLang = this.locale;
    super.update(changed);
    const nodes = this.#serverNodes;
    if (!nodes || this.#keepServerNodes) return;
    this.#serverNodes = undefined;
    for (const node of nodes) node.remove();
    this.takeOverServerContent(nodes);
  }

  protected takeOverServerContent(_nodes: readonly ChildNode[]): void {}

  /**
   * The loading state, in the widget's language even before its texts in that language arrive.
   * While a static export's content is on screen, nothing is rendered and that content stays
   * until the real content replaces it.
   */
  protected renderLoading(what: LoadingWhat): TemplateResult | typeof nothing {
    if (this.#serverNodes) {
      this.#keepServerNodes = true;
      return nothing;
    }
    return html`<div part="base" class="panel loading" aria-busy="true" data-static="loading">
      <p role="status">${loadingLine(this.locale, what)}</p>
    </div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const lang = this.locale;
    const failure = this.failure;
    if (failure) {
      // Described again at each render, so the message follows a change of language.
      const text = this.#errors?.describeFailure(lang, failure.error, this.localName);
      return this.renderFailure(text ? { ...failure, title: text.title, message: text.message } : failure);
    }
    return this.renderContent();
  }

  /**
   * The site's disclosure, labelled, for the top of the widget. It has no part: a site may theme
   * it through the shared custom properties but cannot hide it.
   */
  protected renderDisclosure(label: string): TemplateResult | typeof nothing {
    return this.disclosure ? html`<p class="notice" role="note"><b>${label}</b> ${this.disclosure}</p>` : nothing;
  }

  protected renderFailure(failure: Failure): TemplateResult {
    return html`<div part="base error" class="error" role="alert">
      <strong>${failure.title}</strong>
      ${failure.message}
    </div>`;
  }
}

/** The colour themes a widget offers. */
export type Theme = DiscElement['theme'];
