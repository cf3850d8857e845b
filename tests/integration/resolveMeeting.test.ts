import { describe, expect, it } from 'vitest';
import type { SpaceRole } from '../../src/domain/space/spaceStamp';
import { resolveMeeting } from '../../src/services/meeting/resolveMeeting';
import { connectAs } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile();
const { claire, sophie, ethan, julie, priya } = SEED_PEOPLE;

interface EventJson {
  id: string;
  seriesMasterId?: string | null;
  onlineMeeting?: { joinUrl?: string } | null;
}

interface Row {
  label: string;
  user: string;
  meeting: string;
  expected:
    | { kind: 'one-on-one'; counterpart: string; myRole: SpaceRole; matchedBy: string; occurrenceKey: string }
    | { kind: 'not-found' }
    | { kind: 'not-one-on-one'; subject: string };
}

// The seed's new-style invites (Sophie's and Priya's 1:1s) hold Teams' short /meet/ link in the event, while
// their chat reports the classic link; the others hold the classic link on both sides.
const rows: Row[] = [
  {
    label: 'the organizer of a short-link meeting, by the event id the chat names',
    user: claire,
    meeting: 'Sophie / Claire 1:1',
    // This week's occurrence moved to Friday 11:00 in Toronto.
    expected: {
      kind: 'one-on-one',
      counterpart: sophie,
      myRole: 'leader',
      matchedBy: 'organizer-event-id',
      occurrenceKey: '2026-11-20T16:00:00.000Z',
    },
  },
  {
    label: "the attendee of a short-link meeting, by the thread her invite's classic join link names",
    user: sophie,
    meeting: 'Sophie / Claire 1:1',
    expected: {
      kind: 'one-on-one',
      counterpart: claire,
      myRole: 'employee',
      matchedBy: 'invite-body-thread',
      occurrenceKey: '2026-11-20T16:00:00.000Z',
    },
  },
  {
    label: 'the attendee of a short-link peer sync, by her invite too',
    user: priya,
    meeting: 'Claire / Priya: peer sync',
    expected: {
      kind: 'one-on-one',
      counterpart: claire,
      myRole: 'employee',
      matchedBy: 'invite-body-thread',
      occurrenceKey: '2026-11-26T21:00:00.000Z',
    },
  },
  {
    label: 'the organizer of a short-link peer sync (every 2 weeks: next week)',
    user: claire,
    meeting: 'Claire / Priya: peer sync',
    expected: {
      kind: 'one-on-one',
      counterpart: priya,
      myRole: 'leader',
      matchedBy: 'organizer-event-id',
      occurrenceKey: '2026-11-26T21:00:00.000Z',
    },
  },
  {
    label: 'the organizer of a classic-link meeting, by the thread in the join URL',
    user: claire,
    meeting: '1:1 Ethan / Claire',
    expected: {
      kind: 'one-on-one',
      counterpart: ethan,
      myRole: 'leader',
      matchedBy: 'thread-id',
      occurrenceKey: '2026-11-18T18:00:00.000Z',
    },
  },
  {
    label: 'the attendee of a classic-link meeting, by the thread too',
    user: ethan,
    meeting: '1:1 Ethan / Claire',
    expected: {
      kind: 'one-on-one',
      counterpart: claire,
      myRole: 'employee',
      matchedBy: 'thread-id',
      occurrenceKey: '2026-11-18T18:00:00.000Z',
    },
  },
  {
    label: 'a leader invited by her report, by the thread',
    user: claire,
    meeting: 'Julie / Claire weekly check-in',
    expected: {
      kind: 'one-on-one',
      counterpart: julie,
      myRole: 'leader',
      matchedBy: 'thread-id',
      occurrenceKey: '2026-11-20T14:30:00.000Z',
    },
  },
  {
    label: 'a group meeting is found, and is not a 1:1',
    user: claire,
    meeting: 'Digital Services team meeting',
    expected: { kind: 'not-one-on-one', subject: 'Digital Services team meeting' },
  },
];

