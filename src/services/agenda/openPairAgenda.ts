import type { SpaceReference } from '../../domain/space/spaceReference';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import { type AgendaParticipants, type AgendaSession, openAgendaSession } from './agendaSession';
import type { CalendarAroundMe } from './calendarAroundMe';
import { loadPairOccurrences, type PairOccurrence } from './loadPairOccurrences';
import type { PairSpaceStore } from './pairSpaceStore';
import { type MeetingTabSource, spaceReferenceFromMeetingChats } from './spaceReferenceFromMeetingChats';

export interface OpenedPairAgenda {
  session: AgendaSession;
  occurrences: PairOccurrence[];
}

export interface OpenPairAgendaOptions {
  graph: GraphConnection;
  store: KeyValueStore;
  counterpartEmail: string;
  /** Who is who, when the caller already knows (from the list): the documents are then read in parallel. */
  known?: AgendaParticipants | null;
  reference?: SpaceReference | null;
  /** Where the employee's side also looks for the space: the agenda tab of the pair's meeting chats. */
  meetingTabs?: MeetingTabSource | null;
  /** People and a calendar read covering the pair's window, when the caller has one under way. */
  calendarAroundMe?: Promise<CalendarAroundMe>;
  now?: () => Date;
  /** Where the deployment keeps the pairs' spaces (the leader's OneDrive unless a library is configured). */
  spaces?: PairSpaceStore;
}

/**
 * Opens a pair's agenda: their occurrences from the calendar and the space documents from OneDrive (or the
 * organisation's library, per `spaces`).
 * With the participants known, both start at once, so the agenda shows after two sequential round trips.
 */
export async function openPairAgenda(options: OpenPairAgendaOptions): Promise<OpenedPairAgenda> {
  const now = options.now ?? (() => new Date());
  const calendar = loadPairOccurrences(
    options.graph,
    options.counterpartEmail,
    now(),
    options.calendarAroundMe,
  );
  const upcoming = async () =>
    (await calendar).occurrences.filter((o) => o.end > now().toISOString() && !o.isCancelled);
  const upcomingEventIds = async () => (await upcoming()).map((o) => o.eventId);
  const { meetingTabs } = options;
  const referenceInMeetingChats = meetingTabs
    ? async () =>
        spaceReferenceFromMeetingChats(
          meetingTabs,
          (await upcoming()).map((o) => o.joinUrl),
        )
    : undefined;
  const participants: AgendaParticipants =
    options.known ??
    (await calendar.then(({ people, counterpart, myRole }) => ({ me: people.me, counterpart, myRole })));
  const [session, { occurrences }] = await Promise.all([
    openAgendaSession({
      graph: options.graph,
      store: options.store,
      participants,
      upcomingEventIds,
      referenceInMeetingChats,
      reference: options.reference ?? null,
      now,
      spaces: options.spaces,
    }),
    calendar,
  ]);
  return { session, occurrences };
}
