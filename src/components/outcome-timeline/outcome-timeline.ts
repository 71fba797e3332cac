import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DataError, DEFAULT_TIMEOUT_MS, loadStudy } from '../../data/load.js';
import type { Study } from '../../data/model.js';
import type { Series } from '../../data/series.js';
import { validateSeries } from '../../data/validate-series.js';
import { DiscElement } from '../../internal/disc-element.js';
import { timelineTexts } from '../../locales/timeline.js';
import { whenLoaded } from '../../locales/pack.js';
import { catalogTexts } from '../../data/catalog/texts.js';
import { loadedStudy } from '../../data/catalog/index.js';
import { messagesFor, studyTexts, type Messages } from '../../locales/study.js';
import { journeyBand, legendEntries, milestonesConfig, trajectoryConfig, type ChartTheme } from './chart-config.js';
import { ChartController } from './chart-controller.js';
import {
  milestonesSummary,
  milestonesTable,
  seriesComparison,
  thresholdNote,
  trajectorySummary,
  trajectoryTable,
  type TableData,
} from './describe-timeline.js';
import { chartImage, IMAGE_THEME } from './chart-image.js';
import type { DownloadKind } from './export.js';
import { JOURNEY } from './journey.js';
import { axisUnit, laneLabel, milestoneLanes, seriesLanes, studyTimes } from './milestones.js';
import { styles } from './outcome-timeline.styles.js';

/** A timeline's two views (the `view` attribute). */
export type TimelineView = NonNullable<DiscOutcomeTimeline['view']>;

interface TimelineData {
  studies: Study[];
  series: Series[];
}

/** Everything one render needs, computed once from the data, the view and the language. */
interface Prepared {
  view: TimelineView;
  summary: string;
  table: TableData;
  lanes: number;
  /** Names of the lines or lanes, in drawing order, for the legend. */
  legend: string[];
  /** A line below the legend: the threshold on a trajectory. */
  legendNote?: string;
  /** A trajectory's measures, one chart each: their scale, name, and whether it is drawn. */
  measures?: Array<{ scale: string; name: string; shown: boolean }>;
  /** The treatment journey's band, where it starts on the y axis, when it is drawn. */
  journey?: number;
  /** The lines of words beside the markers, by lane and marker (milestones). */
  pointLabels?: string[][][];
  config: (theme: ChartTheme) => ReturnType<typeof trajectoryConfig> | ReturnType<typeof milestonesConfig>;
}

/**
 * Outcomes over follow-up time: what studies found when, on one time axis, with a data table and
 * a plain-language summary built from the same data as the chart.
 *
 * @tagname disc-outcome-timeline
 * @summary Shows study results over time since treatment, with the treatment journey, a table and a summary.
 *
 * @slot - An optional `<script type="application/json">` holding a site's own series.
 *
 * @csspart base - The timeline's root element (also the error box when data is rejected).
 * @csspart summary - The plain-language summary.
 * @csspart switch - The Chart / Table switch.
 * @csspart measures - On a trajectory with several measures, the buttons that choose the one drawn (two measures never share an axis).
 * @csspart chart - The box holding the canvas. Focus the canvas and use the arrow keys, Home and End to move between its points; each point's words are announced.
 * @csspart legend - The chart's legend (hidden from screen readers, which read the table instead).
 * @csspart table - The data table.
 * @csspart downloads - The buttons that download the data (CSV) and the chart (PNG, SVG).
 * @csspart regulatory - The note that these therapies are not approved in the US.
 * @csspart journey-source - Where the treatment journey comes from.
 * @csspart error - The message shown when the data cannot be shown.
 *
 * @cssprop --disc-timeline-reserve - Height the timeline holds while it loads (default `38em`), so text below it does not jump.
 * @cssprop --disc-timeline-height - Height of a trajectory chart; milestones grow with their lanes.
 *
 * @fires disc-error - The data could not be loaded or shown. Detail: `{ code, message }`. Bubbles and is composed.
 */
