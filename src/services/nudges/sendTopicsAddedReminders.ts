import type { AppDeployment } from '../../domain/appDeployment';
import { spaceInviteLinks } from '../../domain/invite/inviteLinks';
import { NUDGE_WINDOW_MS } from '../../domain/nudge/nudgesDue';
import { type TopicsAddedReminder, topicsAddedReminderDue } from '../../domain/nudge/topicsAddedReminderDue';
import { roleInPair } from '../../domain/space/roleInPair';
import type { SpaceReference } from '../../domain/space/spaceReference';
import { EMPLOYEE_ADDED_TOPICS_ACTIVITY, sendActivityNotification } from '../../graph/activityNotifications';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import { openPairAgenda } from '../agenda/openPairAgenda';
import type { PairSpaceStore } from '../agenda/pairSpaceStore';
import type { MeetingTabSource } from '../agenda/spaceReferenceFromMeetingChats';
import type { UpcomingOneOnOnes } from '../oneOnOnes/loadUpcomingOneOnOnes';
import { isLeaderReminderOn } from './leaderReminderSetting';
import { type NudgeResult, sendOncePerOccurrence } from './sendOncePerOccurrence';

export interface TopicsAddedReminderOptions {
  /** Reads the calendar and the spaces (the app's usual scopes). */
  graph: GraphConnection;
  /** A connection whose token carries TeamsActivity.Send. */
  activityGraph: GraphConnection;
  store: KeyValueStore;
  upcoming: UpcomingOneOnOnes;
  deployment: AppDeployment;
  meetingTabs?: MeetingTabSource | null;
  /** Where the deployment keeps the pairs' spaces (the leaders' OneDrives when absent). */
  spaces?: PairSpaceStore;
  now: Date;
  /** In the employee's language: "2 topics", for the template's `{topicCount}`. */
  topicCountText: (count: number) => string;
  /** The preview line: "Ethan added 2 topics to your 1:1 on Wednesday 1:00 PM." */
  previewText: (employeeName: string, topicCount: number, when: string) => string;
  formatWhen: (start: string) => string;
}

interface DueForLeader extends TopicsAddedReminder {
  leader: { email: string; name: string };
  reference: SpaceReference;
}

/** The pairs where the signed-in person is the employee and a 1:1 starts in the next 48 hours (cheap, no I/O). */
function leadersMeetingSoon(upcoming: UpcomingOneOnOnes, now: Date) {
  const nowMs = now.getTime();
  return upcoming.persons.filter((person) =>
    person.series.some((series) =>
      series.occurrences.some((occurrence) => {
        const role = roleInPair(series.counterpart.relation, occurrence.isOrganizer);
        const startMs = Date.parse(occurrence.start);
        return (
          role === 'employee' &&
          occurrence.declinedBy === null &&
          startMs > nowMs &&
          startMs - nowMs <= NUDGE_WINDOW_MS
        );
      }),
    ),
  );
}

/**
 * The optional reminder to the leader, sent by the employee's app: when the employee added topics to a 1:1 that
 * starts within 48 hours, the leader gets one Teams activity-feed notification ("Ethan added 2 topics to your
 * 1:1 on Wednesday 1:00 PM") that opens the pair's space. Once per occurrence, across the employee's devices:
 * the employee's own log (`reminders/topics-added-sent.json` in their app folder) is read first. Only pairs with
 * a 1:1 that soon are opened, so a list visit costs nothing more on other days. Nothing when the employee turned
 * it off on this device (`leaderReminderSetting`).
 */
export async function sendTopicsAddedReminders(options: TopicsAddedReminderOptions): Promise<NudgeResult> {
  const me = options.upcoming.people.me;
  const pairs = leadersMeetingSoon(options.upcoming, options.now);
  if (pairs.length === 0 || !isLeaderReminderOn(options.store, me.id)) return { sent: [], failed: [] };
  return sendOncePerOccurrence<DueForLeader>({
    graph: options.graph,
    store: options.store,
    me,
    log: 'toLeader',
    now: options.now,
    due: async (log) => {
      const due: DueForLeader[] = [];
      for (const person of pairs) {
        const leader = { email: person.counterpart.email, name: person.counterpart.name };
        // A space that cannot be opened (not shared yet, offline) has nothing to remind of: skipped.
        const opened = await openPairAgenda({
          graph: options.graph,
          store: options.store,
          counterpartEmail: leader.email,
          known: { me, counterpart: leader, myRole: 'employee' },
          meetingTabs: options.meetingTabs ?? null,
          spaces: options.spaces,
          now: () => options.now,
        }).catch(() => null);
        if (!opened) continue;
        const { session, occurrences } = opened;
        const document = session.space?.snapshot().document;
        const reference = session.reference;
        const saved = session.space?.snapshot().status.state === 'saved';
        session.dispose();
        if (!document || !reference || !saved) continue;
        const reminder = topicsAddedReminderDue(document, occurrences, log, options.now);
        if (reminder) due.push({ ...reminder, leader, reference });
      }
      return due;
    },
    send: async (due) => {
      const links = spaceInviteLinks(options.deployment, due.reference);
      const when = options.formatWhen(due.occurrenceStart);
      const preview = options.previewText(me.displayName, due.topicCount, when);
      await sendActivityNotification(options.activityGraph, due.leader.email, {
        topicText: preview,
        webUrl: links.teamsDeepLink || links.webUrl,
        activityType: EMPLOYEE_ADDED_TOPICS_ACTIVITY,
        previewText: preview,
        templateParameters: {
          employeeName: me.displayName,
          topicCount: options.topicCountText(due.topicCount),
          when,
        },
      });
    },
  });
}
