import type { CalendarDate } from '../space/calendarDate';

/**
 * Calendar days and wall-clock times of an instant in an IANA time zone, with Intl only.
 *
 * Why calendar days: "days since the last 1:1" is what a person reads off a calendar. Across a DST
 * change two meetings three calendar days apart are 71 or 73 hours apart, and dividing by 24 hours
 * would say 2 or 3 depending on the time of day. So day counts here are differences of dates in the
 * viewer's zone, never of instants.
 */

/** 0 = Sunday ... 6 = Saturday, like Date#getUTCDay. */
export type WeekdayNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface WallClock {
  date: CalendarDate;
  weekday: WeekdayNumber;
  /** Minutes since local midnight (0 to 1439). */
  minuteOfDay: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One cached formatter per zone and precision that reads the zone's wall clock (numeric parts, 24-hour
 * clock). Throws RangeError for an unknown zone. Minutes for the calendar rules here (formatting seconds
 * too makes cadence and detection about 1.7 times slower); the demo tenant converts event times to the second.
 */
export function wallClockFormatter(
  timeZone: string,
  precision: 'minute' | 'second' = 'minute',
): Intl.DateTimeFormat {
  const key = `${precision}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      ...(precision === 'second' ? { second: 'numeric' } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Whether Intl knows the zone (an IANA name such as `America/Toronto`, or `UTC`). */
export function isKnownTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    wallClockFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The date and wall-clock time the zone's clocks show at the instant. Throws RangeError for an unknown zone. */
export function wallClockAt(instantMs: number, timeZone: string): WallClock {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const part of wallClockFormatter(timeZone).formatToParts(instantMs)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
    else if (part.type === 'hour') hour = Number(part.value) % 24;
    else if (part.type === 'minute') minute = Number(part.value);
  }
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return { date, weekday: weekdayOf(date), minuteOfDay: hour * 60 + minute };
}

/** The calendar date of the instant in the zone. */
export function calendarDateIn(instant: string | number, timeZone: string): CalendarDate {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return wallClockAt(ms, timeZone).date;
}

function dayNumber(date: CalendarDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function fromDayNumber(days: number): CalendarDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function weekdayOf(date: CalendarDate): WeekdayNumber {
  return new Date(`${date}T00:00:00Z`).getUTCDay() as WeekdayNumber;
}

/** The Monday on or before the date: weeks start on Monday (ISO 8601), as in Canada's work calendars. */
export function mondayOf(date: CalendarDate): CalendarDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}
