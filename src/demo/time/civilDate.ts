/**
 * Calendar dates and wall-clock times with no time zone attached ("civil" time).
 * Recurrence rules and Graph's `dateTime` strings live in this space; turning them
 * into instants is zonedTime.ts's job.
 */

export interface CivilDate {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

export interface CivilDateTime extends CivilDate {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** 0 = Sunday ... 6 = Saturday, like Date#getUTCDay. */
export type WeekdayNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const MS_PER_DAY = 86_400_000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function parseCivilDate(text: string): CivilDate | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** Parses Graph's `dateTime` form: `2026-11-23T09:00:00.0000000` (seconds and fraction optional, no offset). */
export function parseCivilDateTime(text: string): CivilDateTime | null {
  const match = DATE_TIME_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(match[i])) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = match[6] ? Number(match[6]) : 0;
  const millisecond = match[7] ? Math.floor(Number(`0.${match[7]}`) * 1000) : 0;
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second, millisecond };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export function formatCivilDate(date: CivilDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Graph writes wall-clock times with seven fractional digits: `2026-11-23T09:00:00.0000000`. */
export function formatGraphDateTime(value: CivilDateTime): string {
  const time = `${pad(value.hour)}:${pad(value.minute)}:${pad(value.second)}`;
  return `${formatCivilDate(value)}T${time}.${pad(value.millisecond, 3)}0000`;
}

/** Days since 1970-01-01; handy for differences and modular week arithmetic. */
export function toDayNumber(date: CivilDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function addDaysToDateTime(value: CivilDateTime, days: number): CivilDateTime {
  return { ...value, ...addDays(value, days) };
}

export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareCivilDates(a: CivilDate, b: CivilDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

export function weekdayOf(date: CivilDate): WeekdayNumber {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() as WeekdayNumber;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The Monday on or before the date. */
export function mondayOnOrBefore(date: CivilDate): CivilDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

export function startOfDay(date: CivilDate): CivilDateTime {
  return { year: date.year, month: date.month, day: date.day, hour: 0, minute: 0, second: 0, millisecond: 0 };
}

/** Milliseconds since the epoch if the wall-clock time were UTC. */
export function civilDateTimeAsUtcMs(value: CivilDateTime): number {
  return Date.UTC(
    value.year,
    value.month - 1,
    value.day,
    value.hour,
    value.minute,
    value.second,
    value.millisecond,
  );
}

export function civilDateTimeFromUtcMs(epochMs: number): CivilDateTime {
  const d = new Date(epochMs);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}
