import type { AppDeployment } from '../../domain/appDeployment';
import type { InviteAgenda } from '../../domain/invite/inviteAgenda';
import type { Locale } from '../../domain/locale';
import type { SpaceReference } from '../../domain/space/spaceReference';
import type { GraphConnection } from '../../graph/createGraphClient';
import { toGraphRequestError } from '../../graph/graphRequestError';
import { getPeopleAroundMe } from '../../graph/people';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { AgendaParticipants } from '../../services/agenda/agendaSession';
import type { PairOccurrence } from '../../services/agenda/loadPairOccurrences';
import { openPairAgenda } from '../../services/agenda/openPairAgenda';
import type { PairSpaceStore } from '../../services/agenda/pairSpaceStore';
import { type LinkedSpaceCounterpart, spaceCounterpartEmail } from '../../services/agenda/spaceCounterpart';
import type { MeetingTabSource } from '../../services/agenda/spaceReferenceFromMeetingChats';
import { attachAgendaToInvite } from '../../services/invites/attachAgendaToInvite';
import { syncInviteAgendas } from '../../services/invites/syncInviteAgendas';
import { sendTopicsAddedReminders } from '../../services/nudges/sendTopicsAddedReminders';
import type { UpcomingOneOnOnes } from '../../services/oneOnOnes/loadUpcomingOneOnOnes';
import { messagesFor } from '../../ui/i18n/useStrings';

export interface AgendaFeatureContext {
  graph: GraphConnection;
  store: KeyValueStore;
  deployment: AppDeployment;
  locale: Locale;
  linkedReference: SpaceReference | null;
  /** Where the deployment keeps the pairs' spaces. */
  spaces: PairSpaceStore;
  /** The meeting chats' agenda tabs, where the employee also finds the space; null when the app id is unknown. */
  meetingTabs: MeetingTabSource | null;
  /** The employee's reminder to the leader; null when the build does not know its Teams app. */
  leaderReminders: LeaderReminderContext | null;
}

export interface LeaderReminderContext {
  /** A connection whose token asks for TeamsActivity.Send (silently: without consent nothing is sent). */
  activityGraph: GraphConnection;
  /** The Teams app id, for the notification's deep link. */
  manifestId: string;
  /** The employee's time zone (their mailbox's), for the 1:1's time. */
  timeZone: () => Promise<string>;
  formatWhen: (start: string, timeZone: string) => string;
}

/**
 * Everything past the first list: opening an agenda, the invite, and following an invite's link. Loaded on
 * demand (dynamic import), so the personal tab's first paint carries none of it.
 */
export function createAgendaFeatures(context: AgendaFeatureContext) {
  const { graph, store, deployment, locale, linkedReference, meetingTabs, spaces } = context;
  return {
    openAgenda: (counterpartEmail: string, known: AgendaParticipants | null) =>
      openPairAgenda({
        graph,
        store,
        counterpartEmail,
        known,
        reference: linkedReference,
        meetingTabs,
        spaces,
      }),
    updateInvite: (userId: string, occurrence: PairOccurrence, agenda: InviteAgenda) =>
      attachAgendaToInvite({ graph, store, userId, occurrence, agenda, now: new Date(), trigger: 'user' }),
    syncInvites: async (upcoming: UpcomingOneOnOnes, days: number) =>
      (
        await syncInviteAgendas({
          graph,
          store,
          people: upcoming.people,
          deployment,
          locale,
          now: new Date(),
          days,
          spaces,
        })
      ).statuses,
    /** Tells the leader of the employee's new topics for a 1:1 in the next 48 hours; how many 1:1s that was. */
    remindLeaders: async (upcoming: UpcomingOneOnOnes): Promise<number> => {
      const reminders = context.leaderReminders;
      if (!reminders) return 0;
      const zone = await reminders.timeZone();
      const strings = messagesFor(locale);
      const result = await sendTopicsAddedReminders({
        graph,
        activityGraph: reminders.activityGraph,
        store,
        upcoming,
        deployment: { ...deployment, teamsAppId: reminders.manifestId },
        meetingTabs,
        spaces,
        now: new Date(),
        topicCountText: strings.topicCount,
        previewText: (employee, count, when) =>
          strings.leaderReminderPreview(employee, strings.topicCount(count), when),
        formatWhen: (start) => reminders.formatWhen(start, zone),
      });
      return result.sent.length;
    },
    /** The 1:1 an invite's "Add your topics" link points to (the other person of the linked space), or why not. */
    linkedCounterpart: async (): Promise<LinkedSpaceCounterpart | null> => {
      if (!linkedReference) return null;
      try {
        const { me } = await getPeopleAroundMe(graph);
        return await spaceCounterpartEmail(graph, linkedReference, me.email);
      } catch (error) {
        return { kind: 'failed', error: toGraphRequestError(error) };
      }
    },
  };
}

export type AgendaFeatures = ReturnType<typeof createAgendaFeatures>;
