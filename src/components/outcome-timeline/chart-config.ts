import type { ChartConfiguration, ChartDataset, Plugin, TooltipItem } from 'chart.js';
import type { TimeUnit } from '../../data/model.js';
import type { Series } from '../../data/series.js';
import { MEANINGFUL_CHANGE } from '../../data/thresholds.js';
import { TRAJECTORY_RANGE } from '../../data/read-series.js';
import { formatNumber } from '../../internal/format.js';
import type { TimelineMessages } from '../../locales/timeline.js';
import type { JourneyStep } from './journey.js';
import { placeLabels, stackLabels } from './label-placement.js';
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

/**
 * A sentence in lines of at most `max` characters, broken at spaces (a longer word stays whole):
 * Chart.js neither wraps a tooltip nor lets one leave the canvas, and the downloaded image's notes
 * need the same.
 */
export const wrapLines = (text: string, max = 56): string[] =>
  text.match(RegExp(`\\S.{0,${max - 1}}(?=\\s|$)|\\S+`, 'g')) ?? [];

interface Point {
  x: number;
  y: number;
  /** How many people the value is based on, for the tooltip. */
  n?: number;
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
): Array<ChartDataset<'line', Point[]>> {
  return journey.map((step) => ({
    label: tl.journey[step.key],
    data: step.to
      ? [
          { x: toAxis(step.from, unit), y },
          { x: toAxis(step.to, unit), y },
        ]
      : [{ x: toAxis(step.from, unit), y }],
    showLine: Boolean(step.to),
    borderColor: theme.threshold,
    backgroundColor: theme.threshold,
    borderWidth: 3,
    pointStyle: step.to ? ('line' as const) : ('crossRot' as const),
    pointRadius: step.to ? 0 : 6,
    fill: false,
  }));
}

/** The height of a line of words on the canvas, in pixels. */
const ROW = 14;

/**
 * The journey's own band under the study results, from `top` (a value on the y axis) down, and
 * each step named in words under its mark, in italics: what clinics describe, set apart from results.
 * The journey's datasets are the last ones of the chart.
 */
function journeyPlugin(journey: readonly JourneyStep[], top: number, theme: ChartTheme, tl: TimelineMessages) {
  return {
    id: 'journey',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const y = scales['y']?.getPixelForValue(top) ?? chartArea.bottom;
      ctx.save();
      ctx.globalAlpha = 0.35;
      ctx.fillStyle = theme.grid;
      ctx.fillRect(chartArea.left, y, chartArea.right - chartArea.left, chartArea.bottom - y);
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      const first = chart.data.datasets.length - journey.length;
      const width = chartArea.right - chartArea.left;
      ctx.save();
      ctx.fillStyle = theme.text;
      ctx.font = `italic 12px ${theme.font}`;
      ctx.textBaseline = 'top';
      ctx.textAlign = 'left';
      const points = journey.map((_, i) => chart.getDatasetMeta(first + i).data[0]);
      const texts = journey.map((step) => tl.journeyShort[step.key]);
      const markers = points.map((point, i) => ({
        at: ((point?.x ?? 0) - chartArea.left) / width,
        width: ctx.measureText(texts[i] ?? '').width,
      }));
      // As many rows as the band holds under the marks: a narrow chart needs more of them.
      const y = (points[0]?.y ?? 0) + 10;
      const rows = Math.max(1, Math.floor((chartArea.bottom - y) / ROW));
      for (const label of stackLabels(markers, { offset: 6, gap: 10, edge: 0, width }, rows)) {
        ctx.fillText(
          texts[label.index] ?? '',
          chartArea.left + label.start.a * width + label.start.b,
          y + label.row * ROW,
        );
      }
      ctx.restore();
    },
  } satisfies Plugin<'line'>;
}

/** A trajectory's y scale: the measure's range, or for % change, all the way down to −100%. */
function scaleRange(scale: Series['scale']): readonly [number, number] {
  return scale === 'percent' ? [-100, 0] : TRAJECTORY_RANGE[scale];
}

/** Where the journey's band starts on a trajectory's y axis: just under the scale's end. */
export function journeyBand(series: readonly Series[]): number {
  const [low, max] = scaleRange(series[0]?.scale ?? 'vas-10');
  return low - 0.02 * (max - low);
}

/** The room under the journey's lane in the milestones view, for its steps in words, in lanes. */
export const JOURNEY_LANE_ROOM = 0.6;

