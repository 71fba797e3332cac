import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { formatNumber } from '../../internal/format.js';
import { LIGHT_PALETTE, SHAPE_GLYPHS, SHAPES, type ChartTheme } from './chart-config.js';
import { placeLabels, stackLabels } from './label-placement.js';
import { LABEL_FIT_WIDTHS } from './outcome-timeline.styles.js';

/**
 * The chart as a still image, for a static export (no JavaScript, no canvas). It is drawn from the
 * same Chart.js configuration as the canvas, so both show the same points, lines and bands.
 *
 * Positions are percentages of the plot box, so the image fits any width without scaling its text;
 * lines and bands are drawn in a 100 × 100 box stretched over the plot with strokes that keep their
 * width. Colours are classes (theme-aware in the widget's styles), with the light colours as
 * attributes for a page that shows the image without those styles.
 */

/** The theme the configuration is built with for the image: names, not colours, for everything but the series. */
export const IMAGE_THEME: ChartTheme = {
  text: 'text',
  font: 'inherit',
  grid: 'grid',
  threshold: 'muted',
  palette: LIGHT_PALETTE,
};

interface Point {
  x: number;
  y: number;
}

/** The parts of a Chart.js dataset the image reads (the rest is Chart.js's own). */
interface ImageDataset {
  data: Point[];
  borderColor?: unknown;
  backgroundColor?: unknown;
  borderDash?: unknown;
  borderWidth?: unknown;
  pointStyle?: unknown;
  pointRadius?: unknown;
  showLine?: unknown;
  fill?: unknown;
}

const numberOr = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);

interface ImageScale {
  min?: number;
  max?: number;
  suggestedMin?: number;
  suggestedMax?: number;
  reverse?: boolean;
  title?: { text?: string | string[] };
  ticks?: { callback?: (value: number) => unknown };
}

/** The parts of a Chart.js configuration the image reads. */
export interface ImageConfig {
  type: string;
  data: { datasets: ImageDataset[] };
  options?: { scales?: { x?: ImageScale; y?: ImageScale } };
}

/** A colour of the configuration as a class name, and the colour itself for pages without the styles. */
function colour(value: unknown): { name: string; fallback: string } {
  const text = typeof value === 'string' ? value : '';
  const index = LIGHT_PALETTE.indexOf(text.slice(0, 7));
  if (index >= 0) return { name: `c${index}`, fallback: LIGHT_PALETTE[index] ?? '' };
  return { name: text === 'muted' ? 'muted' : 'ink', fallback: text === 'muted' ? '#4c5561' : '#1b1f24' };
}

/** About five round steps across a range: 1, 2 or 5 times a power of ten. */
export function niceTicks(min: number, max: number): number[] {
  const span = max - min;
  if (!(span > 0)) return [min];
  const rough = span / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let value = Math.ceil(min / step) * step; value <= max + step * 1e-9; value += step) {
    ticks.push(Math.round(value / step) * step);
  }
  return ticks;
}

/** Hides a label in a plot narrower than the one it fits in (see LABEL_FIT_WIDTHS). */
function fitClass(narrowest: number): string {
  return narrowest > LABEL_FIT_WIDTHS[0] ? `fit-${LABEL_FIT_WIDTHS.find((width) => width >= narrowest)}` : '';
}

const percent = (value: number) => `${Math.round(value * 100) / 100}%`;

/** A text's width in em, estimated wide: the server cannot measure text. */
const textWidth = (text: string) => text.length * 0.62;

/** The journey in the image: where its band starts on the y axis, and each step's words. */
export interface ImageJourney {
  band: number;
  /** One per journey dataset, which are the configuration's last ones. */
  steps: readonly string[];
}

/** The distance between lines of words, in em: Firefox gives a line of text a box 1.4em tall. */
const LINE = 1.45;

/** A label's lines at a point: above it, the last line is nearest; below it, the first. */
function labelLines(lines: readonly string[], above: boolean): Array<[string, string]> {
  return lines.map((line, i) => [line, above ? `${-0.7 - (lines.length - 1 - i) * LINE}em` : `${1.4 + i * LINE}em`]);
}

/** A chart drawn as SVG, in two layers over the plot box, and its axes' titles. */
export interface ChartDrawing {
  /** Grid, bands and lines, in a 100 × 100 box stretched over the plot. */
  geometry: SVGTemplateResult;
  /** Ticks, markers and words, placed in percent of the plot box, so text keeps its size. */
  marks: SVGTemplateResult;
  yTitle: string;
  xTitle: string;
}

