import type { CalendarEvent, DirectoryPerson } from '../calendarEvent';
import { detectOneOnOnes, type OneOnOnePeople } from '../detectOneOnOnes';
import { normalizeEmail } from '../normalizeEmail';
import type { OneOnOneSeries } from '../oneOnOne';
import type { CadenceOccurrence } from './cadenceTypes';

/** The calendar side of one report's cadence. */
export interface ReportCalendar {
  occurrences: CadenceOccurrence[];
  cancelledDates: string[];
}

/**
 * Detection drops cancelled events (they are not meetings that will happen), but cadence counts them. They
 * are passed in as live and remembered by id, so they group with their series like any other occurrence.
 */
export function keepCancelled(events: readonly CalendarEvent[]): {
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

export interface DirectReportSeries {
  series: OneOnOneSeries[];
  /** Masters of the series the user organizes: their cancelled occurrences are read from them. */
  organizedMasterIds: string[];
  cancelledIds: Set<string>;
  events: CalendarEvent[];
}

/** The 1:1 series with direct reports, cancelled occurrences included. */
export function directReportSeries(
  events: readonly CalendarEvent[],
  people: OneOnOnePeople,
): DirectReportSeries {
  const kept = keepCancelled(events);
  const series = detectOneOnOnes(kept.events, people).filter(
    (s) => s.counterpart.relation === 'directReport',
  );
  const organizedMasterIds = series.flatMap((s) =>
    s.seriesMasterId && s.occurrences.some((o) => o.isOrganizer) ? [s.seriesMasterId] : [],
  );
  return { series, organizedMasterIds, ...kept };
}

/**
 * Each direct report's occurrences and cancelled dates, from the leader's calendar. Cancellations come from
 * one source per series, so none counts twice: an organizer's calendar no longer shows a cancelled
 * occurrence, so for series the leader organizes they come from the masters' `cancelledOccurrences`
 * (`cancelledDatesByMaster`); an attendee's calendar keeps them as `isCancelled` occurrences, so for series a
 * report organizes they come from the events. A declined occurrence does not take place: it is `declined`.
 */
export function reportCalendars(
  found: DirectReportSeries,
  directReports: readonly DirectoryPerson[],
  cancelledDatesByMaster: ReadonlyMap<string, readonly string[]>,
): Map<string, ReportCalendar> {
  const eventsById = new Map(found.events.map((event) => [event.id, event]));
  const byReport = new Map<string, ReportCalendar>();
  for (const report of directReports) {
    byReport.set(normalizeEmail(report.email), { occurrences: [], cancelledDates: [] });
  }
  for (const one of found.series) {
    const entry = byReport.get(one.counterpart.email);
    if (!entry) continue;
    for (const occurrence of one.occurrences) {
      entry.occurrences.push({
        start: occurrence.start,
        originalStart: eventsById.get(occurrence.eventId)?.originalStart ?? null,
        status: found.cancelledIds.has(occurrence.eventId)
          ? 'cancelled'
          : occurrence.declinedBy !== null
            ? 'declined'
            : 'scheduled',
      });
    }
    if (one.seriesMasterId)
      entry.cancelledDates.push(...(cancelledDatesByMaster.get(one.seriesMasterId) ?? []));
  }
  return byReport;
}
