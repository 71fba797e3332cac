/**
 * Where the short label beside each marker of a milestones lane goes, for the canvas and for the
 * still image alike: neighbouring markers take turns above and below; a label runs right of its
 * marker, or left where that keeps it in the plot; it keeps a gap from the plot's edges and from the
 * label before it on the same side; one that cannot fit is left out (the tooltip and the table
 * have every number). The canvas knows the plot's width; the still image does not, so it asks for
 * the narrowest plot each label fits in and hides the label below that width.
 */

/** A horizontal position in a plot `W` units wide: `a × W + b` from its left edge. */
export interface Edge {
  a: number;
  b: number;
}

export interface LabelRoom {
  /** Space between a marker and its label. */
  offset: number;
  /** Space a label keeps from the label before it on its side. */
  gap: number;
  /** Space a label keeps from the plot's edges; negative where it may reach into a margin. */
  edge: number;
  /** The plot's width, when known (the canvas): the side a label runs to is chosen to fit it. */
  width?: number;
  /** Without a known width, the widest plot a label may need: one that fits only in a wider one is left out. */
  widest?: number;
  /** Where labels above the markers may start: after a lane's name drawn there, if any. */
  clearAbove?: number;
}

/** One marker: where it is, as a fraction of the plot's width, and how wide its label is, if it has one. */
export interface Marker {
  at: number;
  width: number | undefined;
}

export interface PlacedLabel {
  /** The marker's position in the list. */
  index: number;
  above: boolean;
  /** Runs left of its marker, ending there, so it stays in the plot. */
  leftward: boolean;
  /** Where the label starts. */
  start: Edge;
  /** The narrowest plot it fits in. */
  narrowest: number;
}

/** Without a known width, labels of markers past this fraction of the plot run left. */
const LEFTWARD_FROM = 0.6;

/**
 * The narrowest plot in which a label spanning `start`–`end` keeps `edge` from both edges and `gap`
 * from `before`, the right edge of what lies before it on its side. Infinity if none.
 */
function narrowestFit(start: Edge, end: Edge, before: Edge, { edge, gap }: LabelRoom): number {
  // Each condition reads `a × W + b ≥ 0`.
  const conditions: Edge[] = [
    { a: start.a, b: start.b - edge },
    { a: 1 - end.a, b: -edge - end.b },
    { a: start.a - before.a, b: start.b - before.b - gap },
  ];
  let width = 0;
  for (const { a, b } of conditions) {
    if (a > 0) width = Math.max(width, -b / a);
    else if (b < 0) return Infinity;
  }
  return width;
}

/** Where a label of `size` beside a marker at `at` starts and ends, and whether it runs left. */
function extent(at: number, size: number, { offset, edge, width }: LabelRoom) {
  const leftward = width === undefined ? at > LEFTWARD_FROM : at * width + offset + size + edge > width;
  const start: Edge = { a: at, b: leftward ? -offset - size : offset };
  return { leftward, start, end: { a: at, b: start.b + size } };
}

/** The labels of one lane's markers that fit, with where each goes. */
export function placeLabels(markers: readonly Marker[], room: LabelRoom): PlacedLabel[] {
  const { width } = room;
  // The right edge of the last label placed above and below.
  const taken: Record<'above' | 'below', Edge> = {
    above: { a: 0, b: room.clearAbove ?? -Infinity },
    below: { a: 0, b: -Infinity },
  };
  const placed: PlacedLabel[] = [];
  markers.forEach(({ at, width: size }, index) => {
    if (size === undefined) return;
    const above = index % 2 === 0;
    const { leftward, start, end } = extent(at, size, room);
    const narrowest = narrowestFit(start, end, taken[above ? 'above' : 'below'], room);
    if (narrowest > (width ?? room.widest ?? Infinity)) return;
    taken[above ? 'above' : 'below'] = end;
    placed.push({ index, above, leftward, start, narrowest });
  });
  return placed;
}

/**
 * Labels in rows under their markers, for a row of marks that each need a label (the journey's
 * steps): each goes in the first of `rows` rows where it fits, or, without a known width, in the
 * row where it fits the narrowest plot. One that fits in no row is left out (the table has it).
 */
export function stackLabels(
  markers: readonly Marker[],
  room: LabelRoom,
  rows: number,
): Array<PlacedLabel & { row: number }> {
  const taken: Edge[] = Array.from({ length: rows }, () => ({ a: 0, b: -Infinity }));
  const most = room.width ?? room.widest ?? Infinity;
  const placed: Array<PlacedLabel & { row: number }> = [];
  markers.forEach(({ at, width: size }, index) => {
    if (size === undefined) return;
    const { leftward, start, end } = extent(at, size, room);
    const fits = taken.map((before) => narrowestFit(start, end, before, room));
    const row = room.width === undefined ? fits.indexOf(Math.min(...fits)) : fits.findIndex((n) => n <= most);
    const narrowest = fits[row] ?? Infinity;
    if (narrowest > most) return;
    taken[row] = end;
    placed.push({ index, above: false, leftward, start, narrowest, row });
  });
  return placed;
}
