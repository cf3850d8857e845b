import type { CalendarDate } from '../../domain/space/calendarDate';
import { dateTimeFormat } from './dateTimeFormat';

/** A day with no zone ("Dec 3, 2026"), in the person's language; read as that day wherever they are. */
export function formatCalendarDate(date: CalendarDate, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return dateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
}

/** The day of an instant in `timeZone` ("Dec 3"), for "changed on 3 Dec by Claire". */
export function formatDayOf(isoInstant: string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone }).format(new Date(isoInstant));
}
