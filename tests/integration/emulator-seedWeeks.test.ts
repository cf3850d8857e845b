import type { Event } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { type GraphTenant, graphEmulatorPerTest, SEED_PEOPLE } from '../support/graphEmulatorServer';

const { claire, daniel, sophie, ethan, aisha, marcus, julie, marcAndre, priya } = SEED_PEOPLE;
const DAY_MS = 86_400_000;
const startTenant = graphEmulatorPerTest();

/** The people Claire holds a recurring 1:1 with (reports, her manager, her peer); Aisha's lapsed 6 weeks ago. */
const ACTIVE_ONE_ON_ONES = [daniel, sophie, ethan, marcus, julie, marcAndre, priya];

async function claireEvents(tenant: GraphTenant, from: Date, to: Date): Promise<Event[]> {
  const events: Event[] = [];
  let next: string | undefined =
    `/me/calendarView?startDateTime=${from.toISOString()}&endDateTime=${to.toISOString()}&$top=100`;
  while (next) {
    const page = (await (await tenant.fetchAs(claire, next)).json()) as {
      value: Event[];
      '@odata.nextLink'?: string;
    };
    events.push(...page.value);
    next = page['@odata.nextLink'];
  }
  return events;
}

/** Held 1:1s with the person: one other human attendee, not cancelled, not a "free" hold. */
function withPerson(events: Event[], upn: string): Event[] {
  return events.filter((event) => {
    const people = (event.attendees ?? []).filter((attendee) => attendee.type !== 'resource');
    const addresses = [event.organizer?.emailAddress?.address, people[0]?.emailAddress?.address];
    return !event.isCancelled && event.showAs !== 'free' && people.length === 1 && addresses.includes(upn);
  });
}

describe('the seed follows the calendar', () => {
  // Monday 00:30 and Sunday 23:00 in Toronto, a summer week months later, and a week before the anchor.
  const nows = [
    '2026-11-16T05:30:00Z',
    '2026-11-23T04:00:00Z',
    '2027-07-14T15:00:00Z',
    '2026-06-05T20:00:00Z',
  ];

  for (const now of nows) {
    it(`has every active 1:1 within 14 days of ${now}, and Aisha's last about 6 weeks back`, async () => {
      const tenant = startTenant({ now: new Date(now) });
      const start = new Date(now);
      const upcoming = await claireEvents(tenant, start, new Date(start.getTime() + 14 * DAY_MS));
      for (const person of ACTIVE_ONE_ON_ONES)
        expect(withPerson(upcoming, person), person).not.toHaveLength(0);
      expect(withPerson(upcoming, aisha)).toEqual([]);

      const past = await claireEvents(tenant, new Date(start.getTime() - 10 * 7 * DAY_MS), start);
      const lastWithAisha = withPerson(past, aisha).at(-1);
      const weeksAgo = (start.getTime() - Date.parse(`${lastWithAisha?.end?.dateTime}Z`)) / (7 * DAY_MS);
      expect(weeksAgo).toBeGreaterThan(5);
      expect(weeksAgo).toBeLessThan(7);
    });
  }

  it('keeps weekday and local time when moving: Daniel stays Tuesday 09:00 Toronto in a summer week', async () => {
    const tenant = startTenant({ now: new Date('2027-07-14T15:00:00Z') });
    const events = await claireEvents(
      tenant,
      new Date('2027-07-12T00:00:00Z'),
      new Date('2027-07-19T00:00:00Z'),
    );
    const danielsStarts = withPerson(events, daniel).map((event) => event.start?.dateTime);
    expect(danielsStarts).toEqual(['2027-07-13T13:00:00.0000000']);
  });

  it('moves the data forward when the clock passes into a new week while running', async () => {
    let now = new Date('2026-11-18T15:00:00Z');
    const tenant = startTenant({ now: () => now });
    const before = tenant.emulator.getState().anchorWeekStart;
    now = new Date('2026-12-09T15:00:00Z');
    await tenant.fetchAs(claire, '/me');
    expect(before).toBe('2026-11-16');
    expect(tenant.emulator.getState().anchorWeekStart).toBe('2026-12-07');
    // The moved occurrence of Sophie's series moved along with the anchor week.
    const events = await claireEvents(
      tenant,
      new Date('2026-12-07T00:00:00Z'),
      new Date('2026-12-14T00:00:00Z'),
    );
    expect(events.find((event) => event.type === 'exception')?.start?.dateTime).toBe(
      '2026-12-11T16:00:00.0000000',
    );
  });

  it('reset() restores the seed', async () => {
    const tenant = startTenant();
    const original = JSON.stringify(tenant.emulator.getState());
    tenant.emulator.reset();
    expect(JSON.stringify(tenant.emulator.getState())).toBe(original);
    expect(tenant.emulator.listUsers()[0]?.displayName).toBe('Claire Tremblay');
  });
});
