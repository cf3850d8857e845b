import { detectOneOnOnes } from '../../domain/detectOneOnOnes';
import { normalizeJoinUrl } from '../../domain/normalizeJoinUrl';
import { nextHeldOccurrence } from '../../domain/space/agendaForOccurrence';
import { occurrenceKeyFromStart } from '../../domain/space/occurrenceKey';
import { roleInPair } from '../../domain/space/roleInPair';
import { listCalendarView } from '../../graph/calendar';
import type { GraphConnection } from '../../graph/createGraphClient';
import { getMeetingJoinUrl } from '../../graph/meetingChat';
import { getPeopleAroundMe } from '../../graph/people';
import type { AgendaParticipants } from '../agenda/agendaSession';

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
    }
  | { kind: 'not-one-on-one'; subject: string }
  | { kind: 'not-found' };

/**
 * From the Teams meeting the app is open in to its calendar occurrence: the chat's join URL matched against the
 * user's calendarView (normalized URLs; a recurring series shares one URL, so the occurrence in progress or
 * next wins). The chat, the calendar and the people are read in parallel: one round trip.
 */
export async function resolveMeeting(
  graph: GraphConnection,
  chatId: string,
  now: Date,
): Promise<ResolvedMeeting> {
  const window = {
    start: new Date(now.getTime() - LOOK_BACK_DAYS * DAY_MS).toISOString(),
    end: new Date(now.getTime() + LOOK_AHEAD_DAYS * DAY_MS).toISOString(),
  };
  const [joinUrl, calendar, people] = await Promise.all([
    getMeetingJoinUrl(graph, chatId),
    listCalendarView(graph, window),
    getPeopleAroundMe(graph),
  ]);
  if (!joinUrl) return { kind: 'not-found' };
  const wanted = normalizeJoinUrl(joinUrl);
  const events = calendar.events.filter(
    (e) => e.joinUrl && normalizeJoinUrl(e.joinUrl) === wanted && !e.isCancelled,
  );
  if (events.length === 0) return { kind: 'not-found' };
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
  };
}
