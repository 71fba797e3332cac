import type { Chart, ChartType } from 'chart.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DARK_PALETTE, LIGHT_PALETTE, type ChartTheme } from './chart-config.js';

/** What the chart needs of its element. */
export interface ChartHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: ParentNode;
  readonly hasUpdated: boolean;
  readonly theme: 'auto' | 'light' | 'dark';
}

/** A chart configuration in the colours and font it is drawn with. */
type Configure = (theme: ChartTheme) => unknown;

/**
 * The timeline's Chart.js canvas: drawn only once the element is on or near the screen (or the
 * page prints), so Chart.js is not downloaded before then; sized by a ResizeObserver, so drawing
 * forces no extra style or layout pass; redrawn when the colour scheme changes or the element
 * returns to the page; destroyed when it leaves (Chart.js keeps a canvas busy otherwise).
 */
export class ChartController implements ReactiveController {
  /** The chart redraws from a new config on every change; between changes it only follows its box's size. */
  #chart: Chart<ChartType, unknown> | undefined;
  /** Stops following the chart's box, and settles a draw still waiting for its first size. */
  #stopSizing: (() => void) | undefined;
  #drawToken = 0;
  readonly #darkScheme = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  /** Whether the element is on or near the screen. Until it is, nothing is downloaded or drawn. */
  #nearScreen = typeof IntersectionObserver === 'undefined';
  #screenWatch: IntersectionObserver | undefined;
  /** Resolves when the browser first says where the element is, so `updateComplete` includes the draw. */
  #placed: (() => void) | undefined;
  readonly #host: ChartHost;
  readonly #track: (work: Promise<unknown>) => void;

  constructor(host: ChartHost, track: (work: Promise<unknown>) => void) {
    this.#host = host;
    this.#track = track;
    host.addController(this);
  }

  /** Whether the chart may be drawn: the element is on or near the screen, or the page prints. */
  get nearScreen(): boolean {
    return this.#nearScreen;
  }

  hostConnected(): void {
    this.#darkScheme?.addEventListener('change', this.#onSchemeChange);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    if (!this.#nearScreen) this.#watchScreen();
    // A chart is destroyed when the element leaves the page; draw it again on return.
    if (this.#host.hasUpdated) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#darkScheme?.removeEventListener('change', this.#onSchemeChange);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    this.#stopWatchingScreen();
    this.destroy();
  }

  readonly #onSchemeChange = () => this.#host.requestUpdate();

  /** Printing shows every chart, wherever it is on the page. */
  readonly #onBeforePrint = () => {
    if (!this.#nearScreen) this.#showOnScreen();
  };

  #watchScreen(): void {
    this.#track(new Promise<void>((resolve) => (this.#placed = resolve)));
    this.#screenWatch = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#showOnScreen();
        this.#placed?.();
      },
      { rootMargin: '50% 0px' },
    );
    this.#screenWatch.observe(this.#host);
  }

  #stopWatchingScreen(): void {
    this.#screenWatch?.disconnect();
    this.#screenWatch = undefined;
    this.#placed?.();
    this.#placed = undefined;
  }

  #showOnScreen(): void {
    this.#nearScreen = true;
    this.#stopWatchingScreen();
    this.#host.requestUpdate();
  }

  /** The series colours; chosen without reading computed styles, so rendering forces no style pass. */
  #palette(): readonly string[] {
    const theme = this.#host.theme;
    const dark = theme === 'dark' || (theme !== 'light' && Boolean(this.#darkScheme?.matches));
    return dark ? DARK_PALETTE : LIGHT_PALETTE;
  }

  /** The chart's colours and font, read from the element's styles when the chart is drawn. */
  #theme(): ChartTheme {
    const style = getComputedStyle(this.#host);
    const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    return {
      font: style.fontFamily,
      text: read('--_text', '#1b1f24'),
      grid: read('--_border', '#c9d0d8'),
      threshold: read('--_muted', '#4c5561'),
      palette: this.#palette(),
    };
  }

  /** Draws the chart in the element's canvas; settles once it is drawn (or replaced). */
  async draw(configure: Configure): Promise<void> {
    const token = ++this.#drawToken;
    const canvas = this.#host.renderRoot.querySelector('canvas');
    const plot = canvas?.parentElement;
    if (!canvas || !plot) return;
    const Chart = (await import('./chart.js')).timelineChart();
    // Another draw started, or the element left the page, while Chart.js was loading.
    if (token !== this.#drawToken || !this.#host.isConnected || !canvas.isConnected) return;
    this.destroy();
    // The size comes from a ResizeObserver, which reports after the browser has laid the page out:
    // Chart.js then measures nothing itself, so drawing forces no extra style or layout pass.
    await new Promise<void>((resolve) => {
      const watch = new ResizeObserver(([entry]) => {
        const { width = 0, height = 0 } = entry?.contentRect ?? {};
        // Hidden (no box): keep the drawing as it is until the chart shows again.
        if (!width || !height) return;
        if (this.#chart) {
          this.#chart.resize(width, height);
          return;
        }
        canvas.width = width;
        canvas.height = height;
        this.#chart = new Chart(canvas, configure(this.#theme()) as ConstructorParameters<typeof Chart>[1]);
        // Print shows the table instead of a chart that was never drawn (see the styles).
        plot.setAttribute('data-drawn', '');
        // Settle after the browser has finished delivering sizes: code that awaits `updateComplete`
        // and then changes the layout must not do so in the middle of that delivery.
        setTimeout(resolve);
      });
      this.#stopSizing = () => {
        watch.disconnect();
        resolve();
      };
      watch.observe(plot);
    });
  }

  /**
   * Keyboard access to the drawn points: arrow keys, Home and End move the active point, Escape
   * or leaving the canvas lets go (see `chart-keys.ts`, which loads on the first key). `say` gets
   * the active point's words, for a live region.
   */
  keys(event: KeyboardEvent | FocusEvent, say: (words: string) => void): void {
    const chart = this.#chart;
    const key = 'key' in event ? event.key : 'Escape';
    if (!chart || !/^(Arrow(Left|Right|Up|Down)|Home|End|Escape)$/.test(key)) return;
    event.preventDefault();
    void import('./chart-keys.js').then(({ press }) => {
      // The chart may have been redrawn or destroyed while the code loaded.
      if (this.#chart === chart) say(press(chart, key));
    });
  }

  destroy(): void {
    this.#drawToken += 1;
    this.#stopSizing?.();
    this.#stopSizing = undefined;
    this.#chart?.destroy();
    this.#chart = undefined;
  }
}
