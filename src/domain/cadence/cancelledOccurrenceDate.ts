import { isCalendarDate } from '../space/calendarDate';

/**
 * Graph lists a series master's cancelled occurrences as `OID.{seriesMasterId}.{YYYY-MM-DD}`: the date of the
 * occurrence in the series' own zone. Returns that date, or null for anything else.
 */
export function cancelledOccurrenceDate(occurrenceId: string): string | null {
  const match = /^OID\..+\.(\d{4}-\d{2}-\d{2})$/.exec(occurrenceId.trim());
  const date = match?.[1];
  return date && isCalendarDate(date) ? date : null;
}
