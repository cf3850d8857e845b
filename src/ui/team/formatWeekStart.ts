import { dateTimeFormat } from '../formatting/dateTimeFormat';

/** A week's Monday (`YYYY-MM-DD`) as a short day in the person's language ("Nov 16"); a date has no zone. */
export function formatWeekStart(date: string, locale: string): string {
  return dateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}
