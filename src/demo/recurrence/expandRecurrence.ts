/**
 * Expands a Graph recurrence (pattern + range) into the calendar dates it produces.
 * Pure: works on civil dates only; the caller adds the series' wall-clock time and zone.
 * Semantics follow Exchange as documented for `recurrencePattern` and `recurrenceRange`.
 */
import type { DayOfWeek, PatternedRecurrence, WeekIndex } from '@microsoft/microsoft-graph-types';
import { RECURRENCE_KINDS, type RecurrenceKind } from '../../domain/calendarEvent';
import {
  addDays,
  type CivilDate,
  compareCivilDates,
  daysInMonth,
  parseCivilDate,
  toDayNumber,
  type WeekdayNumber,
  weekdayOf,
} from '../time/civilDate';

const WEEKDAY_NUMBERS: Readonly<Record<DayOfWeek, WeekdayNumber>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

const WEEK_INDEXES: Readonly<Record<WeekIndex, number>> = {
  first: 0,
  second: 1,
  third: 2,
  fourth: 3,
  last: -1,
};

/** Stops runaway expansion of a malformed rule; ~30 years of daily occurrences. */
const MAX_CANDIDATES = 11_000;

export class RecurrenceRuleError extends Error {
  override name = 'RecurrenceRuleError';
}

interface NormalizedRule {
  type: RecurrenceKind;
  interval: number;
  weekdays: WeekdayNumber[];
  firstDayOfWeek: WeekdayNumber;
  dayOfMonth: number;
  month: number;
  weekIndex: number;
  startDate: CivilDate;
  endDate: CivilDate | null;
  maxOccurrences: number | null;
}

function normalize(recurrence: PatternedRecurrence): NormalizedRule {
  const pattern = recurrence.pattern;
  const range = recurrence.range;
  if (!pattern || !range) throw new RecurrenceRuleError('recurrence needs both pattern and range');
  const type = RECURRENCE_KINDS.find((candidate) => candidate === pattern.type);
  if (!type) throw new RecurrenceRuleError(`unsupported recurrence pattern type "${pattern.type}"`);
  const startDate = range.startDate ? parseCivilDate(range.startDate) : null;
  if (!startDate) throw new RecurrenceRuleError(`range.startDate "${range.startDate}" is not a date`);
  const interval = pattern.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1)
    throw new RecurrenceRuleError('pattern.interval must be >= 1');
  const weekdays = (pattern.daysOfWeek ?? []).map((day) => WEEKDAY_NUMBERS[day]).sort((a, b) => a - b);
  if ((type === 'weekly' || type.startsWith('relative')) && weekdays.length === 0) {
    throw new RecurrenceRuleError(`pattern.daysOfWeek is required for ${type}`);
  }
  let endDate: CivilDate | null = null;
  let maxOccurrences: number | null = null;
  if (range.type === 'endDate') {
    endDate = range.endDate ? parseCivilDate(range.endDate) : null;
    if (!endDate) throw new RecurrenceRuleError(`range.endDate "${range.endDate}" is not a date`);
  } else if (range.type === 'numbered') {
    maxOccurrences = range.numberOfOccurrences ?? 0;
    if (!Number.isInteger(maxOccurrences) || maxOccurrences < 1) {
      throw new RecurrenceRuleError('range.numberOfOccurrences must be >= 1');
    }
  } else if (range.type !== 'noEnd') {
    throw new RecurrenceRuleError(`unsupported range type "${range.type}"`);
  }
  return {
    type,
    interval,
    weekdays,
    firstDayOfWeek: WEEKDAY_NUMBERS[pattern.firstDayOfWeek ?? 'sunday'],
    dayOfMonth: pattern.dayOfMonth ?? startDate.day,
    month: pattern.month ?? startDate.month,
    weekIndex: WEEK_INDEXES[pattern.index ?? 'first'],
    startDate,
    endDate,
    maxOccurrences,
  };
}

/** Day `dayOfMonth` of the month, or the month's last day when it is shorter (as Outlook schedules "the 31st"). */
function absoluteDayInMonth(year: number, month: number, dayOfMonth: number): CivilDate {
  return { year, month, day: Math.min(dayOfMonth, daysInMonth(year, month)) };
}

/** The `weekIndex`-th day in the month whose weekday is one of `weekdays` (-1: the last such day). */
function relativeDayInMonth(
  year: number,
  month: number,
  weekdays: WeekdayNumber[],
  weekIndex: number,
): CivilDate {
  const matching: CivilDate[] = [];
  for (let day = 1; day <= daysInMonth(year, month); day++) {
    const date = { year, month, day };
    if (weekdays.includes(weekdayOf(date))) matching.push(date);
  }
  const chosen =
    weekIndex < 0 ? matching[matching.length - 1] : matching[Math.min(weekIndex, matching.length - 1)];
  return chosen ?? { year, month, day: 1 };
}

