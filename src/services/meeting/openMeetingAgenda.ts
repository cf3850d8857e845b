import type { SpaceReference } from '../../domain/space/spaceReference';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { AgendaParticipants } from '../agenda/agendaSession';
import { type CalendarAroundMe, readCalendarAroundMe, windowCovering } from '../agenda/calendarAroundMe';
import { pairCalendarWindow } from '../agenda/loadPairOccurrences';
import { type OpenedPairAgenda, openPairAgenda } from '../agenda/openPairAgenda';
import type { PairSpaceStore } from '../agenda/pairSpaceStore';
import { recallMeetingParticipants, rememberMeetingParticipants } from './rememberedMeetingParticipants';
import { meetingLookupWindow, type ResolvedMeeting, resolveMeeting } from './resolveMeeting';

export interface MeetingAgendaOpener {
  resolve(): Promise<ResolvedMeeting>;
  openAgenda(participants: AgendaParticipants): Promise<OpenedPairAgenda>;
}

export interface MeetingAgendaOptions {
  graph: GraphConnection;
  store: KeyValueStore;
  chatId: string | null;
  /** The signed-in user's id from the host: what a remembered pair is kept under, so no one else's is used. */
  userId: string | null;
  reference: SpaceReference | null;
  now?: () => Date;
  /** Where the deployment keeps the pairs' spaces (the leader's OneDrive unless a library is configured). */
  spaces?: PairSpaceStore;
}

const sameParticipants = (a: AgendaParticipants, b: AgendaParticipants) =>
  a.me.id === b.me.id && a.counterpart.email === b.counterpart.email && a.myRole === b.myRole;

/**
 * A meeting's chat belongs to one 1:1 series for good, so the pair found the last time the panel opened in
 * this chat is known before Graph answers: their agenda is opened at once, beside the meeting lookup, instead
 * of after it (one round trip less). The lookup still decides: a pair that no longer matches is dropped and
 * the right one opened.
 *
 * People and the calendar are read once, over a window covering both the meeting lookup and the pair's
 * agenda, and shared by the two; the lookup starts here too, not when the panel first renders.
 */
export function openMeetingAgenda(options: MeetingAgendaOptions): MeetingAgendaOpener {
  const { graph, store, chatId, userId, reference } = options;
  const now = options.now ?? (() => new Date());
  let aroundMe: Promise<CalendarAroundMe> | null = null;
  const readAroundMe = () => {
    if (!aroundMe) {
      const at = now();
      const read = readCalendarAroundMe(
        graph,
        windowCovering(meetingLookupWindow(at), pairCalendarWindow(at)),
      );
      aroundMe = read;
      // A failed read is not kept: the retry reads again.
      read.catch(() => {
        if (aroundMe === read) aroundMe = null;
      });
    }
    return aroundMe;
  };
  const open = (participants: AgendaParticipants) =>
    openPairAgenda({
      graph,
      store,
      counterpartEmail: participants.counterpart.email,
      known: participants,
      reference,
      calendarAroundMe: readAroundMe(),
      now,
      spaces: options.spaces,
    });
  const lookUp = async (): Promise<ResolvedMeeting> => {
    if (!chatId) return { kind: 'not-found' };
    const meeting = await resolveMeeting(graph, chatId, now(), readAroundMe());
    if (memoKey && meeting.kind === 'one-on-one')
      rememberMeetingParticipants(store, memoKey, meeting.participants);
    return meeting;
  };
  const memoKey = chatId && userId ? { userId, chatId } : null;
  const recalled = memoKey ? recallMeetingParticipants(store, memoKey) : null;
  let early: { participants: AgendaParticipants; opened: Promise<OpenedPairAgenda> } | null = recalled
    ? { participants: recalled, opened: open(recalled) }
    : null;
  // Not awaited when the lookup finds another pair, or fails: its failure then belongs to nobody.
  early?.opened.catch(() => undefined);
  let lookingUp: Promise<ResolvedMeeting> | null = lookUp();
  lookingUp.catch(() => undefined);
  return {
    resolve() {
      const started = lookingUp;
      // Used once, like the early agenda: a retry looks up afresh.
      lookingUp = null;
      return started ?? lookUp();
    },
    async openAgenda(participants) {
      const started = early;
      // Used once: a retry after a failure opens afresh.
      early = null;
      if (!started) return open(participants);
      if (sameParticipants(started.participants, participants)) return started.opened;
      void started.opened.then(
        (stale) => stale.session.dispose(),
        () => undefined,
      );
      return open(participants);
    },
  };
}
