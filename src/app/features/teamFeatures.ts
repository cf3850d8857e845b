import type { AppDeployment } from '../../domain/appDeployment';
import type { DirectoryPerson } from '../../domain/calendarEvent';
import type { Locale } from '../../domain/locale';
import type { OneOnOneInterval } from '../../domain/scheduling/weeklySeriesFromSlot';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { PairSpaceStore } from '../../services/agenda/pairSpaceStore';
import { scheduleOneOnOne } from '../../services/scheduling/scheduleOneOnOne';
import { loadTeamOverview } from '../../services/team/loadTeamOverview';

export interface TeamFeatureContext {
  /** Where the deployment keeps the pairs' spaces. */
  spaces: PairSpaceStore;

  graph: GraphConnection;
  store: KeyValueStore;
  deployment: AppDeployment;
  locale: Locale;
  /** The person's zone (mailbox, else device): the new series' times are in it. */
  timeZone: () => Promise<string>;
}

/** The leader's team view and scheduling: loaded on demand, with the team page's code. */
export function createTeamFeatures({
  graph,
  store,
  deployment,
  locale,
  timeZone,
  spaces,
}: TeamFeatureContext) {
  return {
    loadTeam: () => loadTeamOverview({ graph, store, now: new Date(), spaces }),
    schedule: async (me: DirectoryPerson, report: DirectoryPerson, interval: OneOnOneInterval) =>
      scheduleOneOnOne({
        graph,
        store,
        deployment,
        locale,
        me,
        report: { email: report.email, name: report.displayName },
        interval,
        timeZone: await timeZone(),
        now: new Date(),
        spaces,
      }),
  };
}

export type TeamFeatures = ReturnType<typeof createTeamFeatures>;
