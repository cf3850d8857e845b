import type { CalendarDate } from '../space/calendarDate';
import { wallClockAt } from '../time/zonedCalendar';
import type { Slot } from './findFirstCommonSlot';

export type WeekdayName = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';

const WEEKDAYS: readonly WeekdayName[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** How often the 1:1 repeats: every week, or every two weeks. */
export type OneOnOneInterval = 1 | 2;

/** A weekly series in wall-clock terms, the way a calendar stores it (and Graph's recurrence reads it). */
export interface WeeklySeries {
  /** `YYYY-MM-DDTHH:mm:00` in `timeZone`. */
  startLocal: string;
  endLocal: string;
  timeZone: string;
  weekday: WeekdayName;
  startDate: CalendarDate;
  interval: OneOnOneInterval;
}

const pad = (value: number) => String(value).padStart(2, '0');

function localDateTime(instantMs: number, timeZone: string): { date: CalendarDate; text: string } {
  const clock = wallClockAt(instantMs, timeZone);
  const time = `${pad(Math.floor(clock.minuteOfDay / 60))}:${pad(clock.minuteOfDay % 60)}:00`;
  return { date: clock.date, text: `${clock.date}T${time}` };
}

/**
 * The series that starts with the slot and repeats on its weekday, at its wall-clock time in the organizer's
 * zone: a 1:1 at 10:00 in Toronto stays at 10:00 there after a DST change (the calendar does the rest).
 */
export function weeklySeriesFromSlot(slot: Slot, timeZone: string, interval: OneOnOneInterval): WeeklySeries {
  const startMs = Date.parse(slot.start);
  const start = localDateTime(startMs, timeZone);
  const end = localDateTime(Date.parse(slot.end), timeZone);
  const weekday = WEEKDAYS[wallClockAt(startMs, timeZone).weekday] ?? 'monday';
  return {
    startLocal: start.text,
    endLocal: end.text,
    timeZone,
    weekday,
    startDate: start.date,
    interval,
  };
}