/**
 * The chart of a configuration as SVG. `labels` are the lines of words beside each dataset's points
 * (the milestones view), by dataset and point; `journey` names the journey's steps in their own band.
 */
export function chartDrawing(
  config: ImageConfig,
  lang: string,
  labels: readonly (readonly (readonly string[])[])[] = [],
  journey?: ImageJourney,
): ChartDrawing {
  const datasets = config.data.datasets;
  const { x: xScale = {}, y: yScale = {} } = config.options?.scales ?? {};
  const xs = datasets.flatMap((d) => d.data.map((p) => p.x));
  const ys = datasets.flatMap((d) => d.data.map((p) => p.y));
  const xMax = Math.max(xScale.max ?? 0, xScale.suggestedMax ?? 0, 1, ...xs);
  const yMin = yScale.min ?? Math.min(yScale.suggestedMin ?? 0, ...ys);
  const yMax = yScale.max ?? Math.max(yScale.suggestedMax ?? 0, ...ys);
  // The milestones view names its rows (lanes), top down on a reversed axis; the trajectory view
  // numbers its axis.
  const categories = yScale.reverse === true;
  const left = (x: number) => (x / xMax) * 100;
  const top = (y: number) => ((yScale.reverse ? y - yMin : yMax - y) / (yMax - yMin)) * 100;
  // Only ticks with a name or inside the scale: the journey's band below it has none.
  const yTicks = (
    categories ? Array.from({ length: Math.round(yMax - yMin) }, (_, i) => Math.ceil(yMin) + i) : niceTicks(yMin, yMax)
  ).filter((y) => yScale.ticks?.callback?.(y) !== '');
  const yLabel = (value: number) =>
    categories ? String(yScale.ticks?.callback?.(value) ?? '') : formatNumber(lang, value);
  const firstStep = journey ? datasets.length - journey.steps.length : datasets.length;
  const title = (scale: ImageScale) => [scale.title?.text ?? ''].flat().join(' ');

  const lines: SVGTemplateResult[] = [];
  const marks: SVGTemplateResult[] = [];
  datasets.forEach((dataset, index) => {
    const points = dataset.data;
    const stroke = colour(dataset.borderColor);
    if (dataset.fill === '-1' && index > 0) {
      // A band between this dataset and the one before it: a confidence interval.
      const low = datasets[index - 1]?.data ?? [];
      const band = colour(dataset.backgroundColor);
      const outline = [...low, ...[...points].reverse()].map((p) => `${left(p.x)},${top(p.y)}`).join(' ');
      lines.push(
        svg`<polygon class="band ${band.name}" fill=${band.fallback} fill-opacity="0.25" points=${outline} />`,
      );
    }
    const width = numberOr(dataset.borderWidth, 2);
    // As in Chart.js: a line chart joins a dataset's points unless the dataset says not to.
    const joined = dataset.showLine !== false;
    if (width > 0 && joined && points.length > 1) {
      lines.push(
        svg`<polyline class="line ${stroke.name}" fill="none" stroke=${stroke.fallback}
          stroke-width=${width} stroke-dasharray=${Array.isArray(dataset.borderDash) ? dataset.borderDash.join(' ') : nothing}
          vector-effect="non-scaling-stroke" points=${points.map((p) => `${left(p.x)},${top(p.y)}`).join(' ')} />`,
      );
    }
    const shape = SHAPES.indexOf(dataset.pointStyle as (typeof SHAPES)[number]);
    const radius = numberOr(dataset.pointRadius, 3);
    if (radius > 0 && shape >= 0 && index < firstStep) {
      const texts = labels[index] ?? [];
      // Placed as on the canvas, in em; a lane's name sits above its line at the left, so labels
      // above start clear of it. One that fits only in a wider plot is hidden below that width,
      // since the server cannot know the reader's.
      const placed = placeLabels(
        points.map((point, i) => ({
          at: left(point.x) / 100,
          width: texts[i]?.[0] ? Math.max(...texts[i].map(textWidth)) : undefined,
        })),
        {
          offset: 0.9,
          gap: 0.5,
          edge: -0.5,
          widest: LABEL_FIT_WIDTHS[LABEL_FIT_WIDTHS.length - 1],
          clearAbove: categories && points[0] ? textWidth(yLabel(points[0].y)) : undefined,
        },
      );
      points.forEach((point, i) => {
        const x = percent(left(point.x));
        const y = percent(top(point.y));
        marks.push(
          svg`<text class="mark ${stroke.name}" fill=${stroke.fallback} x=${x} y=${y} font-size=${radius * 2.4}
            text-anchor="middle" dominant-baseline="central">${SHAPE_GLYPHS[shape]}</text>`,
        );
        const label = placed.find((p) => p.index === i);
        if (!label) return;
        for (const [line, dy] of labelLines(texts[i] ?? [], label.above)) {
          marks.push(
            svg`<text class="point-label ink ${fitClass(label.narrowest)}" x=${x} y=${y}
              dx=${label.leftward ? '-0.9em' : '0.9em'} dy=${dy}
              text-anchor=${label.leftward ? 'end' : 'start'}>${line}</text>`,
          );
        }
      });
    } else if (index >= firstStep && points[0]) {
      // A journey step: its mark, drawn by the lines above for a span; its words come below.
      if (!dataset.showLine) {
        marks.push(
          svg`<text class="mark muted" fill="#4c5561" x=${percent(left(points[0].x))} y=${percent(top(points[0].y))}
            font-size=${radius * 2.4} text-anchor="middle" dominant-baseline="central">${SHAPE_GLYPHS[5]}</text>`,
        );
      }
    }
  });
  if (journey) {
    const steps = datasets.slice(firstStep).map((d) => d.data[0] ?? { x: 0, y: 0 });
    const placed = stackLabels(
      steps.map((point, i) => ({ at: left(point.x) / 100, width: textWidth(journey.steps[i] ?? '') })),
      { offset: 0.5, gap: 0.8, edge: -0.5, widest: LABEL_FIT_WIDTHS[LABEL_FIT_WIDTHS.length - 1] },
      4,
    );
    for (const label of placed) {
      const point = steps[label.index] ?? { x: 0, y: 0 };
      marks.push(
        svg`<text class="journey-step ink ${fitClass(label.narrowest)}" x=${percent(left(point.x))} y=${percent(top(point.y))}
          dx=${label.leftward ? '-0.5em' : '0.5em'} dy=${`${1.6 + label.row * LINE}em`}
          text-anchor=${label.leftward ? 'end' : 'start'}>${journey.steps[label.index]}</text>`,
      );
    }
  }

  const xTicks = niceTicks(0, xMax);
  const grid = [
    ...xTicks.map(
      (x) => svg`<line class="grid" x1=${left(x)} x2=${left(x)} y1="0" y2="100" vector-effect="non-scaling-stroke" />`,
    ),
    ...yTicks.map(
      (y) => svg`<line class="grid" x1="0" x2="100" y1=${top(y)} y2=${top(y)} vector-effect="non-scaling-stroke" />`,
    ),
  ];
  const band = journey
    ? svg`<rect class="journey-band" x="0" width="100" y=${top(journey.band)} height=${100 - top(journey.band)} />`
    : nothing;
  const ticks = [
    ...xTicks.map(
      (x) =>
        svg`<text class="tick ink" x=${percent(left(x))} y="100%" dy="1.3em" text-anchor="middle">${formatNumber(lang, x)}</text>`,
    ),
    ...yTicks.map((y) =>
      categories
        ? svg`<text class="tick lane-name ink" x="0" y=${percent(top(y))} dy="-1.1em">${yLabel(y)}</text>`
        : svg`<text class="tick ink" x="-0.5em" y=${percent(top(y))} text-anchor="end" dominant-baseline="central">${yLabel(y)}</text>`,
    ),
  ];
  return {
    yTitle: title(yScale),
    xTitle: title(xScale),
    geometry: svg`${grid}${band}${lines}`,
    marks: svg`${ticks}${marks}`,
  };
}

/**
 * The chart of a configuration as an HTML still image inside the plot box (see `chartDrawing`),
 * named for screen readers by `name`.
 */
export function chartImage(
  config: ImageConfig,
  name: string,
  lang: string,
  labels?: readonly (readonly (readonly string[])[])[],
  journey?: ImageJourney,
): TemplateResult {
  const drawing = chartDrawing(config, lang, labels, journey);
  return html`<div class="chart-image" role="img" aria-label=${name} data-static="drop">
    <p class="axis-title" aria-hidden="true">${drawing.yTitle}</p>
    <div class="area">
      <svg class="geometry" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
        ${drawing.geometry}
      </svg>
      <svg class="marks" aria-hidden="true">${drawing.marks}</svg>
    </div>
    <p class="axis-title x" aria-hidden="true">${drawing.xTitle}</p>
  </div>`;
}
