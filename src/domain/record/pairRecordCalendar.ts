import type { ReportCalendar } from '../cadence/reportCalendars';
import { type DirectReportSeries, keepCancelled, reportCalendars } from '../cadence/reportCalendars';
import type { CalendarEvent } from '../calendarEvent';
import { detectOneOnOnes, type OneOnOnePeople } from '../detectOneOnOnes';
import { normalizeEmail } from '../normalizeEmail';

/**
 * The 1:1 series with one person (either side of the pair), cancelled occurrences included, as the cadence
 * view finds them for a direct report (`reportCalendars.ts`), so the record counts meetings the same way.
 */
export function pairRecordSeries(
  events: readonly CalendarEvent[],
  people: OneOnOnePeople,
  counterpartEmail: string,
): DirectReportSeries {
  const email = normalizeEmail(counterpartEmail);
  const kept = keepCancelled(events);
  const series = detectOneOnOnes(kept.events, people).filter((s) => s.counterpart.email === email);
  const organizedMasterIds = series.flatMap((s) =>
    s.seriesMasterId && s.occurrences.some((o) => o.isOrganizer) ? [s.seriesMasterId] : [],
  );
  return { series, organizedMasterIds, ...kept };
}

/** The occurrences and cancelled dates of that pair (one source of cancellations per series). */
export function pairRecordCalendar(
  found: DirectReportSeries,
  counterpartEmail: string,
  cancelledDatesByMaster: ReadonlyMap<string, readonly string[]>,
): ReportCalendar {
  const email = normalizeEmail(counterpartEmail);
  const counterpart = { id: email, displayName: email, email, jobTitle: null };
  return (
    reportCalendars(found, [counterpart], cancelledDatesByMaster).get(email) ?? {
      occurrences: [],
      cancelledDates: [],
    }
  );
}
