import type { Event } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile();

const { claire, daniel, sophie, ethan, julie, marcus, marcAndre } = SEED_PEOPLE;

type EventJson = Event & { '@odata.etag': string; id: string };

interface EventPage {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  value: EventJson[];
}

function calendarViewPath(start: string, end: string, extraQuery = ''): string {
  return `/me/calendarView?startDateTime=${start}&endDateTime=${end}${extraQuery}`;
}

async function page(
  user: string,
  pathOrUrl: string,
  headers: Record<string, string> = {},
): Promise<EventPage> {
  const response = await tenant.fetchAs(user, pathOrUrl, { headers });
  expect(response.status).toBe(200);
  return (await response.json()) as EventPage;
}

/** Every event of the view, following @odata.nextLink to the end. */
async function allEvents(
  user: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<EventJson[]> {
  const events: EventJson[] = [];
  let next: string | undefined = path;
  while (next) {
    const current = await page(user, next, headers);
    events.push(...current.value);
    next = current['@odata.nextLink'];
  }
  return events;
}

const ANCHOR_WEEK = ['2026-11-16T00:00:00Z', '2026-11-23T00:00:00Z'] as const;
const NEXT_WEEK = ['2026-11-23T00:00:00Z', '2026-11-30T00:00:00Z'] as const;
const withSubject = (events: EventJson[], text: string) =>
  events.filter((event) => event.subject?.includes(text));

describe('calendarView window and shape', () => {
  it('requires startDateTime and endDateTime (400 ErrorInvalidParameter)', async () => {
    const response = await tenant.fetchAs(claire, '/me/calendarView?startDateTime=2026-11-16T00:00:00Z');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('ErrorInvalidParameter');
  });

  it('never returns series masters, is sorted by start, and gives every event an etag and changeKey', async () => {
    const events = await allEvents(claire, calendarViewPath('2026-11-09T00:00:00Z', '2026-12-07T00:00:00Z'));
    expect(events.length).toBeGreaterThan(20);
    expect(new Set(events.map((event) => event.type))).toEqual(
      new Set(['occurrence', 'exception', 'singleInstance']),
    );
    const starts = events.map((event) => event.start?.dateTime ?? '');
    expect(starts).toEqual([...starts].sort());
    for (const event of events) {
      expect(event['@odata.etag']).toBe(`W/"${event.changeKey}"`);
    }
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  });

  it('has @odata.context naming the user and expresses times in UTC by default', async () => {
    const first = await page(claire, calendarViewPath(...ANCHOR_WEEK));
    expect(first['@odata.context']).toBe(
      "https://graph.microsoft.com/v1.0/$metadata#users('4b2e8f3a-9c1d-4e6b-8a7f-1d3c5e9b2a60')/calendarView",
    );
    expect(first.value[0]?.start?.timeZone).toBe('UTC');
  });

  it('returns a single event overlapping the window even when it started before it', async () => {
    // The private appointment runs 13:00-14:00Z on Thursday.
    const inside = await allEvents(claire, calendarViewPath('2026-11-19T13:30:00Z', '2026-11-19T13:45:00Z'));
    expect(inside.map((event) => event.subject)).toEqual(['Physio appointment']);
    expect(inside[0]?.sensitivity).toBe('private');
    const endingAtStart = await allEvents(
      claire,
      calendarViewPath('2026-11-19T12:00:00Z', '2026-11-19T13:00:00Z'),
    );
    expect(endingAtStart).toEqual([]);
  });

  it('reports the all-day offsite as midnight to midnight in whichever zone is asked for', async () => {
    const utc = withSubject(await allEvents(claire, calendarViewPath(...NEXT_WEEK)), 'offsite');
    expect(utc[0]).toMatchObject({
      isAllDay: true,
      start: { dateTime: '2026-11-25T00:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-11-26T00:00:00.0000000', timeZone: 'UTC' },
    });
    const pacific = withSubject(
      await allEvents(claire, calendarViewPath(...NEXT_WEEK), {
        Prefer: 'outlook.timezone="Pacific Standard Time"',
      }),
      'offsite',
    );
    expect(pacific[0]?.start).toEqual({
      dateTime: '2026-11-25T00:00:00.0000000',
      timeZone: 'Pacific Standard Time',
    });
  });
});

describe('recurring series', () => {
  it('expands a weekly series into one occurrence per week at the same local time', async () => {
    const events = withSubject(
      await allEvents(claire, calendarViewPath('2026-11-16T00:00:00Z', '2026-12-14T00:00:00Z')),
      'Ethan',
    );
    expect(events.map((event) => event.start?.dateTime)).toEqual([
      '2026-11-18T18:00:00.0000000',
      '2026-11-25T18:00:00.0000000',
      '2026-12-02T18:00:00.0000000',
      '2026-12-09T18:00:00.0000000',
    ]);
    expect(events.every((event) => event.type === 'occurrence' && event.recurrence === null)).toBe(true);
    expect(new Set(events.map((event) => event.seriesMasterId)).size).toBe(1);
    expect(new Set(events.map((event) => event.id)).size).toBe(4);
  });

  it('expands an every-2-weeks series on alternate weeks only', async () => {
    const events = withSubject(
      await allEvents(claire, calendarViewPath('2026-11-16T00:00:00Z', '2026-12-21T00:00:00Z')),
      'Marcus / Claire',
    );
    expect(events.map((event) => event.start?.dateTime)).toEqual([
      '2026-11-16T20:00:00.0000000',
      '2026-11-30T20:00:00.0000000',
      '2026-12-14T20:00:00.0000000',
    ]);
  });

  it('keeps occurrence ids stable across requests and readable one by one', async () => {
    const path = calendarViewPath(...ANCHOR_WEEK, '&$select=subject');
    const first = withSubject(await allEvents(claire, path), 'Daniel / Claire');
    const again = withSubject(await allEvents(claire, path), 'Daniel / Claire');
    expect(first.map((event) => event.id)).toEqual(again.map((event) => event.id));
    const occurrenceId = first[0]?.id ?? '';
    const single = (await (
      await tenant.fetchAs(claire, `/me/events/${encodeURIComponent(occurrenceId)}`)
    ).json()) as EventJson;
    expect(single).toMatchObject({
      id: occurrenceId,
      type: 'occurrence',
      subject: 'Daniel / Claire weekly 1:1',
    });
  });

  it('keeps a 09:00 Toronto series at 09:00 local across DST: 14:00Z in winter, 13:00Z in summer', async () => {
    const winter = withSubject(
      await allEvents(claire, calendarViewPath('2026-03-02T00:00:00Z', '2026-03-07T00:00:00Z')),
      'Daniel',
    );
    const summer = withSubject(
      await allEvents(claire, calendarViewPath('2026-07-06T00:00:00Z', '2026-07-11T00:00:00Z')),
      'Daniel',
    );
    expect(winter.map((event) => event.start?.dateTime)).toEqual(['2026-03-03T14:00:00.0000000']);
    expect(summer.map((event) => event.start?.dateTime)).toEqual(['2026-07-07T13:00:00.0000000']);
    const summerLocal = withSubject(
      await allEvents(claire, calendarViewPath('2026-07-06T00:00:00Z', '2026-07-11T00:00:00Z'), {
        Prefer: 'outlook.timezone="America/Toronto"',
      }),
      'Daniel',
    );
    expect(summerLocal[0]?.start).toEqual({
      dateTime: '2026-07-07T09:00:00.0000000',
      timeZone: 'America/Toronto',
    });
  });

  it('returns nothing for a series before its range starts or after it ends', async () => {
    const beforeStart = withSubject(
      await allEvents(claire, calendarViewPath('2026-02-23T00:00:00Z', '2026-03-02T00:00:00Z')),
      'Daniel',
    );
    expect(beforeStart).toEqual([]);
    const aisha = withSubject(
      await allEvents(claire, calendarViewPath('2026-09-01T00:00:00Z', '2026-12-01T00:00:00Z')),
      'Aisha',
    );
    expect(aisha.map((event) => event.start?.dateTime?.slice(0, 10))).toEqual([
      '2026-09-09',
      '2026-09-23',
      '2026-10-07',
    ]);
  });

  it('GET /me/events/{masterId} returns the series master with its recurrence', async () => {
    const occurrence = withSubject(await allEvents(claire, calendarViewPath(...ANCHOR_WEEK)), 'Sophie')[0];
    const master = (await (
      await tenant.fetchAs(claire, `/me/events/${occurrence?.seriesMasterId}`)
    ).json()) as EventJson;
    expect(master).toMatchObject({
      type: 'seriesMaster',
      subject: 'Sophie / Claire 1:1',
      recurrence: {
        pattern: { type: 'weekly', interval: 2, daysOfWeek: ['thursday'] },
        range: { type: 'noEnd', startDate: '2026-09-10' },
      },
    });
    expect(master).not.toHaveProperty('cancelledOccurrences');
  });

  it('lists only one series under /events/{id}/instances', async () => {
    const occurrence = withSubject(await allEvents(claire, calendarViewPath(...ANCHOR_WEEK)), 'Ethan')[0];
    const instances = await allEvents(
      claire,
      `/me/events/${occurrence?.seriesMasterId}/instances?startDateTime=2026-11-16T00:00:00Z&endDateTime=2026-12-14T00:00:00Z`,
    );
    expect(instances).toHaveLength(4);
    expect(instances.every((event) => event.seriesMasterId === occurrence?.seriesMasterId)).toBe(true);
  });

  it('/me/events lists single events and series masters, not occurrences', async () => {
    const events = await allEvents(claire, '/me/events?$top=50&$select=subject,type');
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(['singleInstance', 'seriesMaster']));
    expect(withSubject(events, 'Daniel / Claire')).toHaveLength(1);
  });

  it('answers 404 ErrorItemNotFound for an unknown id, and for an id from another mailbox', async () => {
    const unknown = await tenant.fetchAs(claire, '/me/events/AAMkAGnope=');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('ErrorItemNotFound');
    const claires = withSubject(await allEvents(claire, calendarViewPath(...ANCHOR_WEEK)), 'Physio')[0];
    const fromDaniel = await tenant.fetchAs(daniel, `/me/events/${claires?.id}`);
    expect(fromDaniel.status).toBe(404);
  });
});

