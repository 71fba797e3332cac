import type { ChartConfiguration, ChartDataset, Plugin, TooltipItem } from 'chart.js';
import type { TimeUnit } from '../../data/model.js';
import type { Series } from '../../data/series.js';
import { MEANINGFUL_CHANGE } from '../../data/thresholds.js';
import { TRAJECTORY_RANGE } from '../../data/validate-series.js';
import { formatNumber } from '../../internal/format.js';
import type { TimelineMessages } from '../../locales/timeline.js';
import type { JourneyStep } from './journey.js';
import { placeLabels } from './label-placement.js';
import { toAxis, type Lane } from './milestones.js';

/** Colours read from the element's theme, so the canvas matches the text around it. */
export interface ChartTheme {
  text: string;
  /** The element's font, so canvas text matches the page. */
  font: string;
  grid: string;
  threshold: string;
  /** Okabe–Ito colours, safe for the common kinds of colour blindness. */
  palette: readonly string[];
}

/** Never colour alone: every series also has its own point shape and line pattern. */
export const SHAPES = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'] as const;
/** The same shapes as text, for the legend beside the canvas. */
export const SHAPE_GLYPHS = ['●', '■', '▲', '◆', '★', '✖'] as const;

/** One entry of the legend: the mark a reader sees on the canvas, in the same colour and shape. */
export interface LegendEntry {
  label: string;
  glyph: string;
  /** The colour's place in the palette; the widget's styles give it the theme's colour. */
  colour: number;
}

/** Legend entries for datasets drawn in order: index i gets the i-th colour and shape. */
export function legendEntries(labels: readonly string[]): LegendEntry[] {
  return labels.map((label, index) => ({
    label,
    glyph: pick(SHAPE_GLYPHS, index),
    colour: index % LIGHT_PALETTE.length,
  }));
}
const DASHES: readonly number[][] = [[], [8, 4], [2, 3], [12, 3, 2, 3]];

export const LIGHT_PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8A6200', '#3B7EA1'];
export const DARK_PALETTE = ['#56B4E9', '#E69F00', '#3CC6A0', '#E79BC8', '#F0E442', '#A9CCE3'];

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

interface Point {
  x: number;
  y: number;
}

function axisOptions(theme: ChartTheme, title: string) {
  const font = { family: theme.font };
  return {
    type: 'linear' as const,
    title: { display: true, text: title, color: theme.text, font },
    ticks: { color: theme.text, font },
    grid: { color: theme.grid },
    border: { color: theme.grid },
  };
}

function baseOptions(theme: ChartTheme, lang: string) {
  return {
    locale: lang,
    animation: false as const,
    // The element sizes the chart from its own ResizeObserver (see #draw).
    responsive: false,
    maintainAspectRatio: false,
    plugins: { legend: { display: false } },
    color: theme.text,
  };
}

/** The journey as marks on one row of the chart at height `y`: spans as lines, moments as crosses. */
function journeyDatasets(
  journey: readonly JourneyStep[],
  y: number,
  unit: TimeUnit,
  theme: ChartTheme,
  tl: TimelineMessages,
): Array<ChartDataset<'line' | 'scatter', Point[]>> {
  return journey.map((step) => ({
    label: tl.journey[step.key],
    data: step.to
      ? [
          { x: toAxis(step.from, unit), y },
          { x: toAxis(step.to, unit), y },
        ]
      : [{ x: toAxis(step.from, unit), y }],
    showLine: Boolean(step.to),
    borderColor: theme.text,
    backgroundColor: theme.text,
    borderWidth: 3,
    pointStyle: step.to ? ('line' as const) : ('crossRot' as const),
    pointRadius: step.to ? 0 : 6,
    fill: false,
  }));
}

/** The largest time on the axis, so the journey and the data share one range. */
function axisMax(values: number[]): number {
  return Math.max(1, ...values);
}

/**
 * Lines of one measure over time. Points are only the values the data holds; treatment and
 * control arms are separate lines; confidence intervals are a band only where they exist.
 */