/** Months counted from year 0: the difference of two is the number of months between them. */
function monthIndex(date: { year: number; month: number }): number {
  return date.year * 12 + (date.month - 1);
}

function monthAfter(start: CivilDate, months: number): { year: number; month: number } {
  const zeroBased = monthIndex(start) + months;
  return { year: Math.floor(zeroBased / 12), month: (zeroBased % 12) + 1 };
}

/**
 * How many of the pattern's steps (days, weeks, months or years, each `interval` apart) end before `from`:
 * they produce no date in a window that starts there, so the expansion need not walk them.
 */
function stepsBefore(rule: NormalizedRule, from: CivilDate): number {
  const { startDate, interval } = rule;
  switch (rule.type) {
    case 'daily':
      return Math.max(0, Math.floor((toDayNumber(from) - toDayNumber(startDate)) / interval));
    case 'weekly':
      return Math.max(0, Math.floor((toDayNumber(from) - toDayNumber(weekStartOf(rule))) / (7 * interval)));
    case 'absoluteMonthly':
    case 'relativeMonthly':
      return Math.max(0, Math.floor((monthIndex(from) - monthIndex(startDate)) / interval));
    case 'absoluteYearly':
    case 'relativeYearly':
      return Math.max(0, Math.floor((from.year - startDate.year) / interval));
  }
}

/** The first day of the week (per `firstDayOfWeek`) that holds the range start. */
function weekStartOf(rule: NormalizedRule): CivilDate {
  return addDays(rule.startDate, -((weekdayOf(rule.startDate) - rule.firstDayOfWeek + 7) % 7));
}

/** How many dates the pattern yields per step (a weekly step yields one per weekday). */
function datesPerStep(rule: NormalizedRule): number {
  return rule.type === 'weekly' ? rule.weekdays.length : 1;
}

/** Every date the pattern produces from its `skip`-th step on, in order, ignoring the range end. */
function* patternDates(rule: NormalizedRule, skip: number): Generator<CivilDate> {
  const { startDate, interval } = rule;
  switch (rule.type) {
    case 'daily':
      for (let step = skip; ; step++) yield addDays(startDate, step * interval);
    case 'weekly': {
      const weekStart = weekStartOf(rule);
      for (let week = skip * interval; ; week += interval) {
        for (let offset = 0; offset < 7; offset++) {
          const date = addDays(weekStart, week * 7 + offset);
          if (rule.weekdays.includes(weekdayOf(date))) yield date;
        }
      }
    }
    case 'absoluteMonthly':
    case 'relativeMonthly':
      for (let step = skip * interval; ; step += interval) {
        const { year, month } = monthAfter(startDate, step);
        yield rule.type === 'absoluteMonthly'
          ? absoluteDayInMonth(year, month, rule.dayOfMonth)
          : relativeDayInMonth(year, month, rule.weekdays, rule.weekIndex);
      }
    case 'absoluteYearly':
    case 'relativeYearly':
      for (let year = startDate.year + skip * interval; ; year += interval) {
        yield rule.type === 'absoluteYearly'
          ? absoluteDayInMonth(year, rule.month, rule.dayOfMonth)
          : relativeDayInMonth(year, rule.month, rule.weekdays, rule.weekIndex);
      }
  }
}

/** Inclusive range of dates to report. */
export interface DateWindow {
  from: CivilDate;
  to: CivilDate;
}

/**
 * The dates, in order, on which the series has an occurrence within the window. Occurrences
 * before the window still count towards a `numbered` range. Throws RecurrenceRuleError on a rule
 * Exchange would reject.
 */
export function expandRecurrenceDates(recurrence: PatternedRecurrence, window: DateWindow): CivilDate[] {
  const rule = normalize(recurrence);
  const dates: CivilDate[] = [];
  let produced = 0;
  // A numbered range counts every occurrence from its start; other ranges start near the window. The steps
  // skipped still count towards the runaway guard, so a rule stops where it would have.
  const skip = rule.maxOccurrences === null ? stepsBefore(rule, window.from) : 0;
  let candidates = skip * datesPerStep(rule);
  for (const date of patternDates(rule, skip)) {
    if (++candidates > MAX_CANDIDATES) break;
    if (compareCivilDates(date, rule.startDate) < 0) continue;
    if (rule.endDate && compareCivilDates(date, rule.endDate) > 0) break;
    if (compareCivilDates(date, window.to) > 0) break;
    produced++;
    if (rule.maxOccurrences !== null && produced > rule.maxOccurrences) break;
    if (compareCivilDates(date, window.from) >= 0) dates.push(date);
  }
  return dates;
}

/** Validates a recurrence without expanding it; returns the problem or null. */
export function describeRecurrenceProblem(recurrence: PatternedRecurrence): string | null {
  try {
    normalize(recurrence);
    return null;
  } catch (error) {
    if (error instanceof RecurrenceRuleError) return error.message;
    throw error;
  }
}
