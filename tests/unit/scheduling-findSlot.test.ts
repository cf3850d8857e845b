import { describe, expect, it } from 'vitest';
import type { PersonAvailability, WorkingHours } from '../../src/domain/scheduling/availability';
import { findFirstCommonSlot } from '../../src/domain/scheduling/findFirstCommonSlot';
import { weeklySeriesFromSlot } from '../../src/domain/scheduling/weeklySeriesFromSlot';

const weekdays = [1, 2, 3, 4, 5] as const;
const hours = (timeZone: string, start = '09:00', end = '17:00'): WorkingHours => {
  const minutes = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
  return { days: weekdays, startMinute: minutes(start), endMinute: minutes(end), timeZone };
};
const person = (workingHours: WorkingHours | null, busy: [string, string][] = []): PersonAvailability => ({
  workingHours,
  busy: busy.map(([start, end]) => ({ start, end })),
});

function search(notBefore: string, people: PersonAvailability[], days = 14) {
  const from = new Date(notBefore);
  return findFirstCommonSlot({
    notBefore: from,
    until: new Date(from.getTime() + days * 86_400_000),
    durationMinutes: 30,
    stepMinutes: 30,
    people,
  });
}

describe('findFirstCommonSlot', () => {
  it.each<[string, string, PersonAvailability[], string | null]>([
    [
      'the next half hour when both are free and working',
      '2026-11-18T15:10:00Z',
      [person(hours('America/Toronto')), person(hours('America/Toronto'))],
      '2026-11-18T15:30:00Z',
    ],
    [
      'after both calendars are busy (overlapping and back to back)',
      '2026-11-18T15:00:00Z',
      [
        person(hours('America/Toronto'), [['2026-11-18T15:00:00Z', '2026-11-18T16:00:00Z']]),
        person(hours('America/Toronto'), [
          ['2026-11-18T15:45:00Z', '2026-11-18T16:30:00Z'],
          ['2026-11-18T16:30:00Z', '2026-11-18T17:00:00Z'],
        ]),
      ],
      '2026-11-18T17:00:00Z',
    ],
    [
      'a Vancouver report: not before 09:00 Pacific (12:00 in Toronto)',
      '2026-11-18T13:00:00Z',
      [person(hours('America/Toronto')), person(hours('America/Vancouver'))],
      '2026-11-18T17:00:00Z',
    ],
    [
      'past the end of the day on Friday: Monday morning',
      '2026-11-20T21:45:00Z',
      [person(hours('America/Toronto')), person(hours('America/Toronto'))],
      '2026-11-23T14:00:00Z',
    ],
    [
      'the last slot of the day ends exactly at the end of working hours',
      '2026-11-18T21:30:00Z',
      [person(hours('America/Toronto')), person(hours('America/Toronto'))],
      '2026-11-18T21:30:00Z',
    ],
    [
      // Toronto springs forward on Sunday March 8 2026: 09:00 on Monday is 13:00Z, not 14:00Z.
      'the first working hour after the DST change',
      '2026-03-06T22:00:00Z',
      [person(hours('America/Toronto')), person(hours('America/Toronto'))],
      '2026-03-09T13:00:00Z',
    ],
    [
      // Europe has not changed yet on March 9: Paris works 09:00-17:00 CET (08:00-16:00Z).
      'Toronto and Paris overlap only early in Toronto while the DST changes differ',
      '2026-03-09T12:00:00Z',
      [person(hours('America/Toronto')), person(hours('Europe/Paris'))],
      '2026-03-09T13:00:00Z',
    ],
    [
      'unknown working hours: only the calendars decide',
      '2026-11-18T15:00:00Z',
      [person(null, [['2026-11-18T15:00:00Z', '2026-11-19T03:00:00Z']]), person(null)],
      '2026-11-19T03:00:00Z',
    ],
    [
      'no common slot in the window',
      '2026-11-18T15:00:00Z',
      [person(hours('America/Toronto'), [['2026-11-18T00:00:00Z', '2026-12-30T00:00:00Z']]), person(null)],
      null,
    ],
    [
      'working hours that never meet',
      '2026-11-18T15:00:00Z',
      [person(hours('America/Toronto', '09:00', '12:00')), person(hours('Asia/Tokyo', '09:00', '12:00'))],
      null,
    ],
  ])('%s', (_name, notBefore, people, expected) => {
    expect(search(notBefore, people)?.start ?? null).toBe(expected && new Date(expected).toISOString());
  });

  it('ignores unreadable busy times instead of failing', () => {
    const slot = search('2026-11-18T15:00:00Z', [person(null, [['soon', 'later']]), person(null)]);
    expect(slot).toEqual({ start: '2026-11-18T15:00:00.000Z', end: '2026-11-18T15:30:00.000Z' });
  });
});

describe('weeklySeriesFromSlot', () => {
  it.each<[string, string, 1 | 2, object]>([
    [
      'Toronto, winter',
      'America/Toronto',
      2,
      {
        startLocal: '2026-11-23T10:00:00',
        endLocal: '2026-11-23T10:30:00',
        weekday: 'monday',
        startDate: '2026-11-23',
      },
    ],
    [
      'the same instant is Monday morning in Vancouver',
      'America/Vancouver',
      1,
      {
        startLocal: '2026-11-23T07:00:00',
        endLocal: '2026-11-23T07:30:00',
        weekday: 'monday',
        startDate: '2026-11-23',
      },
    ],
    [
      'and Tuesday in Tokyo',
      'Asia/Tokyo',
      1,
      {
        startLocal: '2026-11-24T00:00:00',
        endLocal: '2026-11-24T00:30:00',
        weekday: 'tuesday',
        startDate: '2026-11-24',
      },
    ],
  ])('%s', (_name, zone, interval, expected) => {
    const series = weeklySeriesFromSlot(
      { start: '2026-11-23T15:00:00.000Z', end: '2026-11-23T15:30:00.000Z' },
      zone,
      interval,
    );
    expect(series).toEqual({ ...expected, timeZone: zone, interval });
  });
});
