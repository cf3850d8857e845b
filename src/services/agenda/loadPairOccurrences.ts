import { detectOneOnOnes } from '../../domain/detectOneOnOnes';
import { normalizeEmail } from '../../domain/normalizeEmail';
import type { OneOnOneOccurrence, OneOnOneSeries } from '../../domain/oneOnOne';
import { occurrenceInfoOf } from '../../domain/space/occurrenceInfoOf';
import type { OccurrenceInfo } from '../../domain/space/occurrenceTimeline';
import { roleInPair } from '../../domain/space/roleInPair';
import type { SpaceRole } from '../../domain/space/spaceStamp';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { PeopleAroundMe } from '../../graph/people';
import {
  type CalendarAroundMe,
  narrowToWindow,
  readCalendarAroundMe,
  type TimeWindow,
} from './calendarAroundMe';

/** How far back the agenda's history and carry-over look, and how far ahead. */
const HISTORY_DAYS = 84;
const AHEAD_DAYS = 56;
const DAY_MS = 86_400_000;

export interface PairOccurrence extends OccurrenceInfo {
  eventId: string;
  isOrganizer: boolean;
  joinUrl: string | null;
}

export interface PairCalendar {
  people: PeopleAroundMe;
  counterpart: { email: string; name: string };
  myRole: SpaceRole;
  /** Every occurrence with this person, any series, in time order. */
  occurrences: PairOccurrence[];
}

function toPairOccurrence(occurrence: OneOnOneOccurrence): PairOccurrence | null {
  const info = occurrenceInfoOf(occurrence);
  return info
    ? {
        ...info,
        eventId: occurrence.eventId,
        isOrganizer: occurrence.isOrganizer,
        joinUrl: occurrence.joinUrl,
      }
    : null;
}

function roleWith(series: readonly OneOnOneSeries[]): SpaceRole {
  const first = series[0];
  return first
    ? roleInPair(first.counterpart.relation, first.occurrences[0]?.isOrganizer ?? false)
    : 'leader';
}

/** The history and planning window of a pair's agenda. */
export function pairCalendarWindow(now: Date): TimeWindow {
  return {
    start: new Date(now.getTime() - HISTORY_DAYS * DAY_MS).toISOString(),
    end: new Date(now.getTime() + AHEAD_DAYS * DAY_MS).toISOString(),
  };
}

/**
 * The 1:1s with one person over the history and planning window, with people read in parallel. A caller that
 * already reads people and a calendar window covering this one (the meeting panel) passes its read instead.
 */
export async function loadPairOccurrences(
  graph: GraphConnection,
  counterpartEmail: string,
  now: Date,
  aroundMe?: Promise<CalendarAroundMe>,
): Promise<PairCalendar> {
  const window = pairCalendarWindow(now);
  const { people, events } = aroundMe
    ? narrowToWindow(await aroundMe, window)
    : await readCalendarAroundMe(graph, window);
  const email = normalizeEmail(counterpartEmail);
  const series = detectOneOnOnes(events, people).filter((s) => s.counterpart.email === email);
  const occurrences = series
    .flatMap((s) => s.occurrences)
    .map(toPairOccurrence)
    .filter((o): o is PairOccurrence => o !== null)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const known = [...people.directReports, ...(people.manager ? [people.manager] : [])].find(
    (p) => p.email === email,
  );
  return {
    people,
    counterpart: { email, name: series[0]?.counterpart.name ?? known?.displayName ?? email },
    myRole:
      series.length > 0 ? roleWith(series) : known && people.manager?.email === email ? 'employee' : 'leader',
    occurrences,
  };
}