describe('exceptions and cancellations', () => {
  it('shows a moved occurrence at its new time, in place of the generated one', async () => {
    const events = withSubject(await allEvents(claire, calendarViewPath(...ANCHOR_WEEK)), 'Sophie');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'exception',
      start: { dateTime: '2026-11-20T16:00:00.0000000' },
      originalStart: '2026-11-19T19:00:00Z',
    });
    expect(events[0]?.seriesMasterId).toBeTruthy();
    const sophiesCopy = withSubject(
      await allEvents(sophie, calendarViewPath(...ANCHOR_WEEK)),
      'Sophie / Claire',
    );
    expect(sophiesCopy).toHaveLength(1);
    expect(sophiesCopy[0]).toMatchObject({
      type: 'exception',
      start: { dateTime: '2026-11-20T16:00:00.0000000' },
    });
  });

  it("omits a cancelled occurrence from the organizer's calendar", async () => {
    const events = withSubject(await allEvents(claire, calendarViewPath(...NEXT_WEEK)), 'Daniel / Claire');
    expect(events).toEqual([]);
  });

  it("keeps the cancelled occurrence in the attendee's calendar, marked cancelled", async () => {
    const events = withSubject(await allEvents(daniel, calendarViewPath(...NEXT_WEEK)), 'Daniel / Claire');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      subject: 'Canceled: Daniel / Claire weekly 1:1',
      isCancelled: true,
      type: 'exception',
      start: { dateTime: '2026-11-24T14:00:00.0000000' },
      isOrganizer: false,
    });
  });
});