describe('resolveMeeting on the demo tenant, where the chat and the event report different join URL forms', () => {
  it.each(rows)('$label', async ({ user, meeting, expected }) => {
    const chatId = tenant.emulator.chatIdForEvent(meeting);
    expect(chatId).toMatch(/^19:meeting_/);
    const resolved = await resolveMeeting(connectAs(tenant, user), chatId ?? '', DEFAULT_TEST_NOW);
    if (expected.kind !== 'one-on-one') {
      expect(resolved).toEqual(expected);
      return;
    }
    expect(resolved).toMatchObject({
      kind: 'one-on-one',
      participants: { counterpart: { email: expected.counterpart }, myRole: expected.myRole },
      matchedBy: expected.matchedBy,
      occurrenceKey: expected.occurrenceKey,
    });
    // The occurrence found is one of this meeting's, in the user's own mailbox.
    const eventId = resolved.kind === 'one-on-one' ? resolved.eventId : '';
    const found = (await (
      await tenant.fetchAs(user, `/me/events/${encodeURIComponent(eventId)}`)
    ).json()) as EventJson & { subject?: string };
    expect(found.subject).toBe(meeting);
  });

  it('says not found, instead of failing, when Graph refuses the chat (not a member) or does not know it', async () => {
    const chatId = tenant.emulator.chatIdForEvent('1:1 Ethan / Claire') ?? '';
    expect((await tenant.fetchAs(julie, `/chats/${encodeURIComponent(chatId)}`)).status).toBe(403);
    expect(await resolveMeeting(connectAs(tenant, julie), chatId, DEFAULT_TEST_NOW)).toEqual({
      kind: 'not-found',
    });
    const unknown = '19:meeting_bm90LWEtbWVldGluZw@thread.v2';
    expect((await tenant.fetchAs(claire, `/chats/${encodeURIComponent(unknown)}`)).status).toBe(404);
    expect(await resolveMeeting(connectAs(tenant, claire), unknown, DEFAULT_TEST_NOW)).toEqual({
      kind: 'not-found',
    });
  });

  it('keeps the short link in the event and the classic one in the chat, so URL equality alone finds nothing', async () => {
    const chatId = tenant.emulator.chatIdForEvent('Sophie / Claire 1:1') ?? '';
    const chat = (await (
      await tenant.fetchAs(claire, `/chats/${encodeURIComponent(chatId)}?$select=onlineMeetingInfo`)
    ).json()) as { onlineMeetingInfo: { joinWebUrl: string } };
    const events = (
      (await (await tenant.fetchAs(claire, '/me/events?$top=100')).json()) as {
        value: (EventJson & { subject: string })[];
      }
    ).value;
    const master = events.find((event) => event.subject === 'Sophie / Claire 1:1');
    expect(master?.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/meet\//);
    expect(chat.onlineMeetingInfo.joinWebUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  });

  it('finds a 1:1 the app scheduled through Graph (not created in Teams: no calendarEventId) by its thread', async () => {
    const response = await tenant.fetchAs(claire, '/me/events', {
      method: 'POST',
      body: JSON.stringify({
        subject: 'Claire / Marcus: catch-up',
        start: { dateTime: '2026-11-19T19:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-11-19T19:30:00', timeZone: 'UTC' },
        attendees: [{ type: 'required', emailAddress: { address: SEED_PEOPLE.marcus } }],
        isOnlineMeeting: true,
      }),
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as EventJson;
    const chatId = tenant.emulator.chatIdForEvent(created.id) ?? '';
    const chat = (await (await tenant.fetchAs(claire, `/chats/${encodeURIComponent(chatId)}`)).json()) as {
      onlineMeetingInfo: { calendarEventId: string | null };
    };
    expect(chat.onlineMeetingInfo.calendarEventId).toBeNull();
    const resolved = await resolveMeeting(connectAs(tenant, claire), chatId, DEFAULT_TEST_NOW);
    expect(resolved).toMatchObject({
      kind: 'one-on-one',
      eventId: created.id,
      matchedBy: 'thread-id',
      occurrenceKey: '2026-11-19T19:00:00.000Z',
    });
  });
});
