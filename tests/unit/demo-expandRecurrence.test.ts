import type { PatternedRecurrence } from '@microsoft/microsoft-graph-types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandRecurrenceDates, RecurrenceRuleError } from '../../src/demo/recurrence/expandRecurrence';
import { addDays, formatCivilDate, parseCivilDate } from '../../src/demo/time/civilDate';
import { RECURRENCE_KINDS } from '../../src/domain/calendarEvent';

const date = (text: string) => {
  const parsed = parseCivilDate(text);
  if (!parsed) throw new Error(`bad test input ${text}`);
  return parsed;
};
const expand = (recurrence: PatternedRecurrence, from: string, to: string) =>
  expandRecurrenceDates(recurrence, { from: date(from), to: date(to) }).map(formatCivilDate);

describe('expandRecurrenceDates', () => {
  it('daily every 2 days', () => {
    const rule: PatternedRecurrence = {
      pattern: { type: 'daily', interval: 2 },
      range: { type: 'noEnd', startDate: '2026-11-02' },
    };
    expect(expand(rule, '2026-11-01', '2026-11-09')).toEqual([
      '2026-11-02',
      '2026-11-04',
      '2026-11-06',
      '2026-11-08',
    ]);
  });

  it('weekly on several days', () => {
    const rule: PatternedRecurrence = {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday', 'thursday'] },
      range: { type: 'noEnd', startDate: '2026-11-05' },
    };
    expect(expand(rule, '2026-11-01', '2026-11-16')).toEqual([
      '2026-11-05',
      '2026-11-09',
      '2026-11-12',
      '2026-11-16',
    ]);
  });

  it('every 2 weeks counts weeks from the week of the start date', () => {
    const rule: PatternedRecurrence = {
      pattern: { type: 'weekly', interval: 2, daysOfWeek: ['thursday'], firstDayOfWeek: 'sunday' },
      range: { type: 'noEnd', startDate: '2026-09-10' },
    };
    expect(expand(rule, '2026-11-01', '2026-12-31')).toEqual([
      '2026-11-05',
      '2026-11-19',
      '2026-12-03',
      '2026-12-17',
      '2026-12-31',
    ]);
  });

  it('firstDayOfWeek decides which days share a week in multi-day biweekly rules', () => {
    // Start on a Sunday; with Monday-based weeks that Sunday ends week 0, so the next Monday is in week 1 (skipped).
    const mondayWeeks: PatternedRecurrence = {
      pattern: { type: 'weekly', interval: 2, daysOfWeek: ['sunday', 'monday'], firstDayOfWeek: 'monday' },
      range: { type: 'noEnd', startDate: '2026-11-01' },
    };
    expect(expand(mondayWeeks, '2026-11-01', '2026-11-16')).toEqual([
      '2026-11-01',
      '2026-11-09',
      '2026-11-15',
    ]);
    const sundayWeeks: PatternedRecurrence = {
      pattern: { type: 'weekly', interval: 2, daysOfWeek: ['sunday', 'monday'], firstDayOfWeek: 'sunday' },
      range: { type: 'noEnd', startDate: '2026-11-01' },
    };
    expect(expand(sundayWeeks, '2026-11-01', '2026-11-16')).toEqual([
      '2026-11-01',
      '2026-11-02',
      '2026-11-15',
      '2026-11-16',
    ]);
  });

  it('absoluteMonthly on the 31st falls on the last day of shorter months', () => {
    const rule: PatternedRecurrence = {
      pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
      range: { type: 'noEnd', startDate: '2026-01-31' },
    };
    expect(expand(rule, '2026-01-01', '2026-04-30')).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
  });

  it('relativeMonthly: the last Friday, and the first weekday, of every month', () => {
    const lastFriday: PatternedRecurrence = {
      pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['friday'], index: 'last' },
      range: { type: 'noEnd', startDate: '2026-11-01' },
    };
    expect(expand(lastFriday, '2026-11-01', '2027-01-31')).toEqual([
      '2026-11-27',
      '2026-12-25',
      '2027-01-29',
    ]);
    const firstWeekday: PatternedRecurrence = {
      pattern: {
        type: 'relativeMonthly',
        interval: 2,
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        index: 'first',
      },
      range: { type: 'noEnd', startDate: '2026-11-01' },
    };
    expect(expand(firstWeekday, '2026-11-01', '2027-03-31')).toEqual([
      '2026-11-02',
      '2027-01-01',
      '2027-03-01',
    ]);
  });

  it('yearly patterns', () => {
    const absolute: PatternedRecurrence = {
      pattern: { type: 'absoluteYearly', interval: 1, month: 2, dayOfMonth: 29 },
      range: { type: 'noEnd', startDate: '2028-02-29' },
    };
    expect(expand(absolute, '2028-01-01', '2029-12-31')).toEqual(['2028-02-29', '2029-02-28']);
    const relative: PatternedRecurrence = {
      pattern: { type: 'relativeYearly', interval: 1, month: 11, daysOfWeek: ['thursday'], index: 'fourth' },
      range: { type: 'noEnd', startDate: '2026-01-01' },
    };
    expect(expand(relative, '2026-01-01', '2027-12-31')).toEqual(['2026-11-26', '2027-11-25']);
  });

  it('a numbered range counts occurrences before the window too', () => {
    const rule: PatternedRecurrence = {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
      range: { type: 'numbered', startDate: '2026-11-03', numberOfOccurrences: 4 },
    };
    expect(expand(rule, '2026-11-15', '2026-12-31')).toEqual(['2026-11-17', '2026-11-24']);
  });

  it('an endDate range includes the end date', () => {
    const rule: PatternedRecurrence = {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
      range: { type: 'endDate', startDate: '2026-11-03', endDate: '2026-11-17' },
    };
    expect(expand(rule, '2026-11-01', '2026-12-31')).toEqual(['2026-11-03', '2026-11-10', '2026-11-17']);
  });

  it('rejects rules Exchange would reject', () => {
    const noDays: PatternedRecurrence = {
      pattern: { type: 'weekly', interval: 1 },
      range: { type: 'noEnd', startDate: '2026-11-03' },
    };
    expect(() => expand(noDays, '2026-11-01', '2026-11-30')).toThrow(RecurrenceRuleError);
    const zeroInterval: PatternedRecurrence = {
      pattern: { type: 'daily', interval: 0 },
      range: { type: 'noEnd', startDate: '2026-11-03' },
    };
    expect(() => expand(zeroInterval, '2026-11-01', '2026-11-30')).toThrow(/interval/);
  });
});

