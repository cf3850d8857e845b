import { dateTimeFormat } from './dateTimeFormat';

/** Date and time of a meeting in the user's own time zone, in their language ("Mon, Nov 23, 9:00 AM"). */
export function formatMeetingTime(isoInstant: string, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(new Date(isoInstant));
}
