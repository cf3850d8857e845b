import { GRAPH_SCOPES, TEAMS_SETUP_SCOPES } from '../../auth/authConfig';
import type { TokenProvider } from '../../auth/TokenProvider';
import { createGraphClient } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { UpcomingOneOnOnes } from '../../services/oneOnOnes/loadUpcomingOneOnOnes';
import { setUpOneOnOnesInTeams } from '../../services/teamsSetup/setUpOneOnOnesInTeams';

export interface TeamsSetupFeatureContext {
  tokens: TokenProvider;
  store: KeyValueStore;
  manifestId: string;
  tab: { displayName: string; contentUrl: string; websiteUrl: string };
}

/**
 * The Teams setup with its own Graph connection, whose token also asks for the setup scopes: only a leader
 * who turned the switch on is asked to consent to them (incremental consent).
 */
export function createTeamsSetupFeatures(context: TeamsSetupFeatureContext) {
  const graph = createGraphClient(context.tokens, [...GRAPH_SCOPES, ...TEAMS_SETUP_SCOPES]);
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
      }),
  };
}
