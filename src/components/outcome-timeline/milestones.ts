import { effectOf, wordingCertainty } from '../../data/certainty.js';
import type { Outcome, Study, TimePoint, TimeUnit } from '../../data/model.js';
import type { Series } from '../../data/series.js';
import {
  describeComparison,
  describeDuration,
  describeOutcome,
  describeTimePoint,
  describeValue,
  type StudyContext,
} from '../../internal/describe-outcome.js';
import { formatNumber } from '../../internal/format.js';
import type { ResultParts } from '../../locales/en/timeline.js';
import type { TimelineMessages } from '../../locales/timeline.js';
import type { Messages } from '../../locales/study.js';

/** Everything one study reported at one follow-up time. */
export interface Milestone {
  /** Position on the axis, in the axis unit. */
  at: number;
  /** The time as the study reported it, e.g. "at 24 months or later". */
  when: string;
  /** One plain sentence per result, with its number, kind of comparison, P value and certainty. */
  findings: string[];
  /** The main result in words, in two short lines drawn beside the marker; never a bare P value. */
  label: [string, string];
  /** The main result for the summary: in a sentence, its certainty, and whether its size is known. */
  main?: { phrase: string; certainty: string; sized: boolean };
  /** The time as a length ("104 weeks"), and whether it is pooled ("or later"). */
  duration?: string;
  atLeast?: boolean;
  /** How many other results share the marker. */
  more?: number;
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
        label: [value, ''],
      };
    }),
  }));
}

/** A study's short name: "Gornet et al. 2024", or its design and year when it names no author. */
export function laneLabel(msg: Messages, tl: TimelineMessages, study: Study): string {
  const author = study.authors?.[0]?.split(' ')[0];
  const year = study.year === undefined ? '' : String(study.year);
  return author ? tl.laneLabel(author, year) : [msg.design[study.design.kind], year].filter(Boolean).join(', ');
}

/** "Less average pain: 7 of 9 (78%) (people who had this result; no comparison group; certainty: very low)". */
function findingText(msg: Messages, tl: TimelineMessages, lang: string, study: StudyContext, outcome: Outcome): string {
  const text = describeOutcome(msg, lang, outcome, study);
  const numbers = [text.number, ...text.precision].filter(Boolean).join(', ');
  const certainty = outcome.certainty ? `; ${tl.certainty(msg.certainty.level[outcome.certainty.level])}` : '';
  return `${outcome.finding}${numbers ? `: ${numbers}` : ''} (${text.comparison}${certainty})`;
}

/** How much, on a scale a reader knows: a percentage or points, never an effect size. */
function amountOf(tl: TimelineMessages, lang: string, { value, scale }: Outcome): string | undefined {
  if (value === undefined) return undefined;
  if (scale === 'percent') return formatNumber(lang, Math.abs(value) / 100, { style: 'percent' });
  return scale === 'vas-10' || scale === 'vas-100' || scale === 'odi'
    ? tl.points(formatNumber(lang, Math.abs(value)))
    : undefined;
}

/** The parts of a result's words, from its numbers and its direction. */
export function resultParts(tl: TimelineMessages, lang: string, study: StudyContext, outcome: Outcome): ResultParts {
  const effect = effectOf(outcome);
  const parts: ResultParts = {
    domain: outcome.domain,
    direction: effect?.direction,
    slight: effect?.slight ?? false,
    comparison: outcome.comparison,
    controlled: study.comparator !== undefined,
  };
  if (outcome.comparison === 'versus-control') parts.certainty = wordingCertainty(study, outcome);
  const amount = amountOf(tl, lang, outcome);
  if (amount) parts.amount = amount;
  const r = outcome.responders;
  if (r) parts.responders = [formatNumber(lang, r.count), formatNumber(lang, r.of)];
  return parts;
}

/** The result that speaks for its time: a key one first, then one whose direction is known, then one with a number. */
const rank = (o: Outcome) =>
  Number(Boolean(o.key)) * 4 +
  Number(effectOf(o) !== undefined) * 2 +
  Number(o.value !== undefined || o.responders !== undefined);

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
      .map(({ time, outcomes }): Milestone => {
        const main = [...outcomes].sort((a, b) => rank(b) - rank(a))[0] as Outcome;
        const parts = resultParts(tl, lang, study, main);
        const more = outcomes.length - 1;
        const [what, versus] = tl.result(parts);
        return {
          at: toAxis(time, unit),
          when: describeTimePoint(msg, lang, time),
          duration: describeDuration(msg, lang, time),
          atLeast: time.atLeast === true,
          findings: outcomes.map((o) => findingText(msg, tl, lang, study, o)),
          label: [more > 0 ? `${what} ${tl.more(more)}` : what, versus],
          main: {
            phrase: tl.resultPhrase(parts),
            certainty: main.certainty ? msg.certainty.level[main.certainty.level] : msg.certainty.notRated,
            sized: main.value !== undefined || main.responders !== undefined,
          },
          more,
        };
      })
      .sort((a, b) => a.at - b.at);
    const lane: Lane = { studyId: study.id, label: laneLabel(msg, tl, study), milestones };
    if (milestones.length === 0) lane.empty = study.status === 'ongoing' ? msg.ongoing : tl.noTimedResults;
    return lane;
  });
  return { unit, lanes };
}
