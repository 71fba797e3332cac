import { render, svg, type SVGTemplateResult } from 'lit';
import type { Study } from '../../data/model.js';
import type { Series } from '../../data/series.js';
import { catalogTexts } from '../../data/catalog/texts.js';
import { saveFile } from '../../internal/save-file.js';
import type { Messages } from '../../locales/study.js';
import type { TimelineMessages } from '../../locales/timeline.js';
import { chartDrawing, IMAGE_THEME, type ImageConfig, type ImageJourney } from './chart-image.js';
import {
  JOURNEY_LANE_ROOM,
  legendEntries,
  wrapLines,
  LIGHT_PALETTE,
  SHAPE_GLYPHS,
  type ChartTheme,
} from './chart-config.js';
import type { TableData } from './describe-timeline.js';
import { JOURNEY } from './journey.js';
import { LABEL_FIT_WIDTHS } from './outcome-timeline.styles.js';

/**
 * What a reader takes away from a timeline: its table as CSV, its chart as SVG or PNG. Built in the
 * browser from the same data the widget shows, with no request anywhere; this module loads on the
 * first download, so a page that never downloads never pays for it.
 */

/** What the element shows, in the reader's language: its data and its prepared view. */
export interface Shown {
  lang: string;
  tl: TimelineMessages;
  msg: Messages;
  data: { studies: readonly Study[]; series: readonly Series[] } | undefined;
  prepared:
    | {
        view: 'trajectory' | 'milestones';
        /** Rows of the milestones chart, the journey's included. */
        lanes: number;
        table: TableData;
        config: (theme: ChartTheme) => ImageConfig;
        pointLabels?: readonly (readonly (readonly string[])[])[];
        /** Where the journey's band starts on the y axis, when the journey is drawn. */
        journey?: number;
        legend: readonly string[];
        legendNote?: string;
      }
    | undefined;
  /** The day of the download; today unless given. */
  date?: Date;
}

/** Everything a file carries, its words composed. */
export interface TimelineExport {
  title: string;
  /** One line per study or series: what the numbers come from. */
  sources: readonly string[];
  /** "Downloaded 2026-11-30". */
  downloaded: string;
  /** Lines every copy carries: what the journey is when it is drawn, and the regulatory status. */
  notes: readonly string[];
  table: TableData;
  /** The chart, drawn as the static export's still image is. */
  chart: {
    config: ImageConfig;
    lang: string;
    labels?: readonly (readonly (readonly string[])[])[];
    journey?: ImageJourney;
    categories: boolean;
    /** The plot's height in px, as in the widget: per lane for milestones. */
    height: number;
    legend: readonly string[];
    legendNote?: string;
    journeyLegend?: string;
  };
}

/**
 * A study as one line: first author, year, title, journal and identifiers; and the note on its
 * title where the title's words could mislead ("FDA-approved" in a trial's name).
 */
function studyLine(study: Study, tl: TimelineMessages, msg: Messages): string {
  const author = study.authors?.[0]?.split(' ')[0];
  const who = author
    ? tl.laneLabel(author, study.year === undefined ? '' : String(study.year))
    : String(study.year ?? '');
  return [
    who,
    study.title.replace(/\.$/, ''),
    study.titleNote && `(${msg.titleNote(study.titleNote).replace(/\.$/, '')})`,
    study.journal,
    study.doi && `doi:${study.doi}`,
    study.pmid && `PMID ${study.pmid}`,
    !study.doi && !study.pmid ? study.registryId : undefined,
  ]
    .filter(Boolean)
    .join('. ');
}

