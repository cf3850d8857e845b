import type { CalendarDate } from '../space/calendarDate';
import { resolveIanaTimeZone } from '../time/resolveTimeZone';
import { calendarDateIn } from '../time/zonedCalendar';

/**
 * The day a To Do task is due, in the person's zone. To Do may answer in the zone the task was written in or
 * in UTC (the midnight it was given, moved to UTC): a wall clock in a zone is read as it is, a UTC one is
 * turned back into the day in `timeZone`.
 */
export function taskDueDate(
  due: { dateTime?: string | null; timeZone?: string | null } | null | undefined,
  timeZone: string,
): CalendarDate | null {
  const dateTime = due?.dateTime;
  if (!dateTime || !/^\d{4}-\d{2}-\d{2}/.test(dateTime)) return null;
  const zone = resolveIanaTimeZone(due?.timeZone ?? 'UTC') ?? 'UTC';
  if (zone !== 'UTC' && zone !== 'Etc/UTC') return dateTime.slice(0, 10);
  const instant = Date.parse(`${dateTime.slice(0, 19)}Z`);
  return Number.isNaN(instant) ? dateTime.slice(0, 10) : calendarDateIn(instant, timeZone);
}
