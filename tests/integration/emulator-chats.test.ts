import type { Event } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile();

const { claire, daniel, priya, marcus } = SEED_PEOPLE;
const DANIEL_1ON1 = 'Daniel / Claire weekly 1:1';
type EventJson = Event & { id: string };

interface ChatJson {
  id?: string;
  chatType?: string;
  topic?: string;
  onlineMeetingInfo?: { calendarEventId: string; joinWebUrl: string; organizer: { id: string } };
}

async function eventsOf(user: string): Promise<EventJson[]> {
  return ((await (await tenant.fetchAs(user, '/me/events?$top=100')).json()) as { value: EventJson[] }).value;
}

function chatPath(chatId: string, query = ''): string {
  return `/chats/${encodeURIComponent(chatId)}${query}`;
}

describe('meeting chats', () => {
  it("maps a Teams meeting's chat to its calendar event, for the organizer and the attendee", async () => {
    const master = (await eventsOf(claire)).find((event) => event.subject === DANIEL_1ON1);
    const chatId = tenant.emulator.chatIdForEvent(DANIEL_1ON1);
    expect(chatId).toMatch(/^19:meeting_[A-Za-z0-9+/=]+@thread\.v2$/);
    // The chat id is the meeting's thread, as the join URL carries it.
    expect(master?.onlineMeeting?.joinUrl).toContain(encodeURIComponent(chatId ?? '').replace(/%3A/g, '%3a'));

    for (const user of [claire, daniel]) {
      const response = await tenant.fetchAs(user, chatPath(chatId ?? '', '?$select=onlineMeetingInfo'));
      expect(response.status).toBe(200);
      const chat = (await response.json()) as ChatJson & Record<string, unknown>;
      expect(Object.keys(chat).sort()).toEqual(['@odata.context', 'onlineMeetingInfo']);
      expect(chat.onlineMeetingInfo).toMatchObject({
        calendarEventId: master?.id,
        joinWebUrl: master?.onlineMeeting?.joinUrl,
        organizer: { id: tenant.emulator.listUsers()[0]?.id },
      });
    }
    const full = (await (
      await tenant.fetchAs(daniel, `/me/chats/${encodeURIComponent(chatId ?? '')}`)
    ).json()) as ChatJson;
    expect(full).toMatchObject({ id: chatId, chatType: 'meeting', topic: DANIEL_1ON1 });
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
    expect(chat.onlineMeetingInfo).toMatchObject({
      calendarEventId: created.id,
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
