import type { CalendarEvent } from '../../domain/calendarEvent';
import { detectOneOnOnes } from '../../domain/detectOneOnOnes';
import {
  eventsWhoseInviteMayNameTheThread,
  type MeetingChatInfo,
  type MeetingMatch,
  type MeetingMatchRule,
  matchMeetingEvents,
  matchMeetingEventsByInviteBody,
} from '../../domain/meetingMatch';
import { nextHeldOccurrence } from '../../domain/space/agendaForOccurrence';
import { occurrenceKeyFromStart } from '../../domain/space/occurrenceKey';
import { roleInPair } from '../../domain/space/roleInPair';
import type { GraphConnection } from '../../graph/createGraphClient';
import { getEventBodies } from '../../graph/eventBody';
import { GraphRequestError } from '../../graph/graphRequestError';
import { getMeetingChatInfo } from '../../graph/meetingChat';
import type { AgendaParticipants } from '../agenda/agendaSession';
import {
  type CalendarAroundMe,
  narrowToWindow,
  readCalendarAroundMe,
  type TimeWindow,
} from '../agenda/calendarAroundMe';

const DAY_MS = 86_400_000;
/** A details tab may be opened weeks before the meeting; the side panel during it. */
const LOOK_BACK_DAYS = 1;
const LOOK_AHEAD_DAYS = 60;

export type ResolvedMeeting =
  | {
      kind: 'one-on-one';
      participants: AgendaParticipants;
      eventId: string;
      occurrenceKey: string;
      subject: string | null;
      /** Which rule of meetingMatch.ts tied the chat to the calendar. */
      matchedBy: MeetingMatchRule;
    }
  | { kind: 'not-one-on-one'; subject: string }
  | { kind: 'not-found' };

/** The window a meeting is looked for in. */
export function meetingLookupWindow(now: Date): TimeWindow {
  return {
    start: new Date(now.getTime() - LOOK_BACK_DAYS * DAY_MS).toISOString(),
    end: new Date(now.getTime() + LOOK_AHEAD_DAYS * DAY_MS).toISOString(),
  };
}

/**
 * From the Teams meeting the app is open in to its calendar occurrence: the chat matched against the user's
 * calendarView by the rules of meetingMatch.ts (thread id, then join URL, then the organizer's event id, then
 * the thread named in the invite body of an event that only holds a short /meet/ link). A recurring series
 * shares one meeting, so the occurrence in progress or next wins. 'not-found' when no rule matches. The chat,
 * the calendar and the people are read in parallel: one round trip, and a second one ($batch of bodies) only
 * when the first three rules find nothing. A caller that already reads people and a calendar window covering
 * the lookup window passes its read instead.
 */
export async function resolveMeeting(
  graph: GraphConnection,
  chatId: string,
  now: Date,
  aroundMe?: Promise<CalendarAroundMe>,
): Promise<ResolvedMeeting> {
  const window = meetingLookupWindow(now);
  const [chat, around] = await Promise.all([
    readableChat(graph, chatId),
    aroundMe ? aroundMe.then((read) => narrowToWindow(read, window)) : readCalendarAroundMe(graph, window),
  ]);
  if (!chat) return { kind: 'not-found' };
  const { people } = around;
  const held = around.events.filter((e) => !e.isCancelled);
  const match = matchMeetingEvents(chat, held) ?? (await matchByInviteBodies(graph, chat, held));
  if (!match) return { kind: 'not-found' };
  const { events } = match;
  const series = detectOneOnOnes(events, people);
  const candidates = series.flatMap((s) =>
    s.occurrences.flatMap((o) => {
      const key = occurrenceKeyFromStart(o.start);
      return key
        ? [
            {
              key,
              start: key,
              end: new Date(o.end).toISOString(),
              isCancelled: false,
              series: s,
              occurrence: o,
            },
          ]
        : [];
    }),
  );
  const current = nextHeldOccurrence(candidates, now);
  if (!current) {
    const subject = events.find((e) => e.end > now.toISOString())?.subject ?? events[0]?.subject ?? '';
    return { kind: 'not-one-on-one', subject };
  }
  return {
    kind: 'one-on-one',
    participants: {
      me: people.me,
      counterpart: { email: current.series.counterpart.email, name: current.series.counterpart.name },
      myRole: roleInPair(current.series.counterpart.relation, current.occurrence.isOrganizer),
    },
    eventId: current.occurrence.eventId,
    occurrenceKey: current.key,
    subject: current.series.subject,
    matchedBy: match.rule,
  };
}

/**
 * The chat, or null when Graph refuses it (403: not a member, or the chat is not one the user can read; 404:
 * gone): nothing ties such a meeting to the calendar, so the panel says "not found" and offers My 1:1s instead
 * of an error. Any other failure (offline, throttled) is thrown, to be retried.
 */
async function readableChat(graph: GraphConnection, chatId: string): Promise<MeetingChatInfo | null> {
  try {
    return await getMeetingChatInfo(graph, chatId);
  } catch (error) {
    if (error instanceof GraphRequestError && (error.kind === 'forbidden' || error.kind === 'not-found')) {
      return null;
    }
    throw error;
  }
}

/** Rule 4 of meetingMatch.ts: reads the bodies of the events whose link names no thread. */
async function matchByInviteBodies(
  graph: GraphConnection,
  chat: MeetingChatInfo,
  events: readonly CalendarEvent[],
): Promise<MeetingMatch<CalendarEvent> | null> {
  const candidates = eventsWhoseInviteMayNameTheThread(events);
  if (candidates.length === 0) return null;
  const bodies = await getEventBodies(
    graph,
    candidates.map((event) => event.id),
  );
  return matchMeetingEventsByInviteBody(chat, events, bodies);
}
