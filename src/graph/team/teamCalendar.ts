import type { CadenceOccurrence } from '../../domain/cadence/cadenceTypes';
import type { CalendarEvent } from '../../domain/calendarEvent';
import { detectOneOnOnes } from '../../domain/detectOneOnOnes';
import { normalizeEmail } from '../../domain/normalizeEmail';
import { listCalendarView } from '../calendar';
import type { GraphConnection } from '../createGraphClient';
import { getPeopleAroundMe, type PeopleAroundMe } from '../people';
import { getSeriesCancellations } from './seriesCancellations';

const DAY_MS = 86_400_000;
/** 90 days of history (plus a day for time zones), and 60 ahead so a monthly 1:1 still shows as next. */
export const TEAM_HISTORY_DAYS = 91;
export const TEAM_AHEAD_DAYS = 60;

/** The calendar side of one report's cadence. */
export interface ReportCalendar {
  occurrences: CadenceOccurrence[];
  cancelledDates: string[];
}

export interface TeamCalendar {
  people: PeopleAroundMe;
  /** By the report's normalized email; every direct report has an entry (maybe empty). */
  byReport: Map<string, ReportCalendar>;
  unreadableEvents: number;
}

/**
 * Detection drops cancelled events (they are not meetings that will happen), but the team view counts
 * them. They are passed in as live and remembered by id, so they group with their series like any other.
 */
function keepCancelled(events: readonly CalendarEvent[]): {
  events: CalendarEvent[];
  cancelledIds: Set<string>;
} {
  const cancelledIds = new Set<string>();
  const kept = events.map((event) => {
    if (!event.isCancelled) return event;
    cancelledIds.add(event.id);
    return { ...event, isCancelled: false, showAs: 'busy' as const };
  });
  return { events: kept, cancelledIds };
}

/**
 * The 1:1s with each direct report over the last 90 days and the next 60: people and the calendar view in
 * parallel, then one `$batch` for the cancelled occurrences of the series the user organizes.
 *
 * Cancellations are counted once, from one source per series: an organizer's calendar no longer shows a
 * cancelled occurrence, so for series the user organizes they come from the master's `cancelledOccurrences`;
 * an attendee's calendar keeps them as `isCancelled` occurrences, so for series a report organizes they come
 * from the calendar view. A declined occurrence does not take place either, and counts as cancelled.
 * A cancelled single meeting (not a series) disappears from the organizer's calendar and cannot be counted.
 */
export async function loadTeamCalendar(graph: GraphConnection, now: Date): Promise<TeamCalendar> {
  const window = {
    start: new Date(now.getTime() - TEAM_HISTORY_DAYS * DAY_MS).toISOString(),
    end: new Date(now.getTime() + TEAM_AHEAD_DAYS * DAY_MS).toISOString(),
  };
  const [people, calendar] = await Promise.all([getPeopleAroundMe(graph), listCalendarView(graph, window)]);
  const { events, cancelledIds } = keepCancelled(calendar.events);
  const eventsById = new Map(events.map((event) => [event.id, event]));
  const series = detectOneOnOnes(events, people).filter((s) => s.counterpart.relation === 'directReport');
  const organizedMasters = series.flatMap((s) =>
    s.seriesMasterId && s.occurrences.some((o) => o.isOrganizer) ? [s.seriesMasterId] : [],
  );
  const cancellations = await getSeriesCancellations(graph, organizedMasters);

  const byReport = new Map<string, ReportCalendar>();
  for (const report of people.directReports) {
    byReport.set(normalizeEmail(report.email), { occurrences: [], cancelledDates: [] });
  }
  for (const one of series) {
    const entry = byReport.get(one.counterpart.email);
    if (!entry) continue;
    for (const occurrence of one.occurrences) {
      entry.occurrences.push({
        start: occurrence.start,
        originalStart: eventsById.get(occurrence.eventId)?.originalStart ?? null,
        status: cancelledIds.has(occurrence.eventId)
          ? 'cancelled'
          : occurrence.declinedBy !== null
            ? 'declined'
            : 'scheduled',
      });
    }
    if (one.seriesMasterId) entry.cancelledDates.push(...(cancellations.get(one.seriesMasterId) ?? []));
  }
  return { people, byReport, unreadableEvents: calendar.unreadable };
}
