import type { AppDeployment } from '../../domain/appDeployment';
import type { Locale } from '../../domain/locale';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { PairSpaceStore } from '../../services/agenda/pairSpaceStore';
import type { TeamViewApi } from '../../ui/team/TeamViewApi';
import { lazyFeature } from './lazyFeature';

/** The team view's outside world, its code loaded on first use (the first paint carries none of it). */
export function lazyTeamView(context: {
  graph: GraphConnection;
  store: KeyValueStore;
  deployment: AppDeployment;
  locale: Locale;
  timeZone: () => Promise<string>;
  spaces: PairSpaceStore;
}): TeamViewApi {
  const features = lazyFeature(() =>
    import('./teamFeatures').then(({ createTeamFeatures }) => createTeamFeatures(context)),
  );
  return {
    loadTeam: async () => (await features()).loadTeam(),
    schedule: async (me, report, interval) => (await features()).schedule(me, report, interval),
  };
}