describe("attendees' own copies", () => {
  it("derives the attendee's copy: own id, same iCalUId, not organizer, the attendee's response", async () => {
    const organizers = withSubject(
      await allEvents(claire, calendarViewPath(...ANCHOR_WEEK)),
      'Daniel / Claire',
    )[0];
    const attendees = withSubject(
      await allEvents(daniel, calendarViewPath(...ANCHOR_WEEK)),
      'Daniel / Claire',
    )[0];
    expect(organizers).toMatchObject({ isOrganizer: true, responseStatus: { response: 'organizer' } });
    expect(organizers?.attendees?.[0]?.status?.response).toBe('accepted');
    expect(attendees).toMatchObject({ isOrganizer: false, responseStatus: { response: 'accepted' } });
    expect(attendees?.id).not.toBe(organizers?.id);
    expect(attendees?.seriesMasterId).not.toBe(organizers?.seriesMasterId);
    expect(attendees?.iCalUId).toBe(organizers?.iCalUId);
    // Only the organizer's copy tracks the others' responses.
    expect(attendees?.attendees?.[0]?.status?.response).toBe('none');
  });

  it('gives each occurrence of a series its own iCalUId, shared by organizer and attendee', async () => {
    const twoWeeks = calendarViewPath('2026-11-16T00:00:00Z', '2026-12-01T00:00:00Z');
    const occurrences = withSubject(await allEvents(claire, twoWeeks), 'Ethan');
    expect(new Set(occurrences.map((event) => event.iCalUId)).size).toBe(occurrences.length);
    const ethans = withSubject(await allEvents(ethan, twoWeeks), 'Ethan');
    expect(ethans.map((event) => event.iCalUId)).toEqual(occurrences.map((event) => event.iCalUId));
  });

  it("shows a meeting the report organized as the leader's attendee copy", async () => {
    const events = withSubject(
      await allEvents(claire, calendarViewPath(...ANCHOR_WEEK)),
      'Julie / Claire weekly',
    );
    expect(events[0]).toMatchObject({
      isOrganizer: false,
      responseStatus: { response: 'accepted' },
      organizer: { emailAddress: { address: julie } },
    });
  });

  it("puts the manager's 1:1 with the leader in both calendars", async () => {
    const leaders = withSubject(await allEvents(claire, calendarViewPath(...NEXT_WEEK)), 'Marc-André')[0];
    const managers = withSubject(await allEvents(marcAndre, calendarViewPath(...NEXT_WEEK)), 'Marc-André')[0];
    expect(leaders).toMatchObject({ isOrganizer: false, start: { dateTime: '2026-11-23T16:00:00.0000000' } });
    expect(managers).toMatchObject({ isOrganizer: true, iCalUId: leaders?.iCalUId });
  });

  it("shows the report's declined response on both sides", async () => {
    const leaders = withSubject(await allEvents(claire, calendarViewPath(...NEXT_WEEK)), 'career')[0];
    const julies = withSubject(await allEvents(julie, calendarViewPath(...NEXT_WEEK)), 'career')[0];
    expect(leaders?.attendees?.[0]?.status?.response).toBe('declined');
    expect(julies?.responseStatus?.response).toBe('declined');
  });

  it('lists a room as a resource attendee, and Teams join URLs in the event and its body', async () => {
    const event = withSubject(
      await allEvents(marcus, calendarViewPath(...ANCHOR_WEEK)),
      'Marcus / Claire',
    )[0];
    expect(event?.attendees?.map((attendee) => attendee.type)).toEqual(['required', 'resource']);
    expect(event?.responseStatus?.response).toBe('tentativelyAccepted');
    const joinUrl = event?.onlineMeeting?.joinUrl ?? '';
    expect(joinUrl).toMatch(
      /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_.+%40thread\.v2\/0\?context=/,
    );
    expect(event?.body?.content).toContain('\r\n');
    expect(event?.body?.content).toContain('id="meet_invite_block.action.join_link"');
    expect(event?.body?.content).toContain(joinUrl);
  });

  it("denies another user's calendarView and events with 403 ErrorAccessDenied", async () => {
    for (const path of [
      `/users/${claire}/calendarView?startDateTime=2026-11-16T00:00:00Z&endDateTime=2026-11-23T00:00:00Z`,
      `/users/${claire}/events`,
    ]) {
      const response = await tenant.fetchAs(daniel, path);
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('ErrorAccessDenied');
    }
  });

  it('allows /users/{own id or upn}/calendarView like /me/calendarView', async () => {
    const viaMe = await allEvents(daniel, calendarViewPath(...ANCHOR_WEEK));
    const viaUsers = await allEvents(
      daniel,
      `/users/${daniel}/calendarView?startDateTime=${ANCHOR_WEEK[0]}&endDateTime=${ANCHOR_WEEK[1]}`,
    );
    expect(viaUsers.map((event) => event.id)).toEqual(viaMe.map((event) => event.id));
  });
});