/** How far the y axis of a trajectory goes on below its scale for the journey's band, as a share of the scale. */
export const JOURNEY_ROOM = 0.32;

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
    const points = s.points.map((p) => ({ x: x(p.time), y: p.value, ...(p.n && { n: p.n }) }));
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

  // The journey runs in a band of its own under the data, on the same time axis: the axis goes on
  // below the scale's end, without numbers there.
  const [low, max] = scaleRange(scale);
  const range = max - low;
  const min = journey ? low - JOURNEY_ROOM * range : low;
  if (journey) datasets.push(...(journeyDatasets(journey, low - 0.06 * range, unit, theme, tl) as typeof datasets));
  const yAxis = axisOptions(theme, series[0]?.measure ?? '');
  return {
    type: 'line',
    ...(journey ? { plugins: [journeyPlugin(journey, journeyBand(series), theme, tl) as Plugin<'line'>] } : {}),
    data: { datasets },
    options: {
      ...baseOptions(theme, lang),
      scales: {
        x: { ...axisOptions(theme, tl.axis[unit]), min: 0 },
        y: {
          ...yAxis,
          ...(scale === 'percent' ? { min, suggestedMax: 0 } : { min, max }),
          ticks: {
            ...yAxis.ticks,
            callback: (value) => (Number(value) < low ? '' : formatNumber(lang, Number(value))),
          },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          filter: (item: TooltipItem<'line'>) => !/\((low|high)\)$/.test(item.dataset.label ?? ''),
          // The time with its unit, "Months since treatment: 3", rather than a bare number.
          callbacks: {
            title: ([item]) => `${tl.axis[unit]}: ${formatNumber(lang, item?.parsed.x ?? 0)}`,
            // The number of people behind each value: a group that shrinks says so at every point.
            label: (item) => {
              const n = (item.raw as Point).n;
              return `${item.dataset.label}: ${item.formattedValue}${n ? ` (${tl.people(formatNumber(lang, n))})` : ''}`;
            },
          },
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
): ChartConfiguration<'line', Point[]> {
  const labels = [...lanes.map((l) => l.label), ...(journey ? [tl.journeyLane] : [])];
  const datasets: Array<ChartDataset<'line', Point[]>> = lanes.map((lane, index) => ({
    label: lane.label,
    // Markers only: a lane's results are separate findings, not a line.
    showLine: false,
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
  // The journey's band is two lanes tall: its marks, then its steps in words under them.
  const end = labels.length - 0.5 + (journey ? 1 : 0);
  const findingsAt = (item: TooltipItem<'line'>): string[] => {
    const lane = lanes[item.datasetIndex];
    return lane?.milestones[item.dataIndex]?.findings ?? [item.dataset.label ?? ''];
  };
  const max = axisMax(datasets.flatMap((d) => d.data.map((p) => p.x)));
  // The main result beside each marker, in two short lines of words.
  const findingLabels: Plugin<'line'> = {
    id: 'milestoneLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.fillStyle = theme.text;
      ctx.font = `12px ${theme.font}`;
      ctx.textAlign = 'left';
      const width = chartArea.right - chartArea.left;
      lanes.forEach((lane, i) => {
        const points = chart.getDatasetMeta(i).data;
        const markers = points.map((point, j) => {
          const lines = lane.milestones[j]?.label ?? [];
          return {
            at: (point.x - chartArea.left) / width,
            width: lines[0] ? Math.max(...lines.map((line) => ctx.measureText(line).width)) : undefined,
          };
        });
        for (const label of placeLabels(markers, { offset: 10, gap: 8, edge: 0, width })) {
          const [first = '', second = ''] = lane.milestones[label.index]?.label ?? [];
          const x = chartArea.left + label.start.a * width + label.start.b;
          const y = points[label.index]?.y ?? 0;
          ctx.textBaseline = label.above ? 'bottom' : 'top';
          // Above the marker the second line is nearer to it; below, the first.
          ctx.fillText(first, x, label.above ? y - 8 - (second ? ROW : 0) : y + 8);
          if (second) ctx.fillText(second, x, label.above ? y - 8 : y + 8 + ROW);
        }
      });
      ctx.restore();
    },
  };
  return {
    type: 'line',
    plugins: journey ? [findingLabels, journeyPlugin(journey, lanes.length - 0.5, theme, tl)] : [findingLabels],
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
          max: end,
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
            // The study and when: "Gornet et al. 2024, at 52 weeks"; the journey's steps say their own time.
            title: ([item]) => {
              const lane = lanes[item?.datasetIndex ?? 0];
              const when = lane?.milestones[item?.dataIndex ?? 0]?.when;
              return lane ? [lane.label, when].filter(Boolean).join(', ') : tl.journeyLane;
            },
            label: (item) => findingsAt(item).flatMap((line) => wrapLines(line)),
          },
        },
      },
    },
  };
}