/** The words and drawing of every file, from what the element shows. */
export function exportData(shown: Shown): TimelineExport {
  const { tl, msg, lang, data, prepared } = shown;
  if (!data || !prepared) throw new Error('nothing shown yet');
  const day = shown.date ?? new Date();
  // The reader's own calendar day, written the same in every language.
  const date = [day.getFullYear(), day.getMonth() + 1, day.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  const journey = prepared.journey !== undefined;
  return {
    title: tl.download.title,
    sources: [
      // What is drawn: a trajectory draws only series, a site's own and the studies' own.
      ...(prepared.view === 'milestones' ? data.studies : data.studies.filter((study) => study.series?.length)).map(
        (study) => studyLine(catalogTexts.in(study, lang), tl, msg),
      ),
      ...data.series.map(
        (s) => `${s.label}${s.example ? ` (${tl.example})` : ''}. ${msg.links.url}: ${s.source ?? msg.notReported}`,
      ),
    ],
    downloaded: tl.download.on(date),
    notes: [...(journey ? [tl.journeySource] : []), msg.regulatory],
    table: prepared.table,
    chart: {
      config: prepared.config(IMAGE_THEME),
      lang,
      labels: prepared.pointLabels,
      journey:
        prepared.journey === undefined
          ? undefined
          : { band: prepared.journey, steps: JOURNEY.map((step) => tl.journeyShort[step.key]) },
      categories: prepared.view === 'milestones',
      height:
        prepared.view === 'milestones'
          ? Math.round(prepared.lanes * 76 + (journey ? 76 * JOURNEY_LANE_ROOM : 0))
          : 300 + (journey ? 80 : 0),
      legend: prepared.legend,
      legendNote: prepared.legendNote,
      journeyLegend: journey ? tl.journeyLane : undefined,
    },
  };
}

export type DownloadKind = 'csv' | 'svg' | 'png';

/**
 * One CSV field, always quoted. A text a spreadsheet would run as a formula (=, +, -, @ first) is
 * prefixed with an apostrophe unless it is a plain number: a site's own labels reach this file.
 */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+([.,]\d+)?$/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/**
 * The table as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheets read accents),
 * after a header of single-cell rows: title, sources, date, notes, then a blank row.
 */
export function timelineCsv(data: TimelineExport): string {
  const header = [data.title, ...data.sources, data.downloaded, ...data.notes].map((line) => [line]);
  const rows = [...header, [], data.table.head, ...data.table.rows];
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

const WIDTH = 960;
const PAD = 24;
/** The chart's text size, as in the widget (0.8em of 16px). */
const FONT = 13;
const LINE = 20;

/** Colours the still image takes from the widget's styles, written out for a file read on its own. */
function fileStyles(plotWidth: number): string {
  const hidden = LABEL_FIT_WIDTHS.filter((width) => width * FONT > plotWidth).map((width) => `.fit-${width}`);
  return [
    `text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;fill:#1b1f24}`,
    `.chart text{font-size:${FONT}px}`,
    `.grid{stroke:#c9d0d8;stroke-width:1}`,
    `.journey-band{fill:#c9d0d8;opacity:.35}`,
    `.journey-step{font-style:italic}`,
    `text.muted,tspan.muted,.note{fill:#4c5561}`,
    `.title{font-size:20px;font-weight:700}`,
    `.axis-title{font-weight:600}`,
    ...LIGHT_PALETTE.map((colour, i) => `text.c${i},tspan.c${i}{fill:${colour}}`),
    ...(hidden.length > 0 ? [`${hidden.join(',')}{display:none}`] : []),
  ].join('');
}

/** The chart as a standalone SVG document: title, chart, legend, sources, date and notes drawn in. */
export function timelineSvg(data: TimelineExport): string {
  const { chart } = data;
  const drawing = chartDrawing(chart.config, chart.lang, chart.labels, chart.journey);
  // Room around the plot for the axes' ticks and lane names, as the widget's still image has.
  const left = chart.categories ? PAD : PAD + 3.25 * FONT;
  const plotWidth = WIDTH - left - PAD - 0.75 * FONT;
  const maxChars = Math.floor((WIDTH - 2 * PAD) / (FONT * 0.56));
  const parts: SVGTemplateResult[] = [];
  let y = PAD + 20;
  parts.push(svg`<text class="title" x=${PAD} y=${y}>${data.title}</text>`);
  y += LINE * 1.5;
  parts.push(svg`<text class="axis-title" x=${PAD} y=${y} font-size=${FONT}>${drawing.yTitle}</text>`);
  y += chart.categories ? 2 * FONT : FONT;
  const plotTop = y;
  y += chart.height;
  parts.push(svg`<g class="chart">
    <svg x=${left} y=${plotTop} width=${plotWidth} height=${chart.height} viewBox="0 0 100 100"
      preserveAspectRatio="none">${drawing.geometry}</svg>
    <svg x=${left} y=${plotTop} width=${plotWidth} height=${chart.height} overflow="visible">${drawing.marks}</svg>
  </g>`);
  // Under the ticks, which sit 1.3em below the plot.
  y += 3 * FONT;
  parts.push(
    svg`<text class="axis-title" x=${left + plotWidth / 2} y=${y} font-size=${FONT} text-anchor="middle">${drawing.xTitle}</text>`,
  );
  y += LINE * 0.5;
  const legend = [
    ...legendEntries(chart.legend).map((entry) => ({
      glyph: entry.glyph,
      colour: `c${entry.colour}`,
      label: entry.label,
    })),
    ...(chart.legendNote ? [{ glyph: '┄', colour: 'muted', label: chart.legendNote }] : []),
    ...(chart.journeyLegend ? [{ glyph: `${SHAPE_GLYPHS[5]} ━`, colour: 'muted', label: chart.journeyLegend }] : []),
  ];
  for (const entry of legend) {
    y += LINE;
    parts.push(
      svg`<text x=${PAD} y=${y} font-size=${FONT}><tspan class=${entry.colour}>${entry.glyph}</tspan> ${entry.label}</text>`,
    );
  }
  y += LINE * 0.5;
  for (const line of [...data.sources, data.downloaded, ...data.notes].flatMap((text) => [
    ...wrapLines(text, maxChars),
    '',
  ])) {
    if (!line) {
      y += LINE * 0.25;
      continue;
    }
    y += LINE;
    parts.push(svg`<text class="note" x=${PAD} y=${y} font-size=${FONT}>${line}</text>`);
  }
  const height = Math.ceil(y + PAD);
  const host = document.createElement('div');
  render(
    svg`<svg xmlns="http://www.w3.org/2000/svg" width=${WIDTH} height=${height} viewBox="0 0 ${WIDTH} ${height}">
      <title></title>
      <style></style>
      <rect width="100%" height="100%" fill="#fff" />
      ${parts}
    </svg>`,
    host,
  );
  const file = host.firstElementChild as SVGSVGElement;
  // Set as text, not bound: Lit reads both as raw-text elements.
  (file.querySelector('title') as Element).textContent = data.title;
  (file.querySelector('style') as Element).textContent = fileStyles(plotWidth);
  // Lit's markers are comments: a file has no use for them.
  const walker = document.createTreeWalker(host, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  return new XMLSerializer().serializeToString(file);
}

/** The SVG drawn on a canvas at twice its size, as PNG. */
export async function svgToPng(svgText: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The file of one kind, as a Blob with its type. */
export async function timelineFile(kind: DownloadKind, shown: Shown): Promise<Blob> {
  const data = exportData(shown);
  if (kind === 'csv') return new Blob([timelineCsv(data)], { type: 'text/csv;charset=utf-8' });
  const image = timelineSvg(data);
  return kind === 'svg' ? new Blob([image], { type: 'image/svg+xml' }) : svgToPng(image);
}

/** Makes the file of one kind from what the element shows, and downloads it. */
export async function download(kind: DownloadKind, shown: Shown, root: ParentNode): Promise<void> {
  saveFile(root, await timelineFile(kind, shown), `disc-outcome-timeline.${kind}`);
}
