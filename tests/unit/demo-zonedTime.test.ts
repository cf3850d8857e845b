import { describe, expect, it } from 'vitest';
import { formatGraphDateTime, parseCivilDateTime } from '../../src/demo/time/civilDate';
import { resolveIanaTimeZone } from '../../src/demo/time/timeZoneNames';
import { instantToZonedDateTime, zonedDateTimeToInstant, zoneOffsetMs } from '../../src/demo/time/zonedTime';

const HOUR = 3_600_000;
const wallClock = (text: string) => {
  const parsed = parseCivilDateTime(text);
  if (!parsed) throw new Error(`bad test input ${text}`);
  return parsed;
};
const iso = (epochMs: number) => new Date(epochMs).toISOString();

describe('time zone names', () => {
  it('maps Windows names to IANA and accepts IANA names', () => {
    expect(resolveIanaTimeZone('Eastern Standard Time')).toBe('America/New_York');
    expect(resolveIanaTimeZone('eastern standard time')).toBe('America/New_York');
    expect(resolveIanaTimeZone('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(resolveIanaTimeZone('India Standard Time')).toBe('Asia/Kolkata');
    expect(resolveIanaTimeZone('America/Toronto')).toBe('America/Toronto');
    expect(resolveIanaTimeZone('UTC')).toBe('UTC');
  });

  it('returns null for names neither Graph nor Intl knows', () => {
    expect(resolveIanaTimeZone('Atlantis Standard Time')).toBeNull();
    expect(resolveIanaTimeZone('tzone://Microsoft/Custom')).toBeNull();
    expect(resolveIanaTimeZone('')).toBeNull();
  });
});

describe('zoned time conversion', () => {
  it("knows Toronto's offset in winter and in summer", () => {
    expect(zoneOffsetMs(Date.parse('2026-01-15T12:00:00Z'), 'America/Toronto')).toBe(-5 * HOUR);
    expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), 'America/Toronto')).toBe(-4 * HOUR);
    expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * HOUR);
  });

  it('puts 09:00 Toronto at 14:00Z in winter and 13:00Z in summer', () => {
    expect(iso(zonedDateTimeToInstant(wallClock('2026-01-13T09:00:00'), 'America/Toronto'))).toBe(
      '2026-01-13T14:00:00.000Z',
    );
    expect(iso(zonedDateTimeToInstant(wallClock('2026-07-14T09:00:00'), 'America/Toronto'))).toBe(
      '2026-07-14T13:00:00.000Z',
    );
  });

  it('moves a time skipped by spring-forward to after the gap', () => {
    // 2026-03-08 02:30 does not exist in Toronto; Exchange books it at 03:30 EDT.
    expect(iso(zonedDateTimeToInstant(wallClock('2026-03-08T02:30:00'), 'America/Toronto'))).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('takes the first of two repeated fall-back times', () => {
    expect(iso(zonedDateTimeToInstant(wallClock('2026-11-01T01:30:00'), 'America/Toronto'))).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('round-trips instants to wall-clock times and formats them as Graph does', () => {
    const instant = Date.parse('2026-11-23T14:00:00Z');
    const local = instantToZonedDateTime(instant, 'America/Vancouver');
    expect(formatGraphDateTime(local)).toBe('2026-11-23T06:00:00.0000000');
    expect(zonedDateTimeToInstant(local, 'America/Vancouver')).toBe(instant);
  });

  it('parses Graph date-times with or without seconds and fractions, and rejects impossible ones', () => {
    expect(parseCivilDateTime('2026-11-23T09:00')).toMatchObject({ hour: 9, minute: 0, second: 0 });
    expect(parseCivilDateTime('2026-11-23T09:00:05.1234567')).toMatchObject({ second: 5, millisecond: 123 });
    expect(parseCivilDateTime('2026-02-30T09:00:00')).toBeNull();
    expect(parseCivilDateTime('2026-11-23T09:00:00Z')).toBeNull();
  });
});

describe('zoneOffsetMs, read once per quarter hour', () => {
  /** The offset as Intl names it ("GMT-03:30"), an independent reading. */
  function longOffsetMs(epochMs: number, zone: string): number {
    const name =
      new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(new Date(epochMs))
        .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    if (!match) return 0;
    const sign = match[1] === '-' ? -1 : 1;
    return sign * (Number(match[2]) * 60 + Number(match[3])) * 60_000;
  }

  it('matches the zone rules minute by minute around daylight-saving changes, half- and quarter-hour zones included', () => {
    const zones = [
      'America/Toronto',
      'America/St_Johns',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Asia/Kathmandu',
    ];
    // Days with a change in at least one of them (2026), walked in 7-minute steps so every quarter hour is hit
    // from inside and at its edges, in an order that fills the memo before it is read.
    const days = ['2026-03-08', '2026-04-05', '2026-09-27', '2026-10-04', '2026-11-01'];
    for (const zone of zones) {
      for (const day of days) {
        const start = Date.parse(`${day}T00:00:00Z`) - 14 * 3_600_000;
        for (let ms = start; ms < start + 40 * 3_600_000; ms += 7 * 60_000) {
          expect(zoneOffsetMs(ms, zone), `${zone} at ${new Date(ms).toISOString()}`).toBe(
            longOffsetMs(ms, zone),
          );
        }
      }
    }
  });

  it('matches the zone rules every few hours over whole years, weeks and days with a change included', () => {
    // Casablanca leaves and re-enters its offset around Ramadan (weeks apart); the others change twice a year.
    const zones = [
      'America/Toronto',
      'Africa/Casablanca',
      'Australia/Lord_Howe',
      'Europe/Paris',
      'Asia/Tokyo',
    ];
    for (const zone of zones) {
      for (const year of [1995, 2019, 2026]) {
        const start = Date.UTC(year, 0, 1);
        for (let ms = start; ms < Date.UTC(year + 1, 0, 1); ms += 5 * 3_600_000 + 7 * 60_000) {
          expect(zoneOffsetMs(ms, zone), `${zone} at ${new Date(ms).toISOString()}`).toBe(
            longOffsetMs(ms, zone),
          );
        }
      }
    }
  });
});
