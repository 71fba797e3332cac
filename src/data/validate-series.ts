import { Reader, type Validation } from './read.js';
import { readSeries } from './read-series.js';
import type { Series } from './series.js';

export { TRAJECTORY_RANGE } from './read-series.js';

/**
 * Turns unknown JSON — a list of series, or `{ "series": [...] }` — into series for one
 * trajectory, or every problem found. One trajectory shows one measure on one scale.
 */
export function validateSeries(value: unknown): Validation<Series[]> {
  const r = new Reader();
  const list =
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'series' in value
      ? (value as { series: unknown }).series
      : value;
  const series = r.list(list, 'series', (v, p) => readSeries(r, v, p), 20);
  if (Array.isArray(list) && list.length === 0) r.fail('series', 'needs at least one series');
  // Cross-series rules only make sense once every series has read cleanly (indices line up).
  const first = r.errors.length === 0 ? series?.[0] : undefined;
  const seen = new Set<string>();
  (first ? series : [])?.forEach((s, i) => {
    if (seen.has(s.id)) r.fail(`series[${i}].id`, `"${s.id}" is used twice`);
    seen.add(s.id);
    if (first && s.scale !== first.scale) {
      r.fail(
        `series[${i}].scale`,
        `one chart shows one measure: series[0] is on ${first.scale}, this one on ${s.scale}`,
      );
    }
  });
  return r.result(series);
}
