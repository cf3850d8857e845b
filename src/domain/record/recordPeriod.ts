import { type CalendarDate, isCalendarDate } from '../space/calendarDate';
import { addDays } from '../time/zonedCalendar';

/**
 * The span a record covers, both days included, as days in the viewer's zone. Kinds:
 * `last12Months` (the default: the 12 months ending today), a calendar `quarter`, the `midYear`
 * (January to June: the first half, reviewed at mid-year), a calendar `year`, or a `custom` range.
 */
export type RecordPeriodKind = 'last12Months' | 'quarter' | 'midYear' | 'year' | 'custom';

export interface RecordPeriod {
  kind: RecordPeriodKind;
  start: CalendarDate;
  end: CalendarDate;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The 12 months ending `today`: from the day after the same date a year earlier. */
export function last12Months(today: CalendarDate): RecordPeriod {
  const year = Number(today.slice(0, 4)) - 1;
  let sameDayLastYear = `${year}${today.slice(4)}`;
  // 29 February a year earlier does not exist: count from 1 March.
  if (!isCalendarDate(sameDayLastYear)) sameDayLastYear = `${year}-02-28`;
  return { kind: 'last12Months', start: addDays(sameDayLastYear, 1), end: today };
}

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): RecordPeriod {
  const firstMonth = (quarter - 1) * 3 + 1;
  const start = `${year}-${pad(firstMonth)}-01`;
  const nextStart = quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(firstMonth + 3)}-01`;
  return { kind: 'quarter', start, end: addDays(nextStart, -1) };
}

export function midYearPeriod(year: number): RecordPeriod {
  return { kind: 'midYear', start: `${year}-01-01`, end: `${year}-06-30` };
}

export function yearPeriod(year: number): RecordPeriod {
  return { kind: 'year', start: `${year}-01-01`, end: `${year}-12-31` };
}

/** A custom range, or null when a day is not a real date or the range ends before it starts. */
export function customPeriod(start: CalendarDate, end: CalendarDate): RecordPeriod | null {
  if (!isCalendarDate(start) || !isCalendarDate(end) || end < start) return null;
  return { kind: 'custom', start, end };
}

export function quarterOf(date: CalendarDate): 1 | 2 | 3 | 4 {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

export function isInPeriod(date: CalendarDate, period: RecordPeriod): boolean {
  return date >= period.start && date <= period.end;
}
