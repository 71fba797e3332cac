import type { Outcome, Study, TimePoint, TimeUnit } from '../../data/model.js';
import type { Series } from '../../data/series.js';
import {
  describeComparison,
  describeOutcome,
  describeTimePoint,
  describeValue,
  type StudyContext,
} from '../../internal/describe-outcome.js';
import { compact } from '../../data/read.js';
import type { TimelineMessages } from '../../locales/timeline.js';
import type { Messages } from '../../locales/study.js';

/** Everything one study reported at one follow-up time. */
export interface Milestone {
  /** Position on the axis, in the axis unit. */
  at: number;
  /** The time as the study reported it, e.g. "at 24 months or later". */
  when: string;
  /** One plain sentence per result, with its number, kind of comparison and P value. */
  findings: string[];
  /** A few characters drawn beside the marker: the main number, or the P value. */
  short?: string;
}

/** One study's row on the milestones view. */
export interface Lane {
  studyId: string;
  label: string;
  milestones: Milestone[];
  /** Why a lane has no markers: an ongoing trial, or no result tied to a time. */
  empty?: string;
}

const WEEKS_PER_MONTH = 52 / 12;

/** Weeks when every reported time is in weeks, months otherwise. */
export function axisUnit(times: readonly TimePoint[]): TimeUnit {
  return times.length > 0 && times.every((t) => t.unit === 'weeks') ? 'weeks' : 'months';
}

export function toAxis(time: TimePoint, unit: TimeUnit): number {
  if (time.unit === unit) return time.value;
  return unit === 'months' ? time.value / WEEKS_PER_MONTH : time.value * WEEKS_PER_MONTH;
}

/** Every follow-up time the studies report a result at. */
export function studyTimes(studies: readonly Study[]): TimePoint[] {
  return studies.flatMap((s) => s.outcomes.flatMap((o) => (o.timepoint ? [o.timepoint] : [])));
}

/** A site's own series as lanes: one marker per reported value, labelled with its value. */
export function seriesLanes(series: readonly Series[], unit: TimeUnit, msg: Messages, lang: string): Lane[] {
  return series.map((s) => ({
    studyId: s.id,
    label: s.label,
    milestones: s.points.map((p) => {
      const time = { value: p.time, unit: s.timeUnit };
      const value = describeValue(msg, lang, s.scale, p.value);
      return {
        at: toAxis(time, unit),
        when: describeTimePoint(msg, lang, time),
        findings: [`${s.measure}: ${value} (${describeComparison(msg, s.comparison, s.arm !== undefined)})`],
        short: value,
      };
    }),
  }));
}

function laneLabel(msg: Messages, tl: TimelineMessages, study: Study): string {
  const author = study.authors?.[0]?.split(' ')[0];
  const year = study.year === undefined ? '' : String(study.year);
  return author ? tl.laneLabel(author, year) : [msg.design[study.design.kind], year].filter(Boolean).join(', ');
}

/** "Less average pain: 7 of 9 (78%) (people in the one group studied; no comparison group)". */
function findingText(msg: Messages, lang: string, study: StudyContext, outcome: Outcome): string {
  const text = describeOutcome(msg, lang, outcome, study);
  const numbers = [text.number, ...text.precision].filter(Boolean).join(', ');
  return `${outcome.finding}${numbers ? `: ${numbers}` : ''} (${text.comparison})`;
}

/** The main number at one time (a key result first), or its P value, and how many more there are. */
function shortLabel(
  msg: Messages,
  tl: TimelineMessages,
  lang: string,
  study: StudyContext,
  outcomes: readonly Outcome[],
): string | undefined {
  const ranked = [...outcomes].sort((a, b) => Number(Boolean(b.key)) - Number(Boolean(a.key)));
  for (const outcome of ranked) {
    const text = describeOutcome(msg, lang, outcome, study);
    const main = text.number ?? text.precision.find((p) => p.startsWith(msg.p('')));
    if (main) return outcomes.length > 1 ? `${main} ${tl.more(outcomes.length - 1)}` : main;
  }
  return undefined;
}

/**
 * The milestones view of catalog studies: a marker only where a study reported a result at a
 * follow-up time. Results without a time stay in the table and the card; nothing is placed on
 * the axis that the study did not report.
 */
export function milestoneLanes(
  studies: readonly Study[],
  msg: Messages,
  tl: TimelineMessages,
  lang: string,
  unit: TimeUnit = axisUnit(studyTimes(studies)),
): { unit: TimeUnit; lanes: Lane[] } {
  const lanes = studies.map((study): Lane => {
    const byTime = new Map<string, { time: TimePoint; outcomes: Outcome[] }>();
    for (const outcome of study.outcomes) {
      if (!outcome.timepoint) continue;
      const key = `${outcome.timepoint.value} ${outcome.timepoint.unit} ${outcome.timepoint.atLeast ? '+' : ''}`;
      const entry = byTime.get(key) ?? { time: outcome.timepoint, outcomes: [] };
      entry.outcomes.push(outcome);
      byTime.set(key, entry);
    }
    const milestones = [...byTime.values()]
      .map(({ time, outcomes }) =>
        compact({
          at: toAxis(time, unit),
          when: describeTimePoint(msg, lang, time),
          findings: outcomes.map((o) => findingText(msg, lang, study, o)),
          short: shortLabel(msg, tl, lang, study, outcomes),
        }),
      )
      .sort((a, b) => a.at - b.at);
    const lane: Lane = { studyId: study.id, label: laneLabel(msg, tl, study), milestones };
    if (milestones.length === 0) lane.empty = study.status === 'ongoing' ? msg.ongoing : tl.noTimedResults;
    return lane;
  });
  return { unit, lanes };
}