describe('expandRecurrenceDates starting near the window', () => {
  const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
  const INDEXES = ['first', 'second', 'third', 'fourth', 'last'] as const;
  const day = (offset: number) => formatCivilDate(addDays(date('2024-01-01'), offset));
  const rules = fc.record({
    type: fc.constantFrom(...RECURRENCE_KINDS),
    interval: fc.integer({ min: 1, max: 4 }),
    daysOfWeek: fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 3 }),
    firstDayOfWeek: fc.constantFrom(...DAYS),
    dayOfMonth: fc.integer({ min: 1, max: 31 }),
    month: fc.integer({ min: 1, max: 12 }),
    index: fc.constantFrom(...INDEXES),
    start: fc.integer({ min: 0, max: 900 }),
    end: fc.option(fc.integer({ min: 0, max: 1400 }), { nil: null }),
  });

  it('gives the dates a walk from the range start gives (open and dated ranges), over 500 rules', () => {
    fc.assert(
      fc.property(
        rules,
        fc.integer({ min: 0, max: 1400 }),
        fc.integer({ min: 0, max: 120 }),
        (r, from, span) => {
          const rule: PatternedRecurrence = {
            pattern: {
              type: r.type,
              interval: r.interval,
              daysOfWeek: [...r.daysOfWeek],
              firstDayOfWeek: r.firstDayOfWeek,
              dayOfMonth: r.dayOfMonth,
              month: r.month,
              index: r.index,
            },
            range:
              r.end === null
                ? { type: 'noEnd', startDate: day(r.start) }
                : { type: 'endDate', startDate: day(r.start), endDate: day(r.start + r.end) },
          };
          const window = { from: day(from), to: day(from + span) };
          // From the range start nothing is skipped: the walk the expansion made before it started near the window.
          const walked = expand(rule, day(r.start), window.to).filter((d) => d >= window.from);
          expect(expand(rule, window.from, window.to)).toEqual(walked);
        },
      ),
      { numRuns: 500 },
    );
  });
});
