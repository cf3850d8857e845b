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
 * 4. `invite-body-thread`: an attendee's event that holds only the short link still has Teams' join block in
 *    its body, whose "classic join link" and "Meeting options" link name the thread. This rule needs the
 *    bodies, which the calendar view does not carry, so it runs last and only on events whose link names no
 *    thread (`eventsWhoseInviteMayNameTheThread`).
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

/** The rules that read only the calendar view's fields, strongest first. */
export const MEETING_MATCH_RULES = ['thread-id', 'join-url', 'organizer-event-id'] as const;

type CalendarViewRule = (typeof MEETING_MATCH_RULES)[number];

export type MeetingMatchRule = CalendarViewRule | 'invite-body-thread';

/** At most one `$batch` of bodies: a window of two months holds few Teams meetings with a short link. */
export const MAX_INVITE_BODIES_READ = 20;

export interface MeetingMatch<E extends MeetingEventFacts> {
  rule: MeetingMatchRule;
  events: E[];
}

const MEETUP_JOIN_SEGMENT = /\/l\/meetup-join\/([^/?#]+)/;
const MEETUP_JOIN_SEGMENTS = /\/l\/meetup-join\/([^/?#"'<>\s]+)/gi;
// The meeting options link spells the thread `19_meeting_…@thread.v2` (an underscore for the colon).
const OPTIONS_THREAD_PARAMETERS = /[?&;]threadId=19_(meeting_[^&"'<>\s]+)/gi;
const MEETING_THREAD = /^19:meeting_[^/?#@\s]+@thread\.(?:v2|skype)$/;

/** The meeting thread (`19:meeting_…@thread.v2`) a classic join URL carries; null for a short link or any other URL. */
export function meetingThreadIdOfJoinUrl(joinUrl: string): string | null {
  // Only the path segment is decoded, so a malformed escape in the context does not hide the thread.
  const segment = MEETUP_JOIN_SEGMENT.exec(joinUrl)?.[1];
  const thread = segment ? fullyDecoded(segment) : null;
  return thread && MEETING_THREAD.test(thread) ? thread : null;
}

function matchesByRule(rule: CalendarViewRule, chat: MeetingChatInfo, event: MeetingEventFacts): boolean {
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

/** The meeting threads an invite body names: in its classic join links and its "Meeting options" link. */
export function meetingThreadIdsInInviteBody(body: string): Set<string> {
  const threads = new Set<string>();
  for (const [, segment] of body.matchAll(MEETUP_JOIN_SEGMENTS)) {
    const thread = fullyDecoded(segment ?? '');
    if (MEETING_THREAD.test(thread)) threads.add(thread);
  }
  for (const [, rest] of body.matchAll(OPTIONS_THREAD_PARAMETERS)) {
    const thread = `19:${fullyDecoded(rest ?? '')}`;
    if (MEETING_THREAD.test(thread)) threads.add(thread);
  }
  return threads;
}

/**
 * The events whose body rule 4 should read: one per Teams meeting whose join link names no thread (a short
 * link), since a series and its exceptions share one body's join block. At most MAX_INVITE_BODIES_READ.
 */
export function eventsWhoseInviteMayNameTheThread<E extends MeetingEventFacts>(events: readonly E[]): E[] {
  const byMeeting = new Map<string, E>();
  for (const event of events) {
    if (!event.joinUrl || meetingThreadIdOfJoinUrl(event.joinUrl) !== null) continue;
    const meeting = normalizeJoinUrl(event.joinUrl);
    if (!byMeeting.has(meeting)) byMeeting.set(meeting, event);
  }
  return [...byMeeting.values()].slice(0, MAX_INVITE_BODIES_READ);
}

/**
 * Rule 4: the events of the meeting whose invite body names the chat's thread, i.e. every event with the same
 * join link as a body that does; null when no body does.
 */
export function matchMeetingEventsByInviteBody<E extends MeetingEventFacts>(
  chat: MeetingChatInfo,
  events: readonly E[],
  bodies: readonly { eventId: string; content: string }[],
): MeetingMatch<E> | null {
  const namingEvents = new Set(
    bodies
      .filter((body) => meetingThreadIdsInInviteBody(body.content).has(chat.chatId))
      .map((b) => b.eventId),
  );
  const meetings = new Set(
    events.flatMap((event) =>
      namingEvents.has(event.id) && event.joinUrl ? [normalizeJoinUrl(event.joinUrl)] : [],
    ),
  );
  const matched = events.filter((event) => event.joinUrl && meetings.has(normalizeJoinUrl(event.joinUrl)));
  return matched.length > 0 ? { rule: 'invite-body-thread', events: matched } : null;
}
