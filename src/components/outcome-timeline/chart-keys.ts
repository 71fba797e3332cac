import type { ActiveElement, Chart, ChartType } from 'chart.js';

type AnyChart = Chart<ChartType, unknown>;

/**
 * Keyboard access to the chart's points, loaded on the first key pressed on the canvas: the arrow
 * keys move a single active point (left and right along a lane or line, up and down between them),
 * Home and End go to the first and last point of a row, Escape lets go. The active point shows its
 * tooltip, as under a pointer, and its words go to a live region for screen readers.
 */

/** A dataset whose points a reader can reach, and their indexes in time order. */
interface Row {
  dataset: number;
  order: number[];
}

/** The points a reader can reach: those drawn as markers, by dataset, in time order. */
function rows(chart: AnyChart): Row[] {
  return chart.data.datasets.flatMap((dataset, index) => {
    const radius = (dataset as { pointRadius?: unknown }).pointRadius;
    const points = chart.getDatasetMeta(index).data;
    if ((typeof radius === 'number' && radius <= 0) || !chart.isDatasetVisible(index) || points.length === 0) return [];
    const order = points.map((_, i) => i).sort((a, b) => (points[a]?.x ?? 0) - (points[b]?.x ?? 0));
    return [{ dataset: index, order }];
  });
}

/** Where a point is across the canvas, in pixels. */
const xOf = (chart: AnyChart, row: Row, at: number) =>
  chart.getDatasetMeta(row.dataset).data[row.order[at] ?? 0]?.x ?? 0;

/** The point a key leads to from the active one, or undefined to let go. */
export function next(chart: AnyChart, key: string): { datasetIndex: number; index: number } | undefined {
  const all = rows(chart);
  const active: ActiveElement | undefined = chart.getActiveElements()[0];
  let row = all.findIndex((r) => r.dataset === active?.datasetIndex);
  let current = all[row];
  if (key === 'Escape' || !all[0]) return undefined;
  if (!current || !active) return { datasetIndex: all[0].dataset, index: all[0].order[0] ?? 0 };
  let at = Math.max(0, current.order.indexOf(active.index));
  const last = current.order.length - 1;
  if (key === 'ArrowRight') at = Math.min(last, at + 1);
  else if (key === 'ArrowLeft') at = Math.max(0, at - 1);
  else if (key === 'Home') at = 0;
  else if (key === 'End') at = last;
  else if (key === 'ArrowDown' || key === 'ArrowUp') {
    // The next row's point nearest in time to the active one.
    const x = xOf(chart, current, at);
    row = Math.min(all.length - 1, Math.max(0, row + (key === 'ArrowDown' ? 1 : -1)));
    current = all[row] ?? current;
    const target = current;
    at = target.order.reduce(
      (best, _, i) => (Math.abs(xOf(chart, target, i) - x) < Math.abs(xOf(chart, target, best) - x) ? i : best),
      0,
    );
  }
  return { datasetIndex: current.dataset, index: current.order[at] ?? 0 };
}

/**
 * Moves the active point for a key and returns the words the tooltip shows for it (empty when
 * the reader let go).
 */
export function press(chart: AnyChart, key: string): string {
  const point = next(chart, key);
  const active = point ? [point] : [];
  const element = point && chart.getDatasetMeta(point.datasetIndex).data[point.index];
  chart.setActiveElements(active);
  chart.tooltip?.setActiveElements(active, { x: element?.x ?? 0, y: element?.y ?? 0 });
  chart.update();
  const tooltip = chart.tooltip;
  if (!point || !tooltip) return '';
  // The tooltip wraps its sentences in lines; read aloud, they run on.
  const body = tooltip.body.flatMap((part) => [...part.before, ...part.lines, ...part.after]);
  return [tooltip.title.join(' '), body.join(' ')].filter(Boolean).join('. ');
}
