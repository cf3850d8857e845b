/**
 * Which calendar events a Teams meeting chat belongs to. A join URL alone is not a stable key: Teams now issues
 * short `https://teams.microsoft.com/meet/<id>?p=<passcode>` links that carry no thread id, and the chat and the
 * event may report different forms of the same meeting. So the rules below are tried in this order, and the
 * first that matches any event decides (a weaker rule never adds events to a stronger one's answer):
 *
 * 1. `thread-id`: the event's classic join URL (`/l/meetup-join/19%3ameeting_…%40thread.v2/…`) carries the
 *    meeting's thread, which is the chat's id.
 * 2. `join-url`: the event's and the chat's join URLs are the same link once decoded (two short links, or two
 *    spellings of one link).
 * 3. `organizer-event-id`: the chat's `calendarEventId` is the organizer's event (single event or series
 *    master), so it only names an event of mine when I am the organizer; Teams fills it only for meetings
 *    created in Teams.
 *
 * Nothing else is stable: when no rule matches, the answer is "no match", never a guess by time or subject.
 * Only an event that still is a Teams meeting (has a join URL) can match: once an organizer removes the Teams
 * meeting from an invite, its chat lives on, but the event is no longer this meeting.
 */
import type { CalendarEvent } from './calendarEvent';
import { fullyDecoded, normalizeJoinUrl } from './normalizeJoinUrl';

/** What a meeting chat says of its meeting (`GET /chats/{id}` and its `onlineMeetingInfo`). */
export interface MeetingChatInfo {
  /** The chat's id, as the Teams context gives it: `19:meeting_…@thread.v2` for a meeting chat. */
  chatId: string;
  joinWebUrl: string | null;
  /** The organizer's event id; null unless the meeting was created in Teams. */
  calendarEventId: string | null;
}

/** What the rules read of a calendar event. */
export type MeetingEventFacts = Pick<CalendarEvent, 'id' | 'seriesMasterId' | 'isOrganizer' | 'joinUrl'>;

/** The rules, strongest first. */
export const MEETING_MATCH_RULES = ['thread-id', 'join-url', 'organizer-event-id'] as const;

export type MeetingMatchRule = (typeof MEETING_MATCH_RULES)[number];

export interface MeetingMatch<E extends MeetingEventFacts> {
  rule: MeetingMatchRule;
  events: E[];
}

const MEETUP_JOIN_SEGMENT = /\/l\/meetup-join\/([^/?#]+)/;
const MEETING_THREAD = /^19:meeting_[^/?#@\s]+@thread\.(?:v2|skype)$/;

/** The meeting thread (`19:meeting_…@thread.v2`) a classic join URL carries; null for a short link or any other URL. */
export function meetingThreadIdOfJoinUrl(joinUrl: string): string | null {
  // Only the path segment is decoded, so a malformed escape in the context does not hide the thread.
  const segment = MEETUP_JOIN_SEGMENT.exec(joinUrl)?.[1];
  const thread = segment ? fullyDecoded(segment) : null;
  return thread && MEETING_THREAD.test(thread) ? thread : null;
}

function matchesByRule(rule: MeetingMatchRule, chat: MeetingChatInfo, event: MeetingEventFacts): boolean {
  const joinUrl = event.joinUrl;
  if (!joinUrl) return false;
  switch (rule) {
    case 'thread-id':
      return meetingThreadIdOfJoinUrl(joinUrl) === chat.chatId;
    case 'join-url':
      return chat.joinWebUrl !== null && normalizeJoinUrl(joinUrl) === normalizeJoinUrl(chat.joinWebUrl);
    case 'organizer-event-id':
      return (
        chat.calendarEventId !== null &&
        event.isOrganizer &&
        (event.id === chat.calendarEventId || event.seriesMasterId === chat.calendarEventId)
      );
  }
}

/** The events that belong to the chat's meeting, with the rule that found them; null when none does. */
export function matchMeetingEvents<E extends MeetingEventFacts>(
  chat: MeetingChatInfo,
  events: readonly E[],
): MeetingMatch<E> | null {
  for (const rule of MEETING_MATCH_RULES) {
    const matched = events.filter((event) => matchesByRule(rule, chat, event));
    if (matched.length > 0) return { rule, events: matched };
  }
  return null;
}
