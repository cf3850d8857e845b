import type { AppDeployment } from '../../domain/appDeployment';
import { spaceInviteLinks } from '../../domain/invite/inviteLinks';
import { nudgesDue } from '../../domain/nudge/nudgesDue';
import type { OneOnOneSeries } from '../../domain/oneOnOne';
import { decodeSpaceReference } from '../../domain/space/spaceReference';
import { ONE_ON_ONE_SOON_ACTIVITY, sendActivityNotification } from '../../graph/activityNotifications';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { PeopleAroundMe } from '../../graph/people';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { PairSpaceStore } from '../agenda/pairSpaceStore';
import { pairSpaceEntityId } from '../teamsSetup/pairSpaceEntityId';
import { type NudgeResult, sendOncePerOccurrence } from './sendOncePerOccurrence';

export interface NudgeOptions {
  /** A connection whose token carries TeamsActivity.Send. */
  graph: GraphConnection;
  store: KeyValueStore;
  people: PeopleAroundMe;
  series: readonly OneOnOneSeries[];
  deployment: AppDeployment;
  now: Date;
  /** The preview line, in the leader's language (Teams words the notification from the manifest's template). */
  previewText: (leaderName: string) => string;
  /** How the occurrence's time reads in the template's `{when}`. */
  formatWhen: (start: string) => string;
  /** Where the deployment keeps the pairs' spaces (the leader's OneDrive unless a library is configured). */
  spaces?: PairSpaceStore;
}

/**
 * The reminder before a 1:1: when the leader's app runs in the 48 hours before an occurrence, the employee gets
 * a Teams activity-feed notification that opens the pair's space, once per occurrence (the leader's own log in
 * their OneDrive, `sendOncePerOccurrence`). A send that fails (the employee does not have the app yet) is tried
 * again on the next run.
 */
export async function sendPreMeetingNudges(options: NudgeOptions): Promise<NudgeResult> {
  const leaderName = options.people.me.displayName;
  return sendOncePerOccurrence({
    graph: options.graph,
    store: options.store,
    me: options.people.me,
    log: 'toEmployee',
    now: options.now,
    due: async (log) => nudgesDue(options.series, log, options.now),
    send: async (due) => {
      const entityId = await pairSpaceEntityId(options, due.counterpart);
      const reference = entityId ? decodeSpaceReference(entityId) : null;
      if (!reference) throw new Error('The pair has no space to link to yet.');
      const links = spaceInviteLinks(options.deployment, reference);
      await sendActivityNotification(options.graph, due.counterpart.email, {
        topicText: options.previewText(leaderName),
        webUrl: links.teamsDeepLink || links.webUrl,
        activityType: ONE_ON_ONE_SOON_ACTIVITY,
        previewText: options.previewText(leaderName),
        templateParameters: { leaderName, when: options.formatWhen(due.occurrenceStart) },
      });
    },
  });
}
