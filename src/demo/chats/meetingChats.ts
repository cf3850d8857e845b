/**
 * Every Teams meeting has a chat. Its id is the meeting's thread (`19:meeting_...@thread.v2`), which the
 * classic join URL carries; an event that only holds Teams' short `/meet/` link names no thread, so the demo
 * derives a stable one from that link (standing in for Teams' own record of the meeting). Members are the
 * organizer and the tenant's attendees.
 *
 * The chat and the event report different forms of one meeting, as they may in Microsoft 365: the chat's
 * `joinWebUrl` is always the classic link of its thread, while the event holds whichever link Exchange
 * stored (classic for older meetings, short for newer ones). `calendarEventId` names the organizer's event
 * (series master or single event) only for a meeting created in Teams, and is null otherwise (meetings
 * scheduled in Outlook or created through POST /events). The demo treats a meeting whose event holds the
 * short link as created in the Teams calendar, and every other one as scheduled elsewhere.
 */

import { meetingThreadIdOfJoinUrl } from '../../domain/meetingMatch';
import { findMailboxItem } from '../calendar/mailboxInstances';
import { classicJoinUrl, DEMO_TENANT_ID, isShortJoinUrl } from '../calendar/teamsMeeting';
import { findUserByEmail } from '../mailbox/directory';
import { mailboxEventsFor } from '../mailbox/mailboxEvents';
import { defaultICalUId } from '../recurrence/occurrenceIds';
import type { DemoSeedEvent, DemoSeedUser } from '../seed/demoSeed.types';
import { storedEventKind } from '../seed/storedEventKind';
import type { EmulatorState } from '../state/stateStore';
import { stableGuid } from '../util/stableHash';

export interface MeetingChat {
  id: string;
  /** What the chat reports: the classic link of its thread, whichever link the event holds. */
  joinWebUrl: string;
  /** The organizer's event id for a meeting created in Teams; null otherwise. */
  calendarEventId: string | null;
  tenantId: string;
  /** The organizer's single event or series master. */
  event: DemoSeedEvent;
  organizer: DemoSeedUser;
  members: DemoSeedUser[];
}

export function chatIdForJoinUrl(joinUrl: string): string {
  return (
    meetingThreadIdOfJoinUrl(joinUrl) ?? `19:meeting_${btoa(stableGuid(joinUrl).toLowerCase())}@thread.v2`
  );
}

function tenantIdOf(joinUrl: string): string {
  try {
    const context = new URL(joinUrl).searchParams.get('context');
    const tid = context ? (JSON.parse(context) as { Tid?: unknown }).Tid : undefined;
    return typeof tid === 'string' ? tid : DEMO_TENANT_ID;
  } catch {
    return DEMO_TENANT_ID;
  }
}

export function meetingChats(state: EmulatorState): MeetingChat[] {
  return state.events.flatMap((event) => {
    const eventJoinUrl = event.onlineMeeting?.joinUrl ?? event.onlineMeetingUrl;
    const organizer = state.users.find((user) => user.id === event.mailbox);
    if (!eventJoinUrl || !organizer || storedEventKind(event) === 'exception') return [];
    const id = chatIdForJoinUrl(eventJoinUrl);
    const tenantId = tenantIdOf(eventJoinUrl);
    // The event holds the short link: the chat reports the classic one, and the meeting was created in Teams.
    const holdsShortLink = isShortJoinUrl(eventJoinUrl);
    const attendees = (event.attendees ?? [])
      .filter((attendee) => attendee.type !== 'resource')
      .flatMap((attendee) => findUserByEmail(state.users, attendee.emailAddress?.address) ?? []);
    const members = [organizer, ...attendees.filter((user) => user.id !== organizer.id)];
    return [
      {
        id,
        joinWebUrl: holdsShortLink ? classicJoinUrl(id, organizer.id, tenantId) : eventJoinUrl,
        calendarEventId: holdsShortLink ? event.id : null,
        tenantId,
        event,
        organizer,
        members,
      },
    ];
  });
}

export function findMeetingChat(state: EmulatorState, chatId: string): MeetingChat | undefined {
  return meetingChats(state).find((chat) => chat.id === chatId);
}

function seriesICalUId(event: DemoSeedEvent): string {
  return event.iCalUId ?? defaultICalUId(event.seriesMasterId ?? event.id);
}

/**
 * For tests: the chat of the meeting that any user's item `idOrSubject` belongs to (an organizer's or an
 * attendee's id, an occurrence or exception id), or of the organizer's meeting with that subject.
 */
export function chatIdForEvent(state: EmulatorState, idOrSubject: string): string | null {
  const chats = meetingChats(state);
  const bySubject = chats.find((chat) => chat.event.subject === idOrSubject);
  if (bySubject) return bySubject.id;
  for (const user of state.users) {
    const found = findMailboxItem(mailboxEventsFor(state, user), idOrSubject, 'UTC');
    if (!found) continue;
    // All copies and instances of a meeting share the series' iCalUId.
    const uid = seriesICalUId(found.item.event);
    const chat = chats.find((candidate) => seriesICalUId(candidate.event) === uid);
    return chat?.id ?? null;
  }
  return null;
}
