import { COMPARISONS } from './model.js';
import { compact, type Reader } from './read.js';
import { TRAJECTORY_SCALES, type Series, type SeriesPoint, type TrajectoryScale } from './series.js';

/*
 * Reading one series: shared by a site's own series (validate-series.ts) and the series a study
 * holds (validate-study.ts), so it travels with the readers every validator uses.
 */

/** What a plotted value may be on each scale: scores for VAS and ODI, change for percent. */
export const TRAJECTORY_RANGE: Record<TrajectoryScale, [number, number]> = {
  'vas-10': [0, 10],
  'vas-100': [0, 100],
  odi: [0, 100],
  percent: [-100, 1000],
};

const MAX_POINTS = 200;

function readPoints(
  r: Reader,
  value: unknown,
  path: string,
  scale: TrajectoryScale | undefined,
): SeriesPoint[] | undefined {
  const before = r.errors.length;
  const range = scale ? TRAJECTORY_RANGE[scale] : undefined;
  const onScale = (v: unknown, p: string) => r.onScale(v, p, scale, range);
  const points = r.list(
    value,
    path,
    (entry, p) => {
      const o = r.object(entry, p);
      if (!o) return undefined;
      const time = r.field(o, 'time', p, (v, q) => r.number(v, q, { min: 0, max: 1200 }), true);
      const amount = r.field(o, 'value', p, onScale, true);
      const ci = r.field(o, 'ci', p, (v, q) => r.interval(v, q, onScale));
      const n = r.field(o, 'n', p, (v, q) => r.number(v, q, { min: 1, max: 1e7, integer: true }));
      if (time === undefined || amount === undefined) return undefined;
      return compact({ time, value: amount, ci, n });
    },
    MAX_POINTS,
  );
  if (!points || r.errors.length > before) return undefined;
  if ((value as unknown[]).length === 0) return r.fail(path, 'needs at least one point');
  const backwards = points.findIndex((point, i) => i > 0 && point.time <= (points[i - 1]?.time ?? -1));
  if (backwards !== -1) {
    return r.fail(`${path}[${backwards}].time`, 'times must go up: each point comes after the one before');
  }
  return points;
}

export function readSeries(r: Reader, value: unknown, path: string): Series | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const before = r.errors.length;
  const scale = r.field(o, 'scale', path, (v, p) => r.oneOf(v, TRAJECTORY_SCALES, p), true);
  const series = compact({
    id: r.field(o, 'id', path, (v, p) => r.id(v, p), true),
    label: r.field(o, 'label', path, (v, p) => r.text(v, p, { max: 200 }), true),
    measure: r.field(o, 'measure', path, (v, p) => r.text(v, p, { max: 120 }), true),
    scale,
    comparison: r.field(o, 'comparison', path, (v, p) => r.oneOf(v, COMPARISONS, p), true),
    arm: r.field(o, 'arm', path, (v, p) => r.oneOf(v, ['treatment', 'control'] as const, p)),
    timeUnit: r.field(o, 'timeUnit', path, (v, p) => r.oneOf(v, ['weeks', 'months'] as const, p), true),
    points: r.field(o, 'points', path, (v, p) => readPoints(r, v, p, scale), true),
    source: r.field(o, 'source', path, (v, p) => r.text(v, p, { max: 300 })),
    example: r.field(o, 'example', path, (v, p) => r.boolean(v, p)),
  });
  return r.errors.length > before ? undefined : (series as Series);
}