describe('$select, $top and paging', () => {
  it('$select returns only the chosen fields plus id and @odata.etag', async () => {
    const result = await page(claire, calendarViewPath(...ANCHOR_WEEK, '&$select=subject,start'));
    expect(result['@odata.context']).toMatch(/\/calendarView\(subject,start\)$/);
    for (const event of result.value)
      expect(Object.keys(event).sort()).toEqual(['@odata.etag', 'id', 'start', 'subject']);
  });

  it('pages 10 at a time by default and $top sets the page size', async () => {
    const fourWeeks = calendarViewPath('2026-11-09T00:00:00Z', '2026-12-07T00:00:00Z');
    expect((await page(claire, fourWeeks)).value).toHaveLength(10);
    const topThree = await page(claire, `${fourWeeks}&$top=3`);
    expect(topThree.value).toHaveLength(3);
    expect(topThree['@odata.nextLink']).toBeDefined();
  });

  it('follows @odata.nextLink across pages to exactly the unpaged result', async () => {
    const path = calendarViewPath('2026-11-16T00:00:00Z', '2026-11-30T00:00:00Z', '&$select=subject&$top=4');
    const pages: EventPage[] = [];
    let next: string | undefined = path;
    while (next) {
      const current = await page(claire, next);
      pages.push(current);
      next = current['@odata.nextLink'];
    }
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const firstLink = pages[0]?.['@odata.nextLink'] ?? '';
    expect(firstLink).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/me\/calendarView\?/);
    expect(firstLink).toContain('startDateTime=2026-11-16T00:00:00Z');
    expect(firstLink).toContain('%24skiptoken=');
    expect(pages.every((current) => current.value.every((event) => Object.keys(event).length === 3))).toBe(
      true,
    );
    const unpaged = await page(
      claire,
      calendarViewPath('2026-11-16T00:00:00Z', '2026-11-30T00:00:00Z', '&$top=100'),
    );
    expect(pages.flatMap((current) => current.value.map((event) => event.id))).toEqual(
      unpaged.value.map((event) => event.id),
    );
  });

  it('rejects a malformed $skiptoken or $top with 400', async () => {
    const badToken = await tenant.fetchAs(claire, calendarViewPath(...ANCHOR_WEEK, '&$skiptoken=garbage'));
    expect(badToken.status).toBe(400);
    const badTop = await tenant.fetchAs(claire, calendarViewPath(...ANCHOR_WEEK, '&$top=-1'));
    expect(badTop.status).toBe(400);
  });
});

