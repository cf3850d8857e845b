import { TEAMS_SETUP_SCOPES } from '../../auth/authConfig';
import { isNudgeOn, setNudge } from '../../services/nudges/nudgeSetting';
import { isTeamsSetupOn, setTeamsSetup } from '../../services/teamsSetup/teamsSetupSetting';
import type { TeamsSetupControl } from '../../ui/myOneOnOnes/useTeamsSetup';
import { lazyFeature } from './lazyFeature';
import type { TeamsSetupFeatureContext } from './teamsSetupFeatures';

/** "Set up my 1:1s in Teams", its code loaded on first use; absent when the build does not know its app id. */
export function lazyTeamsSetup(context: TeamsSetupFeatureContext | null): TeamsSetupControl | undefined {
  if (!context) return undefined;
  const features = lazyFeature(() =>
    import('./teamsSetupFeatures').then(({ createTeamsSetupFeatures }) => createTeamsSetupFeatures(context)),
  );
  return {
    isOn: (userId) => isTeamsSetupOn(context.store, userId),
    set: (userId, on) => setTeamsSetup(context.store, userId, on),
    run: async (upcoming) => (await features()).run(upcoming),
    grantAccess: () => context.tokens.signIn([...context.scopes, ...TEAMS_SETUP_SCOPES]),
    reminders: {
      isOn: (userId) => isNudgeOn(context.store, userId),
      set: (userId, on) => setNudge(context.store, userId, on),
      send: async (upcoming) => (await features()).sendReminders(upcoming),
    },
  };
}
