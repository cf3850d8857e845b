import { beforeAll, describe, expect, it } from 'vitest';
import { findInviteBlock, removeInviteBlock } from '../../src/domain/invite/inviteBlockInBody';
import type { GraphConnection } from '../../src/graph/createGraphClient';
import { getEventBodies } from '../../src/graph/eventBody';
import { getPeopleAroundMe, type PeopleAroundMe } from '../../src/graph/people';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import { openAgendaSession } from '../../src/services/agenda/agendaSession';
import { loadPairOccurrences } from '../../src/services/agenda/loadPairOccurrences';
import { syncInviteAgendas } from '../../src/services/invites/syncInviteAgendas';
import { connectAs } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const DEPLOYMENT = {
  appOrigin: 'https://agenda.contoso.ca',
  teamsAppId: '7e0c5b1a-2f4d-4c8e-9a1b-3d5f7e9c1a2b',
};

const tenant = graphEmulatorPerFile();
let leaderGraph: GraphConnection;
let people: PeopleAroundMe;

beforeAll(async () => {
  leaderGraph = connectAs(tenant, SEED_PEOPLE.claire);
  people = await getPeopleAroundMe(leaderGraph);
});

describe('the agenda on the invite', () => {
  const store = memoryKeyValueStore();
  const sync = () =>
    syncInviteAgendas({
      graph: leaderGraph,
      store,
      people,
      deployment: DEPLOYMENT,
      locale: 'en',
      now: DEFAULT_TEST_NOW,
      days: 14,
    });

  it('auto-attaches once to each 1:1 the leader organizes in the next 7 days, and e-mails each attendee once', async () => {
    const before = tenant.emulator.sentUpdates().length;
    const first = await sync();
    expect(first.attached.length).toBeGreaterThan(0);
    const sentNow = tenant.emulator.sentUpdates().slice(before);
    expect(sentNow.length).toBe(first.attached.length);
    for (const eventId of first.attached) expect(first.statuses.get(eventId)).toBe('on-invite');
    // Occurrences past 7 days are reported but not written.
    expect([...first.statuses.values()]).toContain('not-attached');

    const second = await sync();
    expect(second.attached).toEqual([]);
    expect(tenant.emulator.sentUpdates().length).toBe(before + first.attached.length);
  });

  it('leaves every other byte of the body as it was, keeping the Teams join link', async () => {
    const ethanGraph = connectAs(tenant, SEED_PEOPLE.ethan);
    const ethanCalendar = await loadPairOccurrences(ethanGraph, SEED_PEOPLE.claire, DEFAULT_TEST_NOW);
    const next = ethanCalendar.occurrences.find((o) => o.start > DEFAULT_TEST_NOW.toISOString());
    const [body] = await getEventBodies(ethanGraph, [next?.eventId ?? '']);
    expect(body).toBeDefined();
    expect(findInviteBlock(body!.content, body!.contentType)).not.toBeNull();
    expect(body!.content).toContain('Add your topics');
    const withoutBlock = removeInviteBlock(body!.content, body!.contentType);
    expect(withoutBlock).toContain('meet_invite_block.action.join_link');
    expect(withoutBlock).not.toContain('one-on-one-agenda');
  });

  it('lets the employee find the shared space through the link in their copy of the invite', async () => {
    const ethanGraph = connectAs(tenant, SEED_PEOPLE.ethan);
    const ethan = await getPeopleAroundMe(ethanGraph);
    const calendar = await loadPairOccurrences(ethanGraph, SEED_PEOPLE.claire, DEFAULT_TEST_NOW);
    const session = await openAgendaSession({
      graph: ethanGraph,
      store: memoryKeyValueStore(),
      participants: { me: ethan.me, counterpart: calendar.counterpart, myRole: calendar.myRole },
      upcomingEventIds: async () =>
        calendar.occurrences.filter((o) => o.start > DEFAULT_TEST_NOW.toISOString()).map((o) => o.eventId),
      now: () => DEFAULT_TEST_NOW,
    });
    expect(calendar.myRole).toBe('employee');
    expect(session.space).not.toBeNull();
    expect(session.space?.snapshot().status.state).toBe('saved');
    expect(session.space?.snapshot().document?.leader.email).toBe(SEED_PEOPLE.claire);
  });
});

