import { describe, expect, it } from 'vitest';
import { DEFAULT_UPCOMING_DAYS, MAX_UPCOMING_DAYS, upcomingWindow } from '../../src/domain/upcomingWindow';

const now = new Date('2026-11-02T09:15:30.250Z');

describe('upcomingWindow', () => {
  it('defaults to two weeks and allows up to 90 days', () => {
    expect(DEFAULT_UPCOMING_DAYS).toBe(14);
    expect(MAX_UPCOMING_DAYS).toBe(90);
  });

  it.each<[number, string]>([
    [1, '2026-11-03T09:15:30.250Z'],
    [DEFAULT_UPCOMING_DAYS, '2026-11-16T09:15:30.250Z'],
    // Across the end of daylight saving time in Europe and the US: absolute 24-hour days.
    [30, '2026-12-02T09:15:30.250Z'],
    [90, '2027-01-31T09:15:30.250Z'],
  ])('%i days ends at %s', (days, end) => {
    expect(upcomingWindow(now, days)).toEqual({ start: '2026-11-02T09:15:30.250Z', end });
  });

  it.each<[string, number]>([
    ['zero', 0],
    ['negative', -1],
    ['above 90', 91],
    ['fractional', 1.5],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
  ])('rejects %s days with a RangeError', (_name, days) => {
    expect(() => upcomingWindow(now, days)).toThrow(RangeError);
  });

  it('rejects an invalid date with a RangeError', () => {
    expect(() => upcomingWindow(new Date('nonsense'), 14)).toThrow(RangeError);
  });

  it('does not modify now', () => {
    const before = now.getTime();
    upcomingWindow(now, 14);
    expect(now.getTime()).toBe(before);
  });
});
