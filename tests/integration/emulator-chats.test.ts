import type { Event } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile();

const { claire, daniel, sophie, priya, marcus } = SEED_PEOPLE;
const DANIEL_1ON1 = 'Daniel / Claire weekly 1:1';
const SOPHIE_1ON1 = 'Sophie / Claire 1:1';
type EventJson = Event & { id: string };

interface ChatJson {
  id?: string;
  chatType?: string;
  topic?: string;
  onlineMeetingInfo?: { calendarEventId: string | null; joinWebUrl: string; organizer: { id: string } };
}

async function eventsOf(user: string): Promise<EventJson[]> {
  return ((await (await tenant.fetchAs(user, '/me/events?$top=100')).json()) as { value: EventJson[] }).value;
}

function chatPath(chatId: string, query = ''): string {
  return `/chats/${encodeURIComponent(chatId)}${query}`;
}

/** The thread as a classic join link spells it: `19%3ameeting_…%40thread.v2` (lower-case escapes). */
function threadInLink(chatId: string): string {
  return encodeURIComponent(chatId).replace(/%[0-9A-F]{2}/g, (sequence) => sequence.toLowerCase());
}

describe('meeting chats', () => {
  it("maps a Teams meeting's chat to its calendar event, for the organizer and the attendee", async () => {
    const master = (await eventsOf(claire)).find((event) => event.subject === DANIEL_1ON1);
    const chatId = tenant.emulator.chatIdForEvent(DANIEL_1ON1);
    expect(chatId).toMatch(/^19:meeting_[A-Za-z0-9+/=]+@thread\.v2$/);
    // The chat id is the meeting's thread, as the join URL carries it.
    expect(master?.onlineMeeting?.joinUrl).toContain(threadInLink(chatId ?? ''));

    for (const user of [claire, daniel]) {
      const response = await tenant.fetchAs(user, chatPath(chatId ?? '', '?$select=onlineMeetingInfo'));
      expect(response.status).toBe(200);
      const chat = (await response.json()) as ChatJson & Record<string, unknown>;
      expect(Object.keys(chat).sort()).toEqual(['@odata.context', 'onlineMeetingInfo']);
      expect(chat.onlineMeetingInfo).toEqual({
        // Scheduled in Outlook: Teams does not know the calendar event.
        calendarEventId: null,
        joinWebUrl: master?.onlineMeeting?.joinUrl,
        organizer: { id: tenant.emulator.listUsers()[0]?.id, displayName: null, userIdentityType: 'aadUser' },
      });
    }
    const full = (await (
      await tenant.fetchAs(daniel, `/me/chats/${encodeURIComponent(chatId ?? '')}`)
    ).json()) as ChatJson;
    expect(full).toMatchObject({ id: chatId, chatType: 'meeting', topic: DANIEL_1ON1 });
  });

  it("reports the classic link and the organizer's event id for a meeting whose event holds Teams' short link", async () => {
    const master = (await eventsOf(claire)).find((event) => event.subject === SOPHIE_1ON1);
    const copy = (await eventsOf(sophie)).find((event) => event.subject === SOPHIE_1ON1);
    expect(master?.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/meet\/\d+\?p=\w+$/);
    expect(copy?.onlineMeeting?.joinUrl).toBe(master?.onlineMeeting?.joinUrl);
    const chatId = tenant.emulator.chatIdForEvent(SOPHIE_1ON1) ?? '';
    expect(chatId).toMatch(/^19:meeting_[A-Za-z0-9+/=]+@thread\.v2$/);

    for (const user of [claire, sophie]) {
      const chat = (await (
        await tenant.fetchAs(user, chatPath(chatId, '?$select=onlineMeetingInfo'))
      ).json()) as ChatJson;
      // The chat's link is the classic one, which carries the chat's thread; the event's short link does not.
      expect(chat.onlineMeetingInfo?.joinWebUrl).toBe(
        `https://teams.microsoft.com/l/meetup-join/${threadInLink(chatId)}/0?context=%7b%22Tid%22%3a%228f1c6a4e-2b7d-4c1e-9a53-6d0e7b2f4c18%22%2c%22Oid%22%3a%22${tenant.emulator.listUsers()[0]?.id}%22%7d`,
      );
      // Created in Teams: the organizer's series master, whoever asks.
      expect(chat.onlineMeetingInfo?.calendarEventId).toBe(master?.id);
    }
    // The invite's "classic join link" is the chat's link.
    const body = (await (
      await tenant.fetchAs(claire, `/me/events/${master?.id}?$select=body`)
    ).json()) as EventJson;
    expect(body.body?.content).toContain(
      `href="https://teams.microsoft.com/l/meetup-join/${threadInLink(chatId)}/0?`,
    );
    // The attendee's copy has its own id: the organizer's event id names nothing in her mailbox.
    expect(copy?.id).not.toBe(master?.id);
    expect((await tenant.fetchAs(sophie, `/me/events/${master?.id}`)).status).toBe(404);
  });

  it('answers 403 to someone who is not in the meeting and 404 for an unknown chat', async () => {
    const chatId = tenant.emulator.chatIdForEvent(DANIEL_1ON1) ?? '';
    const outsider = await tenant.fetchAs(priya, chatPath(chatId));
    expect(outsider.status).toBe(403);
    expect(((await outsider.json()) as { error: { code: string } }).error.code).toBe('Forbidden');
    const marcusChat = tenant.emulator.chatIdForEvent('Marcus / Claire 1:1') ?? '';
    expect((await tenant.fetchAs(daniel, chatPath(marcusChat))).status).toBe(403);
    expect((await tenant.fetchAs(marcus, chatPath(marcusChat))).status).toBe(200);
    expect((await tenant.fetchAs(claire, chatPath('19:meeting_unknown@thread.v2'))).status).toBe(404);
  });

  it("finds the chat from the attendee's copy or an occurrence, and gives none for an event without a meeting", async () => {
    const expected = tenant.emulator.chatIdForEvent(DANIEL_1ON1);
    const copy = (await eventsOf(daniel)).find((event) => event.subject === DANIEL_1ON1);
    expect(tenant.emulator.chatIdForEvent(copy?.id ?? '')).toBe(expected);
    const view = (await (
      await tenant.fetchAs(
        daniel,
        '/me/calendarView?startDateTime=2026-11-16T00:00:00Z&endDateTime=2026-11-23T00:00:00Z',
      )
    ).json()) as { value: EventJson[] };
    const occurrence = view.value.find((event) => event.subject === DANIEL_1ON1);
    expect(tenant.emulator.chatIdForEvent(occurrence?.id ?? '')).toBe(expected);
    // Different meetings, different chats.
    expect(tenant.emulator.chatIdForEvent('1:1 Ethan / Claire')).not.toBe(expected);
    expect(tenant.emulator.chatIdForEvent('Physio appointment')).toBeNull();
  });

  it('gives a meeting created with isOnlineMeeting its chat', async () => {
    const created = (await (
      await tenant.fetchAs(claire, '/me/events', {
        method: 'POST',
        body: JSON.stringify({
          subject: 'Ad-hoc 1:1',
          start: { dateTime: '2026-11-20T15:00:00', timeZone: 'UTC' },
          end: { dateTime: '2026-11-20T15:30:00', timeZone: 'UTC' },
          attendees: [{ emailAddress: { address: daniel } }],
          isOnlineMeeting: true,
        }),
      })
    ).json()) as EventJson;
    const chatId = tenant.emulator.chatIdForEvent(created.id) ?? '';
    const chat = (await (await tenant.fetchAs(daniel, chatPath(chatId))).json()) as ChatJson;
    // Created through Graph, not in Teams: calendarEventId stays null (microsoft-graph-docs-contrib#2393).
    expect(chat.onlineMeetingInfo).toMatchObject({
      calendarEventId: null,
      joinWebUrl: created.onlineMeeting?.joinUrl,
    });
    expect((await tenant.fetchAs(priya, chatPath(chatId))).status).toBe(403);
  });

  it('applies injected faults to chats too', async () => {
    tenant.emulator.faults.enqueue({ status: 429, retryAfterSeconds: 1, match: '/chats/' });
    const chatId = tenant.emulator.chatIdForEvent(DANIEL_1ON1) ?? '';
    expect((await tenant.fetchAs(daniel, chatPath(chatId))).status).toBe(429);
    expect((await tenant.fetchAs(daniel, chatPath(chatId))).status).toBe(200);
  });
});
