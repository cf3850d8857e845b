import type { InviteLinks } from '../../domain/invite/inviteAgenda';
import { teamsAppDeepLink } from '../../domain/invite/inviteLinks';

/** Where the app is when the build does not say: `npm start`'s dev server. Real builds set VITE_APP_ORIGIN. */
export const DEFAULT_APP_ORIGIN = 'http://localhost:5173';

export interface ComposeLinkSettings {
  /** `VITE_APP_ORIGIN`: origin of the web app, e.g. https://agenda.contoso.com. */
  appOrigin?: string | undefined;
  /** `VITE_TEAMS_APP_ID`: the Teams app id from the manifest; without it there is no Teams link. */
  teamsAppId?: string | undefined;
}

/** Build-time settings, inlined by Vite: the launch runtime has no other configuration. */
export function buildTimeComposeLinkSettings(): ComposeLinkSettings {
  const appOrigin: unknown = import.meta.env.VITE_APP_ORIGIN;
  const teamsAppId: unknown = import.meta.env.VITE_TEAMS_APP_ID;
  return {
    appOrigin: typeof appOrigin === 'string' ? appOrigin : undefined,
    teamsAppId: typeof teamsAppId === 'string' ? teamsAppId : undefined,
  };
}

/**
 * "Add your topics" links for a 1:1 being composed: no space exists yet, so they open the app,
 * which creates the space (`?compose=1` in the web app; the app's personal tab in Teams).
 */
export function composeLinks(settings: ComposeLinkSettings): InviteLinks {
  const origin = (settings.appOrigin?.trim() || DEFAULT_APP_ORIGIN).replace(/\/+$/, '');
  const teamsAppId = settings.teamsAppId?.trim() ?? '';
  return {
    teamsDeepLink: teamsAppId === '' ? '' : teamsAppDeepLink(teamsAppId),
    webUrl: `${origin}/?compose=1`,
  };
}
