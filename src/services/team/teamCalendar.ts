import {
  directReportSeries,
  type ReportCalendar,
  reportCalendars,
} from '../../domain/cadence/reportCalendars';
import { listCalendarView } from '../../graph/calendar';
import type { GraphConnection } from '../../graph/createGraphClient';
import { getPeopleAroundMe, type PeopleAroundMe } from '../../graph/people';
import { getSeriesCancellations } from '../../graph/seriesCancellations';

const DAY_MS = 86_400_000;
/** 90 days of history (plus a day for time zones), and 60 ahead so a monthly 1:1 still shows as next. */
export const TEAM_HISTORY_DAYS = 91;
export const TEAM_AHEAD_DAYS = 60;

export type { ReportCalendar };

export interface TeamCalendar {
  people: PeopleAroundMe;
  /** By the report's normalized email; every direct report has an entry (maybe empty). */
  byReport: Map<string, ReportCalendar>;
  unreadableEvents: number;
}

/**
 * The 1:1s with each direct report over the last 90 days and the next 60: people and the calendar view in
 * parallel, then one `$batch` for the cancelled occurrences of the series the user organizes (see
 * `reportCalendars` for how cancellations are counted once). A cancelled single meeting (not a series)
 * disappears from the organizer's calendar and cannot be counted.
 */
export async function loadTeamCalendar(graph: GraphConnection, now: Date): Promise<TeamCalendar> {
  const window = {
    start: new Date(now.getTime() - TEAM_HISTORY_DAYS * DAY_MS).toISOString(),
    end: new Date(now.getTime() + TEAM_AHEAD_DAYS * DAY_MS).toISOString(),
  };
  const [people, calendar] = await Promise.all([getPeopleAroundMe(graph), listCalendarView(graph, window)]);
  const found = directReportSeries(calendar.events, people);
  const cancellations = await getSeriesCancellations(graph, found.organizedMasterIds);
  return {
    people,
    byReport: reportCalendars(found, people.directReports, cancellations),
    unreadableEvents: calendar.unreadable,
  };
}