describe('Prefer: outlook.timezone', () => {
  it('expresses start and end in a Windows zone and echoes it in Preference-Applied', async () => {
    const response = await tenant.fetchAs(claire, calendarViewPath(...ANCHOR_WEEK), {
      headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' },
    });
    expect(response.headers.get('Preference-Applied')).toBe('outlook.timezone="Pacific Standard Time"');
    const ethans = withSubject(((await response.json()) as EventPage).value, 'Ethan')[0];
    expect(ethans?.start).toEqual({
      dateTime: '2026-11-18T10:00:00.0000000',
      timeZone: 'Pacific Standard Time',
    });
    expect(ethans?.end).toEqual({
      dateTime: '2026-11-18T10:30:00.0000000',
      timeZone: 'Pacific Standard Time',
    });
  });

  it('accepts IANA names and works on a single event too', async () => {
    const occurrence = withSubject(await allEvents(claire, calendarViewPath(...ANCHOR_WEEK)), 'Physio')[0];
    const response = await tenant.fetchAs(claire, `/me/events/${occurrence?.id}`, {
      headers: { Prefer: 'outlook.timezone="Asia/Kolkata"' },
    });
    expect(((await response.json()) as EventJson).start).toEqual({
      dateTime: '2026-11-19T18:30:00.0000000',
      timeZone: 'Asia/Kolkata',
    });
  });

  it('ignores an unknown zone: UTC, and no Preference-Applied', async () => {
    const response = await tenant.fetchAs(claire, calendarViewPath(...ANCHOR_WEEK), {
      headers: { Prefer: 'outlook.timezone="Atlantis Standard Time"' },
    });
    expect(response.headers.get('Preference-Applied')).toBeNull();
    expect(((await response.json()) as EventPage).value[0]?.start?.timeZone).toBe('UTC');
  });
});