export class DiscOutcomeTimeline extends DiscElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    studies: { reflect: true },
    src: {},
    series: { attribute: false },
    view: { reflect: true },
    journey: { type: Boolean, reflect: true },
    timeout: { type: Number },
    display: { state: true, attribute: false },
    downloadFailed: { state: true, attribute: false },
    scaleShown: { state: true, attribute: false },
  };

  private display: 'chart' | 'table' = 'chart';
  /** Of a trajectory with several measures, the one drawn (its scale); the first by default. */
  private scaleShown: string | undefined;
  /** Whether the last download could not be made (the export code did not load, or the image not encode). */
  private downloadFailed = false;

  readonly #data = this.loader<TimelineData>({
    args: () => [this.studies, this.src, this.series],
    load: async (signal) => {
      const ids = this.#ids();
      const rawSeries = this.siteData(this.series, this.src, { signal, timeoutMs: this.timeout });
      if (ids.length === 0 && !rawSeries) throw new DataError('no-source');
      const [studies, raw] = await Promise.all([
        Promise.all(ids.map((id) => loadStudy({ kind: 'catalog', id }))),
        rawSeries,
      ]);
      let series: Series[] = [];
      if (raw !== undefined) {
        const result = validateSeries(raw);
        if (!result.ok) throw new DataError('invalid-data', result.errors);
        series = result.value;
      }
      // Shown once, in the reader's language: its texts load with the data.
      await this.#texts(this.locale, studies);
      return { studies, series };
    },
    ready: () => {
      // The built-in studies named by `studies` when they and their texts are all here.
      if (this.hasSiteData(this.series, this.src)) return undefined;
      const ids = this.#ids();
      const studies = ids.flatMap((id) => loadedStudy(id) ?? []);
      if (ids.length === 0 || studies.length !== ids.length || this.#texts(this.locale, studies)) return undefined;
      return { studies, series: [] };
    },
  });
  readonly #chart = new ChartController(this, (work) => this.track(work));
  #prepared: Prepared | undefined;
  /** Whether the data's unfitness for the view asked for has been reported since the last fresh start. */
  #unfit = false;

  /** Space-separated ids of built-in studies, e.g. `gornet-2024 xie-2021 bates-2022`. */
  studies: string | undefined;

  /** URL of a JSON file with a site's own series (`{ "series": [...] }`), fetched from the site itself. */
  src: string | undefined;

  /** A site's own series (JavaScript only). Takes precedence over inline JSON and `src`. */
  series: { series: Series[] } | Series[] | undefined;

  /** `trajectory` (lines of one measure) or `milestones` (one lane per study); chosen from the data when not set. */
  view: 'trajectory' | 'milestones' | undefined;

  /** Adds the typical treatment journey on the same time axis. */
  journey = false;

  /** How long a `src` may take to load, in milliseconds (10000 by default), before the timeline shows a message. */
  timeout = DEFAULT_TIMEOUT_MS;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#data.sync();
    // A view the data could not support may now fit: try again.
    if (changed.has('view')) this.clearFailure();
    const model = this.#data.value;
    const prepared = model && !this.failure ? this.#prepare(model) : undefined;
    // A view the data cannot support is a data problem: reported once as one, not thrown from the render.
    if (prepared instanceof DataError && !this.#unfit) {
      this.#unfit = true;
      this.track(Promise.reject(prepared));
    }
    this.#prepared = prepared instanceof DataError ? undefined : prepared;
  }

  protected override clearFailure(): void {
    super.clearFailure();
    this.#unfit = false;
  }

  protected override updated(): void {
    // Tracked, so `updateComplete` resolves once the chart is drawn, and a failure shows in the widget.
    const prepared = this.#prepared;
    if (!prepared || this.display !== 'chart' || !this.isConnected) this.#chart.destroy();
    else if (this.#chart.nearScreen) this.track(this.#chart.draw(prepared.config));
  }

  #ids(): string[] {
    return (this.studies ?? '').split(/\s+/).filter(Boolean);
  }

  /** The texts a timeline needs in a language: its own, the study texts, and those of the built-in studies it shows. */
  #texts(lang: string, studies: readonly Study[]): Promise<unknown> | undefined {
    return whenLoaded(
      studyTexts.load(lang),
      timelineTexts.load(lang),
      ...studies.map((study) => catalogTexts.load(study, lang)),
    );
  }

  protected override loadTexts(lang: string): Promise<unknown> | undefined {
    return this.#texts(lang, this.#data.value?.studies ?? []);
  }

  #prepare(model: TimelineData): Prepared | DataError {
    const msg = this.#msg;
    const lang = this.locale;
    const tl = timelineTexts.get(lang);
    const data = { ...model, studies: model.studies.map((study) => catalogTexts.in(study, lang)) };
    // A built-in study's own values over time, each line named for its study.
    const all = [
      ...data.series,
      ...data.studies.flatMap((study) =>
        (study.series ?? []).map((s) => ({
          ...s,
          id: `${study.id}-${s.id}`,
          label: `${laneLabel(msg, tl, study)}: ${s.label}`,
        })),
      ),
    ];
    const view: TimelineView =
      this.view ??
      (data.series.length > 0 || (data.studies.length > 0 && data.studies.every((study) => study.series?.length))
        ? 'trajectory'
        : 'milestones');
    const journey = this.journey ? JOURNEY : undefined;
    if (view === 'trajectory') {
      // Two measures never share an axis: one is drawn, and a switch shows the other.
      const scales = [...new Set(all.map((s) => s.scale))];
      const scale = scales.find((each) => each === this.scaleShown) ?? scales[0];
      const series = all.filter((s) => s.scale === scale);
      if (series.length === 0) return new DataError('no-series');
      const unit = axisUnit([
        ...series.map((s) => ({ value: 0, unit: s.timeUnit })),
        ...(journey ?? []).map((step) => step.from),
      ]);
      return {
        view,
        summary: trajectorySummary(all, msg, tl, lang),
        table: trajectoryTable(all, journey, msg, tl, lang),
        lanes: 0,
        legend: series.map((s) => `${s.label}${s.example ? ` — ${tl.example}` : ''} (${seriesComparison(msg, s)})`),
        legendNote: thresholdNote(series, msg, tl),
        measures:
          scales.length > 1
            ? scales.map((each) => ({
                scale: each,
                name: all.find((s) => s.scale === each)?.measure ?? each,
                shown: each === scale,
              }))
            : undefined,
        journey: journey && journeyBand(series),
        config: (theme) => trajectoryConfig(series, journey, unit, theme, tl, lang),
      };
    }
    const unit = axisUnit([
      ...studyTimes(data.studies),
      ...data.series.flatMap((s) => s.points.map((p) => ({ value: p.time, unit: s.timeUnit }))),
      ...(journey ?? []).map((step) => step.from),
    ]);
    const laned = [
      ...milestoneLanes(data.studies, msg, tl, lang, unit).lanes,
      ...seriesLanes(data.series, unit, msg, lang),
    ];
    return {
      view,
      summary: milestonesSummary(laned, tl),
      table: milestonesTable(laned, journey, msg, tl, lang),
      lanes: laned.length + (journey ? 1 : 0),
      pointLabels: laned.map((lane) => lane.milestones.map((m) => m.label)),
      legend: laned.map((lane) => lane.label),
      journey: journey && laned.length - 0.5,
      config: (theme) => milestonesConfig(laned, journey, unit, theme, tl, lang),
    };
  }

  /** A static export's chart image stays in the new chart box until the chart is drawn over it. */
  protected override takeOverServerContent(nodes: readonly ChildNode[]): void {
    const plot = this.renderRoot.querySelector('.plot');
    for (const node of nodes) {
      // Checked by node type, not `instanceof`: the page's nodes may come from another realm.
      const image = node.nodeType === Node.ELEMENT_NODE ? (node as Element).querySelector('.chart-image') : null;
      if (image && plot) plot.prepend(image);
    }
  }

  /** Arrow keys on the canvas: the active point's words go to the live region beside it. */
  readonly #keys = (event: KeyboardEvent | FocusEvent): void =>
    this.#chart.keys(event, (words) => {
      const status = this.renderRoot.querySelector('.plot [role=status]');
      if (status) status.textContent = words;
    });

  #show(display: 'chart' | 'table'): void {
    this.display = display;
  }

  /** Makes a file of what the widget shows, with code that loads on the first download. */
  #download(kind: DownloadKind): void {
    const lang = this.locale;
    const shown = {
      lang,
      tl: timelineTexts.get(lang),
      msg: this.#msg,
      data: this.#data.value,
      prepared: this.#prepared,
    };
    this.downloadFailed = false;
    import('./export.js')
      .then((code) => code.download(kind, shown, this.renderRoot))
      .catch(() => (this.downloadFailed = true));
  }

  #renderLegend(prepared: Prepared): TemplateResult {
    // Decorative: the same names and values are in the table, which screen readers always reach.
    return html`<ul part="legend" class="legend" aria-hidden="true">
      ${legendEntries(prepared.legend).map(
        (entry) => html`<li><span class="glyph c${entry.colour}">${entry.glyph}</span> ${entry.label}</li>`,
      )}
      ${prepared.legendNote ? html`<li><span class="glyph">┄</span> ${prepared.legendNote}</li>` : nothing}
      ${
        prepared.journey !== undefined
          ? html`<li><span class="glyph muted">✖ ━</span> ${timelineTexts.get(this.locale).journeyLane}</li>`
          : nothing
      }
    </ul>`;
  }

  /** The study texts in the element's language. */
  get #msg(): Messages {
    return messagesFor(this.locale);
  }

  protected renderContent(): TemplateResult | typeof nothing {
    const prepared = this.#prepared;
    const msg = this.#msg;
    const tl = timelineTexts.get(this.locale);
    if (!prepared) return this.renderLoading('studies');
    const chart = this.display === 'chart';
    return html`<figure part="base" class="panel">
      <figcaption part="summary" class="summary">${prepared.summary}</figcaption>
      ${this.renderDisclosure(msg.disclosure)}
      <div part="switch" class="switch" role="group" aria-label=${tl.showAs} data-static="drop">
        <button class="button" type="button" aria-pressed=${String(chart)} @click=${() => this.#show('chart')}>
          ${tl.chart}
        </button>
        <button class="button" type="button" aria-pressed=${String(!chart)} @click=${() => this.#show('table')}>
          ${tl.table}
        </button>
      </div>
      ${
        prepared.measures
          ? html`<div part="measures" class="switch" role="group" aria-label=${tl.measure} data-static="drop">
              ${prepared.measures.map(
                (measure) =>
                  html`<button
                    class="button"
                    type="button"
                    aria-pressed=${String(measure.shown)}
                    @click=${() => (this.scaleShown = measure.scale)}
                  >
                    ${measure.name}
                  </button>`,
              )}
            </div>`
          : nothing
      }
      ${
        chart
          ? html`<div
                part="chart"
                class="plot ${prepared.view} ${prepared.journey === undefined ? '' : 'with-journey'}"
              >
                ${
                  // The box's height: one row per lane, so it needs no style set from script.
                  Array.from({ length: prepared.lanes }, () => html`<i class="lane" data-static="drop"></i>`)
                }
                ${
                  isServer
                    ? chartImage(
                        prepared.config(IMAGE_THEME),
                        tl.chartLabel,
                        this.locale,
                        prepared.pointLabels,
                        prepared.journey === undefined
                          ? undefined
                          : { band: prepared.journey, steps: JOURNEY.map((step) => tl.journeyShort[step.key]) },
                      )
                    : html`<canvas
                          role="application"
                          tabindex="0"
                          aria-label=${tl.chartLabel}
                          @keydown=${this.#keys}
                          @blur=${this.#keys}
                        ></canvas>
                        <p class="visually-hidden" role="status"></p>`
                }
              </div>
              ${this.#renderLegend(prepared)}`
          : nothing
      }
      <table part="table" class=${chart ? 'visually-hidden' : 'data'}>
        <thead>
          <tr>
            ${prepared.table.head.map((cell) => html`<th scope="col">${cell}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${prepared.table.rows.map(
            (row) =>
              html`<tr>
                ${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}
              </tr>`,
          )}
        </tbody>
      </table>
      <div part="downloads" class="downloads" role="group" aria-label=${tl.download.label} data-static="drop">
        <span aria-hidden="true">${tl.download.label}:</span>
        ${(['csv', 'png', 'svg'] as const).map(
          (kind) =>
            html`<button class="button" type="button" @click=${() => this.#download(kind)}>
              ${tl.download[kind]}
            </button>`,
        )}
        <span role="status">${this.downloadFailed ? tl.download.failed : ''}</span>
      </div>
      ${prepared.journey !== undefined ? html`<p part="journey-source" class="note">${tl.journeySource}</p>` : nothing}
      <p part="regulatory" class="regulatory">${msg.regulatory}</p>
    </figure>`;
  }
}
