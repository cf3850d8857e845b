import type { AppDeployment } from '../../domain/appDeployment';
import { spaceInviteLinks } from '../../domain/invite/inviteLinks';
import { nudgesDue } from '../../domain/nudge/nudgesDue';
import type { OneOnOneSeries } from '../../domain/oneOnOne';
import { decodeSpaceReference } from '../../domain/space/spaceReference';
import { ONE_ON_ONE_SOON_ACTIVITY, sendActivityNotification } from '../../graph/activityNotifications';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { PeopleAroundMe } from '../../graph/people';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { PairSpaceStore } from '../agenda/librarySpaceDocument';
import { pairSpaceEntityId } from '../teamsSetup/pairSpaceEntityId';
import { nudgeLogDocument } from './nudgeLogDocument';

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

export interface NudgeResult {
  sent: string[];
  /** Keys whose send Graph refused (the employee does not have the app yet, say); tried again next run. */
  failed: string[];
}

/**
 * The reminder before a 1:1: when the leader's app runs in the 48 hours before an occurrence, the employee gets
 * a Teams activity-feed notification that opens the pair's space, once per occurrence. The leader's own log of
 * sent reminders (their OneDrive) is read first and written after each send, so a second device skips it.
 */
export async function sendPreMeetingNudges(options: NudgeOptions): Promise<NudgeResult> {
  const log = nudgeLogDocument(options.graph, options.store, options.people.me);
  try {
    await log.load();
    const document = log.snapshot().document;
    // A log that cannot be read (offline, damaged) sends nothing: better no reminder than two.
    if (!document || log.snapshot().status.state !== 'saved') return { sent: [], failed: [] };
    const result: NudgeResult = { sent: [], failed: [] };
    for (const due of nudgesDue(options.series, document, options.now)) {
      const entityId = await pairSpaceEntityId(options, due.counterpart);
      const reference = entityId ? decodeSpaceReference(entityId) : null;
      if (!reference) {
        result.failed.push(due.key);
        continue;
      }
      const links = spaceInviteLinks(options.deployment, reference);
      try {
        await sendActivityNotification(options.graph, due.counterpart.email, {
          topicText: options.previewText(options.people.me.displayName),
          webUrl: links.teamsDeepLink || links.webUrl,
          activityType: ONE_ON_ONE_SOON_ACTIVITY,
          previewText: options.previewText(options.people.me.displayName),
          templateParameters: {
            leaderName: options.people.me.displayName,
            when: options.formatWhen(due.occurrenceStart),
          },
        });
      } catch {
        result.failed.push(due.key);
        continue;
      }
      log.submit({ id: crypto.randomUUID(), record: { key: due.key, sentAt: options.now.toISOString() } });
      await log.flush();
      result.sent.push(due.key);
    }
    return result;
  } finally {
    log.dispose();
  }
}
