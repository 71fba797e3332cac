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

/** The labels of one lane's markers that fit, with where each goes. */
export function placeLabels(markers: readonly Marker[], room: LabelRoom): PlacedLabel[] {
  const { offset, edge, width } = room;
  // The right edge of the last label placed above and below.
  const taken: Record<'above' | 'below', Edge> = {
    above: { a: 0, b: room.clearAbove ?? -Infinity },
    below: { a: 0, b: -Infinity },
  };
  const placed: PlacedLabel[] = [];
  markers.forEach(({ at, width: size }, index) => {
    if (size === undefined) return;
    const above = index % 2 === 0;
    const leftward = width === undefined ? at > LEFTWARD_FROM : at * width + offset + size + edge > width;
    const start: Edge = { a: at, b: leftward ? -offset - size : offset };
    const end: Edge = { a: at, b: start.b + size };
    const narrowest = narrowestFit(start, end, taken[above ? 'above' : 'below'], room);
    if (narrowest > (width ?? room.widest ?? Infinity)) return;
    taken[above ? 'above' : 'below'] = end;
    placed.push({ index, above, leftward, start, narrowest });
  });
  return placed;
}