describe('an invite whose agenda block lost every marker (a client or Exchange rewrote the body)', () => {
  /** What an Outlook client may save back: no comments, no data attributes, no ids, no classes. */
  const withoutMarkers = (html: string) =>
    html.replace(/<!--[\s\S]*?-->/g, '').replace(/\s(?:id|class|data-[\w-]+)="[^"]*"/g, '');

  it('is recognised by its heading and link: no second block, no update e-mail, on any device', async () => {
    const syncOn = (store = memoryKeyValueStore()) =>
      syncInviteAgendas({
        graph: leaderGraph,
        store,
        people,
        deployment: DEPLOYMENT,
        locale: 'en',
        now: DEFAULT_TEST_NOW,
        days: 7,
      });
    const first = await syncOn();
    const eventId = first.attached[0] ?? [...first.statuses.keys()][0];
    if (!eventId) throw new Error('No 1:1 invite to attach to');
    const [body] = await getEventBodies(leaderGraph, [eventId]);
    if (!body) throw new Error('The invite could not be read');
    const rewritten = withoutMarkers(body.content);
    expect(rewritten).not.toContain('one-on-one-agenda');
    await leaderGraph.run((client) =>
      client.api(`/me/events/${eventId}`).patch({ body: { contentType: 'html', content: rewritten } }),
    );

    const sentBefore = tenant.emulator.sentUpdates().length;
    // Two more devices (stores that never wrote this invite) sync the same day.
    const second = await syncOn();
    const third = await syncOn();
    expect(second.statuses.get(eventId)).toBe('on-invite');
    expect(second.attached).not.toContain(eventId);
    expect(third.attached).not.toContain(eventId);
    expect(tenant.emulator.sentUpdates().length).toBe(sentBefore);
    const [after] = await getEventBodies(leaderGraph, [eventId]);
    expect(after?.content.match(/Add your topics/g)).toHaveLength(1);
  });
});

describe('an invite whose agenda block the leader removed in Outlook', () => {
  const HOUR_MS = 3_600_000;
  /** A device that never wrote this invite: its own (empty) store, its own clock. */
  const syncOnNewDevice = (now: Date) =>
    syncInviteAgendas({
      graph: leaderGraph,
      store: memoryKeyValueStore(),
      people,
      deployment: DEPLOYMENT,
      locale: 'en',
      now,
      days: 7,
    });
  const updateMailsFor = (eventId: string) =>
    tenant.emulator.sentUpdates().filter((update) => update.eventId === eventId && update.kind === 'update')
      .length;

  it('is written again automatically at most once in 24 hours, whichever device syncs', async () => {
    const first = await syncOnNewDevice(DEFAULT_TEST_NOW);
    // An occurrence auto-attach wrote (now or earlier in this file) that is still ahead a day later.
    const onInvite = [...first.statuses].filter(([, status]) => status === 'on-invite').map(([id]) => id);
    const startsAfterNextDay = async (eventId: string) => {
      const event = (await leaderGraph.run((client) =>
        client.api(`/me/events/${eventId}`).select('start').get(),
      )) as {
        start: { dateTime: string };
      };
      return Date.parse(`${event.start.dateTime}Z`) > DEFAULT_TEST_NOW.getTime() + 26 * HOUR_MS;
    };
    const bodies = await getEventBodies(leaderGraph, onInvite);
    const candidates = bodies.filter((body) => body.lastAppUpdate !== null);
    const later = await Promise.all(candidates.map((body) => startsAfterNextDay(body.eventId)));
    const written = candidates.find((_, index) => later[index]);
    if (!written) throw new Error('No invite the app wrote');
    const eventId = written.eventId;
    expect(Date.parse(written.lastAppUpdate ?? '')).toBeLessThanOrEqual(DEFAULT_TEST_NOW.getTime());

    // The leader deletes the block in Outlook (a save that is not the app's: the record stays).
    await leaderGraph.run((client) =>
      client.api(`/me/events/${eventId}`).patch({
        body: { contentType: 'html', content: removeInviteBlock(written.content, written.contentType) },
      }),
    );
    const mailsBefore = updateMailsFor(eventId);

    // Another device, an hour later: the invite has no block, but it was written automatically today.
    const anHourLater = await syncOnNewDevice(new Date(DEFAULT_TEST_NOW.getTime() + HOUR_MS));
    expect(anHourLater.statuses.get(eventId)).toBe('not-attached');
    expect(anHourLater.attached).not.toContain(eventId);
    expect(updateMailsFor(eventId)).toBe(mailsBefore);

    // A third device, the next day: the block comes back, with one update e-mail.
    const nextDay = await syncOnNewDevice(new Date(DEFAULT_TEST_NOW.getTime() + 25 * HOUR_MS));
    expect(nextDay.attached).toContain(eventId);
    expect(updateMailsFor(eventId)).toBe(mailsBefore + 1);
    const [after] = await getEventBodies(leaderGraph, [eventId]);
    expect(after?.content.match(/Add your topics/g)).toHaveLength(1);
    expect(after?.lastAppUpdate).toBe(new Date(DEFAULT_TEST_NOW.getTime() + 25 * HOUR_MS).toISOString());
  });
});
