/**
 * Every Teams meeting has a chat. Its id is the meeting's thread (`19:meeting_...@thread.v2`), which the
 * classic join URL carries; for other join URLs the demo derives a stable one. Members are the organizer
 * and the tenant's attendees. `onlineMeetingInfo.calendarEventId` names the organizer's event (series
 * master or single event), which an attendee cannot open in their own mailbox: match on `joinWebUrl`.
 */

import { findMailboxItem } from '../calendar/mailboxInstances';
import { DEMO_TENANT_ID } from '../calendar/teamsMeeting';
import { findUserByEmail } from '../mailbox/directory';
import { mailboxEventsFor } from '../mailbox/mailboxEvents';
import { defaultICalUId } from '../recurrence/occurrenceIds';
import type { DemoSeedEvent, DemoSeedUser } from '../seed/demoSeed.types';
import { storedEventKind } from '../seed/storedEventKind';
import type { EmulatorState } from '../state/stateStore';
import { stableGuid } from '../util/stableHash';

export interface MeetingChat {
  id: string;
  joinWebUrl: string;
  tenantId: string;
  /** The organizer's single event or series master. */
  event: DemoSeedEvent;
  organizer: DemoSeedUser;
  members: DemoSeedUser[];
}

const MEETUP_JOIN = /\/l\/meetup-join\/([^/?#]+)/i;

export function chatIdForJoinUrl(joinUrl: string): string {
  const encoded = MEETUP_JOIN.exec(joinUrl)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // Falls through to a derived id.
    }
  }
  return `19:meeting_${btoa(stableGuid(joinUrl).toLowerCase())}@thread.v2`;
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
    const joinWebUrl = event.onlineMeeting?.joinUrl ?? event.onlineMeetingUrl;
    const organizer = state.users.find((user) => user.id === event.mailbox);
    if (!joinWebUrl || !organizer || storedEventKind(event) === 'exception') return [];
    const attendees = (event.attendees ?? [])
      .filter((attendee) => attendee.type !== 'resource')
      .flatMap((attendee) => findUserByEmail(state.users, attendee.emailAddress?.address) ?? []);
    const members = [organizer, ...attendees.filter((user) => user.id !== organizer.id)];
    return [
      {
        id: chatIdForJoinUrl(joinWebUrl),
        joinWebUrl,
        tenantId: tenantIdOf(joinWebUrl),
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
