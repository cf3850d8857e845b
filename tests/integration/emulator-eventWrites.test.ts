import type { Event } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { createGraphEmulator } from '../../src/demo/graphEmulator';
import { occurrenceEventId } from '../../src/demo/recurrence/occurrenceIds';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile({ resetBeforeEach: true });

const { claire, daniel, sophie, marcus } = SEED_PEOPLE;
type EventJson = Event & { '@odata.etag': string; id: string };

/** Three weeks from the anchor week's Monday: Daniel's Tuesday 1:1 on Nov 17, (cancelled Nov 24), Dec 1. */
const VIEW = '/me/calendarView?startDateTime=2026-11-16T00:00:00Z&endDateTime=2026-12-07T00:00:00Z&$top=200';

async function getJson<T>(user: string, path: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await tenant.fetchAs(user, path, { headers });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

function patch(user: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return tenant.fetchAs(user, path, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function seriesOf(user: string, subject: string): Promise<EventJson> {
  const list = await getJson<{ value: EventJson[] }>(user, '/me/events?$top=100');
  const found = list.value.find((event) => event.subject === subject);
  if (!found) throw new Error(`${user} has no event '${subject}'`);
  return found;
}

async function instancesOf(user: string, subject: string): Promise<EventJson[]> {
  const view = await getJson<{ value: EventJson[] }>(user, VIEW);
  return view.value.filter((event) => event.subject === subject);
}

const DANIEL_1ON1 = 'Daniel / Claire weekly 1:1';
const TEAM_MEETING = 'Digital Services team meeting';
const NEW_BODY =
  '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n<div id="agenda-block">AGENDA-MARKER: wins, blockers</div>\r\n</body>\r\n</html>\r\n';

describe('reading an event body', () => {
  it('returns the HTML body and @odata.etag, or text when Prefer outlook.body-content-type="text"', async () => {
    const master = await seriesOf(claire, DANIEL_1ON1);
    const html = await getJson<EventJson>(claire, `/me/events/${master.id}?$select=body`);
    expect(html['@odata.etag']).toMatch(/^W\/"/);
    expect(html.body?.contentType).toBe('html');
    expect(html.body?.content).toContain('id="meet_invite_block.action.join_link"');

    const response = await tenant.fetchAs(claire, `/me/events/${master.id}?$select=body`, {
      headers: { Prefer: 'outlook.body-content-type="text"' },
    });
    expect(response.headers.get('Preference-Applied')).toBe('outlook.body-content-type="text"');
    const text = (await response.json()) as EventJson;
    expect(text.body?.contentType).toBe('text');
    expect(text.body?.content).not.toMatch(/<div|<html/);
    expect(text.body?.content).toContain('Our weekly 1:1.');
    // Exchange's text keeps link targets, so the join link survives.
    expect(text.body?.content).toContain(`Click here to join the meeting<${master.onlineMeeting?.joinUrl}>`);
  });
});

describe('PATCH by the organizer', () => {
  it("changes the series body, shows the same bytes in the attendee's copy, and sends one update per attendee", async () => {
    const master = await seriesOf(claire, DANIEL_1ON1);
    const before = await seriesOf(daniel, DANIEL_1ON1);
    const response = await patch(claire, `/me/events/${master.id}`, {
      body: { contentType: 'html', content: NEW_BODY },
    });
    expect(response.status).toBe(200);
    const saved = (await response.json()) as EventJson;
    expect(saved.body?.content).toBe(NEW_BODY);
    expect(saved['@odata.etag']).not.toBe(master['@odata.etag']);

    const copy = await seriesOf(daniel, DANIEL_1ON1);
    expect(copy.body?.content).toBe(NEW_BODY);
    expect(copy.responseStatus?.response).toBe('accepted');
    expect(copy['@odata.etag']).not.toBe(before['@odata.etag']);
    const occurrences = await instancesOf(daniel, DANIEL_1ON1);
    expect(occurrences.length).toBeGreaterThan(1);
    for (const occurrence of occurrences) expect(occurrence.body?.content).toBe(NEW_BODY);

    expect(tenant.emulator.sentUpdates()).toEqual([
      expect.objectContaining({
        kind: 'update',
        eventId: master.id,
        iCalUId: master.iCalUId,
        occurrenceStart: null,
        to: daniel,
        changed: ['body'],
      }),
    ]);
  });

  it('sends an update to every attendee on every save, with a new etag even when nothing changed', async () => {
    const meeting = await seriesOf(claire, TEAM_MEETING);
    const people = meeting.attendees ?? [];
    expect(people.length).toBeGreaterThan(3);
    const first = await patch(claire, `/me/events/${meeting.id}`, { subject: `${TEAM_MEETING} (moved)` });
    expect(
      tenant.emulator
        .sentUpdates()
        .map((update) => update.to)
        .sort(),
    ).toEqual(people.map((attendee) => attendee.emailAddress?.address).sort());
    const second = await patch(claire, `/me/events/${meeting.id}`, { subject: `${TEAM_MEETING} (moved)` });
    expect(((await second.json()) as EventJson)['@odata.etag']).not.toBe(
      ((await first.json()) as EventJson)['@odata.etag'],
    );
    expect(tenant.emulator.sentUpdates()).toHaveLength(people.length * 2);
    // Not a meeting change: no update.
    expect((await patch(claire, `/me/events/${meeting.id}`, { categories: ['Blue'] })).status).toBe(200);
    expect(tenant.emulator.sentUpdates()).toHaveLength(people.length * 2);
  });

  it('sends no update to a room', async () => {
    const meeting = await seriesOf(claire, 'Marcus / Claire 1:1');
    expect(meeting.attendees?.some((attendee) => attendee.type === 'resource')).toBe(true);
    expect(
      (await patch(claire, `/me/events/${meeting.id}`, { body: { contentType: 'html', content: NEW_BODY } }))
        .status,
    ).toBe(200);
    expect(tenant.emulator.sentUpdates().map((update) => update.to)).toEqual([marcus]);
  });

  it('makes an occurrence an exception; the master and the other occurrences stay as they were', async () => {
    const master = await seriesOf(claire, DANIEL_1ON1);
    const [first, second] = await instancesOf(claire, DANIEL_1ON1);
    if (!first || !second) throw new Error('expected two occurrences');
    expect(first.type).toBe('occurrence');
    const [danielsFirst] = await instancesOf(daniel, DANIEL_1ON1);

    const response = await patch(claire, `/me/events/${first.id}`, {
      body: { contentType: 'html', content: NEW_BODY },
    });
    expect(response.status).toBe(200);
    const exception = (await response.json()) as EventJson;
    expect(exception).toMatchObject({ id: first.id, type: 'exception', seriesMasterId: master.id });
    expect(exception.start).toEqual(first.start);

    const masterAfter = await getJson<EventJson>(claire, `/me/events/${master.id}`);
    expect(masterAfter['@odata.etag']).toBe(master['@odata.etag']);
    expect(masterAfter.body?.content).toBe(master.body?.content);

    const [firstAfter, secondAfter] = await instancesOf(claire, DANIEL_1ON1);
    expect(firstAfter).toMatchObject({ id: first.id, type: 'exception', body: { content: NEW_BODY } });
    expect(secondAfter).toMatchObject({ id: second.id, type: 'occurrence', body: master.body });

    // The attendee's occurrence keeps its id and shows the new body.
    const [danielsAfter] = await instancesOf(daniel, DANIEL_1ON1);
    expect(danielsAfter).toMatchObject({
      id: danielsFirst?.id,
      type: 'exception',
      body: { content: NEW_BODY },
    });
    expect((await getJson<EventJson>(daniel, `/me/events/${danielsFirst?.id}`)).body?.content).toBe(NEW_BODY);

    expect(tenant.emulator.sentUpdates()).toEqual([
      expect.objectContaining({
        eventId: first.id,
        iCalUId: first.iCalUId,
        occurrenceStart: '2026-11-17T14:00:00Z',
      }),
    ]);
  });

  it('If-Match: the current @odata.etag writes, a stale one gives 412 ErrorIrresolvableConflict', async () => {
    const master = await seriesOf(claire, DANIEL_1ON1);
    const ok = await patch(
      claire,
      `/me/events/${master.id}`,
      { subject: 'v2' },
      { 'If-Match': master['@odata.etag'] },
    );
    expect(ok.status).toBe(200);
    const stale = await patch(
      claire,
      `/me/events/${master.id}`,
      { subject: 'v3' },
      { 'If-Match': master['@odata.etag'] },
    );
    expect(stale.status).toBe(412);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe(
      'ErrorIrresolvableConflict',
    );
    expect((await getJson<EventJson>(claire, `/me/events/${master.id}`)).subject).toBe('v2');
    expect(tenant.emulator.sentUpdates()).toHaveLength(1);
  });
});

describe('PATCH by an attendee', () => {
  it("is 403 ErrorAccessDenied and changes nothing, through their copy or the organizer's mailbox", async () => {
    const copy = await seriesOf(daniel, DANIEL_1ON1);
    const master = await seriesOf(claire, DANIEL_1ON1);
    const own = await patch(daniel, `/me/events/${copy.id}`, {
      body: { contentType: 'html', content: NEW_BODY },
    });
    expect(own.status).toBe(403);
    expect(((await own.json()) as { error: { code: string } }).error.code).toBe('ErrorAccessDenied');
    const organizers = await patch(daniel, `/users/${claire}/events/${master.id}`, { subject: 'hijacked' });
    expect(organizers.status).toBe(403);
    expect((await seriesOf(claire, DANIEL_1ON1)).body?.content).toBe(master.body?.content);
    expect(tenant.emulator.sentUpdates()).toEqual([]);
  });
});

describe('POST /me/events', () => {
  it('creates an online recurring meeting with a Teams join block; the attendee gets a copy and a request', async () => {
    const response = await tenant.fetchAs(claire, '/me/events', {
      method: 'POST',
      body: JSON.stringify({
        subject: 'Sophie / Claire coaching',
        body: { contentType: 'text', content: 'Coaching <goals>' },
        start: { dateTime: '2026-11-19T10:00:00', timeZone: 'Eastern Standard Time' },
        end: { dateTime: '2026-11-19T10:30:00', timeZone: 'Eastern Standard Time' },
        recurrence: {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['thursday'] },
          range: { type: 'noEnd', startDate: '2026-11-19' },
        },
        attendees: [{ type: 'required', emailAddress: { address: sophie, name: 'Sophie Lavoie' } }],
        isOnlineMeeting: true,
      }),
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as EventJson;
    expect(created).toMatchObject({ type: 'seriesMaster', isOnlineMeeting: true, isOrganizer: true });
    expect(created.onlineMeeting?.joinUrl).toMatch(
      /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_/,
    );
    expect(created.body?.content).toContain('Coaching &lt;goals&gt;');
    expect(created.body?.content).toContain('id="meet_invite_block.action.join_link"');
    expect(created.body?.content).toContain(created.onlineMeeting?.joinUrl);

    const sophies = await instancesOf(sophie, 'Sophie / Claire coaching');
    expect(sophies).toHaveLength(3);
    expect(sophies[0]).toMatchObject({ isOrganizer: false, responseStatus: { response: 'none' } });
    expect(tenant.emulator.sentUpdates()).toEqual([expect.objectContaining({ kind: 'request', to: sophie })]);
  });

  it('returns a text body as HTML when Prefer outlook.body-content-type="html"', async () => {
    const response = await tenant.fetchAs(claire, '/me/events', {
      method: 'POST',
      headers: { Prefer: 'outlook.body-content-type="html"' },
      body: JSON.stringify({
        subject: 'Note',
        body: { contentType: 'text', content: 'a < b\r\nline 2' },
        start: { dateTime: '2026-11-20T10:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-11-20T10:30:00', timeZone: 'UTC' },
      }),
    });
    const created = (await response.json()) as EventJson;
    expect(created.body?.contentType).toBe('html');
    expect(created.body?.content).toContain('<div>a &lt; b</div>\r\n<div>line 2</div>');
    const raw = await getJson<EventJson>(claire, `/me/events/${created.id}`);
    expect(raw.body).toEqual({ contentType: 'text', content: 'a < b\r\nline 2' });
  });
});

describe('a changed occurrence across a new week', () => {
  it('keeps one exception, with the id of the occurrence on its new date', async () => {
    let now = new Date('2026-11-18T15:00:00Z');
    const moving = createGraphEmulator({ seed: loadDefaultDemoSeed(), now: () => now });
    const call = async (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('Authorization', `Bearer ${tenant.tokenFor(claire)}`);
      return moving.handle(new Request(`https://graph.microsoft.com/v1.0${path}`, { ...init, headers }));
    };
    const view = async (from: string, to: string) =>
      (
        (await (
          await call(`/me/calendarView?startDateTime=${from}T00:00:00Z&endDateTime=${to}T00:00:00Z&$top=200`)
        ).json()) as { value: EventJson[] }
      ).value.filter((event) => event.subject === DANIEL_1ON1);
    const december8 = (await view('2026-12-07', '2026-12-14'))[0];
    if (!december8?.seriesMasterId) throw new Error('no Dec 8 occurrence');
    const patched = await call(`/me/events/${december8.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: { contentType: 'html', content: NEW_BODY } }),
    });
    expect(patched.status).toBe(200);

    now = new Date('2026-11-25T15:00:00Z'); // The seed moves one week on: the exception is now on Dec 15.
    const after = await view('2026-12-07', '2026-12-21');
    const ids = after.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(after.map((event) => [event.start?.dateTime?.slice(0, 10), event.type])).toEqual([
      ['2026-12-08', 'occurrence'],
      ['2026-12-15', 'exception'],
    ]);
    expect(after[1]?.id).toBe(
      occurrenceEventId(december8.seriesMasterId, { year: 2026, month: 12, day: 15 }),
    );
    const reread = await call(`/me/events/${after[1]?.id}`);
    expect(((await reread.json()) as EventJson).body?.content).toBe(NEW_BODY);
    expect(moving.sentUpdates()[0]).toMatchObject({
      eventId: after[1]?.id,
      occurrenceStart: '2026-12-15T14:00:00Z',
    });
  });
});