export function trajectoryConfig(
  series: readonly Series[],
  journey: readonly JourneyStep[] | undefined,
  unit: TimeUnit,
  theme: ChartTheme,
  tl: TimelineMessages,
  lang: string,
): ChartConfiguration<'line', Point[]> {
  const scale = series[0]?.scale ?? 'vas-10';
  const datasets: Array<ChartDataset<'line', Point[]>> = [];
  series.forEach((s, index) => {
    const color = pick(theme.palette, index);
    const x = (time: number) => toAxis({ value: time, unit: s.timeUnit }, unit);
    const points = s.points.map((p) => ({ x: x(p.time), y: p.value }));
    if (s.points.some((p) => p.ci)) {
      // Only points with an interval: Chart.js leaves a band empty when its data holds gaps.
      const bound = (side: 0 | 1) => s.points.flatMap((p) => (p.ci ? [{ x: x(p.time), y: p.ci[side] }] : []));
      datasets.push(
        { label: `${s.label} (low)`, data: bound(0), borderWidth: 0, pointRadius: 0, fill: false },
        {
          label: `${s.label} (high)`,
          data: bound(1),
          borderWidth: 0,
          pointRadius: 0,
          backgroundColor: `${color}40`,
          fill: '-1',
        },
      );
    }
    datasets.push({
      label: s.label,
      data: points,
      borderColor: color,
      backgroundColor: color,
      borderDash: s.arm === 'control' ? [6, 4] : pick(DASHES, index),
      pointStyle: pick(SHAPES, index),
      pointRadius: 5,
      borderWidth: 2,
      fill: false,
    });
  });

  // The smallest change patients notice, drawn from the first series that has a starting value.
  const baseline = series.find((s) => s.points[0]?.time === 0);
  const change = MEANINGFUL_CHANGE[scale];
  if (change !== undefined) {
    const start = scale === 'percent' ? 0 : baseline?.points[0]?.value;
    if (start !== undefined) {
      const level = start - change;
      const max = axisMax(datasets.flatMap((d) => d.data.map((p) => p.x)));
      const amount = scale === 'percent' ? `${formatNumber(lang, change)}%` : formatNumber(lang, change);
      datasets.push({
        label: tl.threshold(amount),
        data: [
          { x: 0, y: level },
          { x: max, y: level },
        ],
        borderColor: theme.threshold,
        borderDash: [3, 3],
        borderWidth: 1.5,
        pointRadius: 0,
        fill: false,
      });
    }
  }

  const [min, max] = TRAJECTORY_RANGE[scale];
  // The journey runs along the bottom of the chart, on the same time axis as the data.
  if (journey)
    datasets.push(...(journeyDatasets(journey, scale === 'percent' ? -100 : min, unit, theme, tl) as typeof datasets));
  return {
    type: 'line',
    data: { datasets },
    options: {
      ...baseOptions(theme, lang),
      scales: {
        x: { ...axisOptions(theme, tl.axis[unit]), min: 0 },
        y: {
          ...axisOptions(theme, series[0]?.measure ?? ''),
          ...(scale === 'percent' ? { suggestedMin: -100, suggestedMax: 0 } : { min, max }),
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          filter: (item: TooltipItem<'line'>) => !/\((low|high)\)$/.test(item.dataset.label ?? ''),
        },
      },
    },
  };
}

/**
 * One lane per study with a marker where it reported something; the journey, when asked for,
 * is a lane of its own at the bottom, with spans drawn as lines.
 */
export function milestonesConfig(
  lanes: readonly Lane[],
  journey: readonly JourneyStep[] | undefined,
  unit: TimeUnit,
  theme: ChartTheme,
  tl: TimelineMessages,
  lang: string,
): ChartConfiguration<'scatter', Point[]> {
  const labels = [...lanes.map((l) => l.label), ...(journey ? [tl.journeyLane] : [])];
  const datasets: Array<ChartDataset<'scatter', Point[]>> = lanes.map((lane, index) => ({
    label: lane.label,
    data: lane.milestones.map((m) => ({ x: m.at, y: index })),
    backgroundColor: pick(theme.palette, index),
    borderColor: pick(theme.palette, index),
    pointStyle: pick(SHAPES, index),
    pointRadius: 7,
    pointHoverRadius: 9,
  }));
  if (journey) {
    datasets.push(...(journeyDatasets(journey, lanes.length, unit, theme, tl) as typeof datasets));
  }
  const findingsAt = (item: TooltipItem<'scatter'>): string[] => {
    const lane = lanes[item.datasetIndex];
    return lane?.milestones[item.dataIndex]?.findings ?? [item.dataset.label ?? ''];
  };
  const max = axisMax(datasets.flatMap((d) => d.data.map((p) => p.x)));
  // The finding beside each marker: its main number, or its P value.
  const findingLabels: Plugin<'scatter'> = {
    id: 'milestoneLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.fillStyle = theme.text;
      ctx.font = `12px ${theme.font}`;
      const width = chartArea.right - chartArea.left;
      lanes.forEach((lane, i) => {
        const points = chart.getDatasetMeta(i).data;
        const markers = points.map((point, j) => {
          const text = lane.milestones[j]?.short;
          return { at: (point.x - chartArea.left) / width, width: text ? ctx.measureText(text).width : undefined };
        });
        for (const label of placeLabels(markers, { offset: 10, gap: 6, edge: 0, width })) {
          const point = points[label.index];
          ctx.textAlign = 'left';
          ctx.textBaseline = label.above ? 'bottom' : 'top';
          ctx.fillText(
            lane.milestones[label.index]?.short ?? '',
            chartArea.left + label.start.a * width + label.start.b,
            (point?.y ?? 0) + (label.above ? -8 : 8),
          );
        }
      });
      ctx.restore();
    },
  };
  return {
    type: 'scatter',
    plugins: [findingLabels],
    data: { datasets },
    options: {
      ...baseOptions(theme, lang),
      scales: {
        x: { ...axisOptions(theme, tl.axis[unit]), min: 0, suggestedMax: max },
        y: {
          ...axisOptions(theme, ''),
          title: { display: false },
          reverse: true,
          min: -0.5,
          max: labels.length - 0.5,
          afterBuildTicks: (axis) => {
            axis.ticks = labels.map((_, value) => ({ value }));
          },
          ticks: { ...axisOptions(theme, '').ticks, callback: (value) => labels[Number(value)] ?? '' },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => {
              const index = items[0]?.datasetIndex ?? 0;
              return lanes[index]?.label ?? tl.journeyLane;
            },
            label: (item) => findingsAt(item),
          },
        },
      },
    },
  };
}
