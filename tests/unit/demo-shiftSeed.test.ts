import { describe, expect, it } from 'vitest';
import { occurrenceEventId } from '../../src/demo/recurrence/occurrenceIds';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import type { DemoSeed, DemoSeedEvent } from '../../src/demo/seed/demoSeed.types';
import { shiftSeedByWeeks } from '../../src/demo/seed/shiftSeedByWeeks';
import { weeksFromAnchorToNow } from '../../src/demo/state/currentWeek';

const CLAIRE = 'claire.tremblay@contoso.ca';

function seedWith(event: Partial<DemoSeedEvent>): DemoSeed {
  const base = loadDefaultDemoSeed();
  const claire = base.users[0];
  if (!claire) throw new Error('seed has no users');
  return {
    anchorWeekStart: '2026-11-16',
    users: [claire],
    events: [
      {
        mailbox: claire.id,
        id: 'AAMkTest=',
        organizer: { emailAddress: { address: CLAIRE } },
        start: { dateTime: '2026-11-17T09:00:00.0000000', timeZone: 'America/Toronto' },
        end: { dateTime: '2026-11-17T09:30:00.0000000', timeZone: 'America/Toronto' },
        ...event,
      },
    ],
  };
}

describe('weeksFromAnchorToNow', () => {
  it("counts whole weeks in the leader's zone", () => {
    const seed = loadDefaultDemoSeed();
    expect(weeksFromAnchorToNow(seed, new Date('2026-11-18T15:00:00Z'))).toBe(0);
    // Sunday 23:00 in Toronto is already Monday in UTC, but still the anchor week for Claire.
    expect(weeksFromAnchorToNow(seed, new Date('2026-11-23T04:00:00Z'))).toBe(0);
    expect(weeksFromAnchorToNow(seed, new Date('2026-11-23T05:00:00Z'))).toBe(1);
    expect(weeksFromAnchorToNow(seed, new Date('2026-10-01T12:00:00Z'))).toBe(-7);
  });
});

describe('shiftSeedByWeeks', () => {
  it('keeps wall-clock times and weekdays, across a DST change', () => {
    const shifted = shiftSeedByWeeks(seedWith({}), -4);
    expect(shifted.anchorWeekStart).toBe('2026-10-19');
    expect(shifted.events[0]?.start).toEqual({
      dateTime: '2026-10-20T09:00:00.0000000',
      timeZone: 'America/Toronto',
    });
  });

  it("keeps local time in the event's own zone when its times are written in UTC (a tenant snapshot)", () => {
    // 09:00 Toronto in November is 14:00Z; four weeks earlier (EDT) 09:00 Toronto is 13:00Z.
    const seed = seedWith({
      originalStartTimeZone: 'Eastern Standard Time',
      start: { dateTime: '2026-11-17T14:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-11-17T14:30:00.0000000', timeZone: 'UTC' },
    });
    expect(shiftSeedByWeeks(seed, -4).events[0]?.start.dateTime).toBe('2026-10-20T13:00:00.0000000');
  });

  it('moves recurrence ranges, cancelled occurrence dates and exception original starts', () => {
    const seed = seedWith({
      originalStart: '2026-11-19T19:00:00Z',
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
        range: { type: 'endDate', startDate: '2026-11-03', endDate: '2026-12-29' },
      },
      cancelledOccurrences: ['OID.AAMkTest=.2026-11-24'],
      createdDateTime: '2026-10-01T12:00:00.0000000Z',
    });
    const [event] = shiftSeedByWeeks(seed, -4).events;
    expect(event?.recurrence?.range).toMatchObject({ startDate: '2026-10-06', endDate: '2026-12-01' });
    expect(event?.cancelledOccurrences).toEqual(['OID.AAMkTest=.2026-10-27']);
    // 14:00 Toronto on a Thursday stays 14:00 Toronto: 19:00Z in November, 18:00Z in October.
    expect(event?.originalStart).toBe('2026-10-22T18:00:00Z');
    expect(event?.createdDateTime).toBe('2026-09-03T12:00:00.000Z');
  });

  it('leaves all-day events at midnight', () => {
    const seed = seedWith({
      isAllDay: true,
      start: { dateTime: '2026-11-25T00:00:00.0000000', timeZone: 'Eastern Standard Time' },
      end: { dateTime: '2026-11-26T00:00:00.0000000', timeZone: 'Eastern Standard Time' },
    });
    expect(shiftSeedByWeeks(seed, 30).events[0]?.start.dateTime).toBe('2027-06-23T00:00:00.0000000');
  });

  it('moves an exception made from an occurrence to the id of its new date, and the updates sent for it', () => {
    const masterId = 'AAMkMaster=';
    const exceptionId = occurrenceEventId(masterId, { year: 2026, month: 11, day: 17 });
    const seed = seedWith({
      id: exceptionId,
      seriesMasterId: masterId,
      originalStart: '2026-11-17T14:00:00Z',
    });
    seed.sentUpdates = [
      {
        kind: 'update',
        eventId: exceptionId,
        iCalUId: 'uid',
        occurrenceStart: '2026-11-17T14:00:00Z',
        from: CLAIRE,
        to: 'daniel.okafor@contoso.ca',
        subject: 's',
        changed: ['body'],
        at: '2026-11-16T12:00:00.0000000Z',
      },
    ];
    const shifted = shiftSeedByWeeks(seed, 2);
    const newId = occurrenceEventId(masterId, { year: 2026, month: 12, day: 1 });
    expect(shifted.events[0]?.id).toBe(newId);
    expect(shifted.sentUpdates?.[0]).toMatchObject({
      eventId: newId,
      occurrenceStart: '2026-12-01T14:00:00Z',
      at: '2026-11-30T12:00:00.000Z',
    });
    // Other ids stay.
    expect(shiftSeedByWeeks(seedWith({}), 2).events[0]?.id).toBe('AAMkTest=');
  });

  it('moves drive item timestamps and keeps their content', () => {
    const seed = seedWith({});
    seed.driveItems = [
      {
        drive: seed.users[0]?.id ?? '',
        id: 'f',
        name: 'a.json',
        file: {},
        content: '{"date":"2026-11-17"}',
        createdDateTime: '2026-11-10T10:00:00Z',
        lastModifiedDateTime: '2026-11-17T10:00:00Z',
      },
    ];
    const [item] = shiftSeedByWeeks(seed, 1).driveItems ?? [];
    expect(item).toMatchObject({
      createdDateTime: '2026-11-17T10:00:00.000Z',
      lastModifiedDateTime: '2026-11-24T10:00:00.000Z',
      content: '{"date":"2026-11-17"}',
    });
  });

  it('returns the same object for a zero shift', () => {
    const seed = seedWith({});
    expect(shiftSeedByWeeks(seed, 0)).toBe(seed);
  });
});
