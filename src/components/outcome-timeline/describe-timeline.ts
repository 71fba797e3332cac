import type { TimeUnit } from '../../data/model.js';
import type { Series, SeriesPoint } from '../../data/series.js';
import { MEANINGFUL_CHANGE } from '../../data/thresholds.js';
import { describeComparison, describeDuration, describeTimePoint } from '../../internal/describe-outcome.js';
import { formatNumber } from '../../internal/format.js';
import type { TimelineMessages } from '../../locales/timeline.js';
import type { Messages } from '../../locales/study.js';
import type { JourneyStep } from './journey.js';
import type { Lane } from './milestones.js';

/** One row of the data table: the same values the canvas draws, as text. */
export type Row = string[];

export interface TableData {
  head: string[];
  rows: Row[];
}

function when(msg: Messages, lang: string, time: number, unit: TimeUnit): string {
  return describeTimePoint(msg, lang, { value: time, unit });
}

function journeyWhen(msg: Messages, lang: string, step: JourneyStep): string {
  return step.to
    ? `${describeDuration(msg, lang, step.from)} – ${describeDuration(msg, lang, step.to)}`
    : describeTimePoint(msg, lang, step.from);
}

function value(lang: string, series: Series, point: SeriesPoint): string {
  const number = formatNumber(lang, point.value);
  return series.scale === 'percent' ? `${number}%` : number;
}

/** A line is one group; an `arm` says it is one of a controlled study's groups. */
export function seriesComparison(msg: Messages, series: Series): string {
  return describeComparison(msg, series.comparison, series.arm !== undefined);
}

export function trajectoryTable(
  series: readonly Series[],
  journey: readonly JourneyStep[] | undefined,
  msg: Messages,
  tl: TimelineMessages,
  lang: string,
): TableData {
  const c = tl.column;
  const points = series.flatMap((s) =>
    s.points.map((p) => [
      s.example ? `${s.label} — ${tl.example}` : s.label,
      when(msg, lang, p.time, s.timeUnit),
      `${value(lang, s, p)} (${s.measure})`,
      p.ci ? msg.ci(formatNumber(lang, p.ci[0]), formatNumber(lang, p.ci[1])) : msg.notReported,
      p.n === undefined ? msg.notReported : formatNumber(lang, p.n),
      seriesComparison(msg, s),
    ]),
  );
  const steps = (journey ?? []).map((step) => [
    tl.journeyLane,
    journeyWhen(msg, lang, step),
    tl.journey[step.key],
    '',
    '',
    '',
  ]);
  return { head: [c.series, c.time, c.value, c.ci, c.n, c.comparison], rows: [...points, ...steps] };
}

export function milestonesTable(
  lanes: readonly Lane[],
  journey: readonly JourneyStep[] | undefined,
  msg: Messages,
  tl: TimelineMessages,
  lang: string,
): TableData {
  const c = tl.column;
  const rows: Row[] = lanes.flatMap((lane) =>
    lane.milestones.length === 0
      ? [[lane.label, '—', lane.empty ?? '']]
      : lane.milestones.flatMap((m) => m.findings.map((finding) => [lane.label, m.when, finding])),
  );
  for (const step of journey ?? []) rows.push([tl.journeyLane, journeyWhen(msg, lang, step), tl.journey[step.key]]);
  return { head: [c.study, c.time, c.finding], rows };
}

/** A short paragraph that says in words what the chart shows. */
export function trajectorySummary(
  series: readonly Series[],
  msg: Messages,
  tl: TimelineMessages,
  lang: string,
): string {
  // Several measures: each line names its own. The caution about changes within one group, once.
  const measures = new Set(series.map((s) => s.scale)).size > 1;
  let caution = false;
  const texts = series.flatMap((s) => {
    const first = s.points[0];
    const last = s.points[s.points.length - 1];
    // The validator guarantees at least one point; this keeps the types honest about it.
    if (!first || !last) return [];
    const label = `${s.label}${s.example ? ` (${tl.example})` : ''}${measures ? `, ${s.measure}` : ''}`;
    const comparison = seriesComparison(msg, s);
    const at = (p: SeriesPoint) => `${value(lang, s, p)} ${when(msg, lang, p.time, s.timeUnit)}`;
    let text = tl.summarySeries(label, first === last ? [at(first)] : [at(first), at(last)], comparison);
    const threshold = MEANINGFUL_CHANGE[s.scale];
    const improvement = s.scale === 'percent' ? -last.value : first.value - last.value;
    // A line is one group's values over time: its change is judged against what one person notices, with the caution.
    if (threshold !== undefined && first.time === 0 && s.comparison !== 'versus-control') {
      const amount = msg.thresholdValue[s.scale] ?? String(threshold);
      caution ||= improvement >= threshold;
      text += ` ${(improvement >= threshold ? msg.threshold.meets : msg.threshold.below)(amount)}.`;
    }
    return text;
  });
  return [...texts, ...(caution ? [msg.threshold.withinCaution] : [])].join(' ');
}

/**
 * What each study found, in words: the main result at each time with its certainty (the same
 * result running on is said once, with all its times), then the times with no size reported and
 * the last time anything was.
 */
function laneSummary(lane: Lane, tl: TimelineMessages): string {
  const { label, milestones } = lane;
  if (milestones.length === 0) return `${label}: ${lane.empty ?? ''}`;
  const groups: Array<{ phrase: string; certainty: string; when: string[]; more: number }> = [];
  for (const { main, when, more = 0 } of milestones) {
    if (!main) return tl.summaryTimes(label, tl.and(milestones.map((m) => m.when)));
    const last = groups[groups.length - 1];
    if (last?.phrase === main.phrase && last.certainty === main.certainty) {
      last.when.push(when);
      last.more += more;
    } else groups.push({ ...main, when: [when], more });
  }
  const unsized = milestones.filter((m) => !m.main?.sized).map((m) => m.when);
  const end = milestones[milestones.length - 1];
  return [
    tl.summaryLane(
      label,
      groups.map(
        (g) => tl.summaryResult(g.phrase, tl.and(g.when), g.certainty) + (g.more ? `, ${tl.summaryMore(g.more)}` : ''),
      ),
    ),
    unsized.length > 0 ? tl.noSize(tl.and(unsized)) : '',
    end?.duration && !end.atLeast ? tl.nothingAfter(end.duration) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function milestonesSummary(lanes: readonly Lane[], tl: TimelineMessages): string {
  return [tl.summaryMilestones(lanes.length), ...lanes.map((lane) => laneSummary(lane, tl))].join(' ');
}

/** Names the dashed threshold line when the chart draws one (a starting value, or % change). */
export function thresholdNote(series: readonly Series[], msg: Messages, tl: TimelineMessages): string | undefined {
  const scale = series[0]?.scale;
  if (!scale || MEANINGFUL_CHANGE[scale] === undefined) return undefined;
  if (scale !== 'percent' && !series.some((s) => s.points[0]?.time === 0)) return undefined;
  return tl.threshold(msg.thresholdValue[scale] ?? '');
}
