import { TEAMS_SETUP_SCOPES } from '../../auth/authConfig';
import type { TokenProvider } from '../../auth/TokenProvider';
import type { AppDeployment } from '../../domain/appDeployment';
import { createGraphClient } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { PairSpaceStore } from '../../services/agenda/pairSpaceStore';
import { sendPreMeetingNudges } from '../../services/nudges/sendPreMeetingNudges';
import type { UpcomingOneOnOnes } from '../../services/oneOnOnes/loadUpcomingOneOnOnes';
import { setUpOneOnOnesInTeams } from '../../services/teamsSetup/setUpOneOnOnesInTeams';

export interface TeamsSetupFeatureContext {
  tokens: TokenProvider;
  /** The scopes every token of this deployment asks for; the setup's are added to them. */
  scopes: readonly string[];
  /** Where the deployment keeps the pairs' spaces. */
  spaces: PairSpaceStore;

  store: KeyValueStore;
  manifestId: string;
  tab: { displayName: string; contentUrl: string; websiteUrl: string };
  deployment: AppDeployment;
  /** The reminder's preview line and its `{when}`, in the leader's language. */
  reminderPreview: (leaderName: string) => string;
  formatWhen: (start: string, timeZone: string) => string;
  /** The leader's time zone (their mailbox's), for the reminder's time. */
  timeZone: () => Promise<string>;
}

/**
 * The Teams setup with its own Graph connection, whose token also asks for the setup scopes: only a leader
 * who turned the switch on is asked to consent to them (incremental consent).
 */
export function createTeamsSetupFeatures(context: TeamsSetupFeatureContext) {
  const graph = createGraphClient(context.tokens, [...context.scopes, ...TEAMS_SETUP_SCOPES]);
  return {
    run: (upcoming: UpcomingOneOnOnes) =>
      setUpOneOnOnesInTeams({
        graph,
        store: context.store,
        people: upcoming.people,
        series: upcoming.persons.flatMap((person) => person.series),
        manifestId: context.manifestId,
        tab: context.tab,
        now: new Date(),
        spaces: context.spaces,
      }),
    sendReminders: async (upcoming: UpcomingOneOnOnes) => {
      const zone = await context.timeZone();
      const result = await sendPreMeetingNudges({
        graph,
        store: context.store,
        people: upcoming.people,
        series: upcoming.persons.flatMap((person) => person.series),
        deployment: { ...context.deployment, teamsAppId: context.manifestId },
        now: new Date(),
        previewText: context.reminderPreview,
        formatWhen: (start) => context.formatWhen(start, zone),
        spaces: context.spaces,
      });
      return result.sent.length;
    },
  };
}
