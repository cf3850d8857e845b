import type { AppDeployment } from '../appDeployment';
import { PERSONAL_TAB_ENTITY_ID } from '../appDeployment';
import { encodeSpaceReference, type SpaceReference } from '../space/spaceReference';
import { SPACE_QUERY_PARAMETER } from '../space/spaceReferenceInText';
import type { InviteLinks } from './inviteAgenda';

/**
 * A Teams deep link to a tab of the app. Teams hands `subEntityId` to the tab as
 * `page.subPageId` (teams-js `app.getContext()`); for a 1:1 it is the encoded space reference, so
 * the employee's side finds the shared document without `sharedWithMe`.
 */
export function teamsTabDeepLink(teamsAppId: string, entityId: string, subEntityId?: string): string {
  const base = `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${encodeURIComponent(entityId)}`;
  if (subEntityId === undefined || subEntityId === '') return base;
  return `${base}?context=${encodeURIComponent(JSON.stringify({ subEntityId }))}`;
}

/** A Teams deep link that opens the app itself (its default personal tab). */
export function teamsAppDeepLink(teamsAppId: string): string {
  return `https://teams.microsoft.com/l/app/${encodeURIComponent(teamsAppId)}`;
}

function webOrigin(deployment: AppDeployment): string {
  return deployment.appOrigin.trim().replace(/\/+$/, '');
}

function teamsAppId(deployment: AppDeployment): string {
  return deployment.teamsAppId?.trim() ?? '';
}

/**
 * The "Add your topics" links for a 1:1's space: the personal tab with the reference as
 * subEntityId, and the web app with it in `?space=`. The one builder of these links.
 */
export function spaceInviteLinks(deployment: AppDeployment, reference: SpaceReference): InviteLinks {
  const encoded = encodeSpaceReference(reference);
  const appId = teamsAppId(deployment);
  return {
    teamsDeepLink: appId === '' ? '' : teamsTabDeepLink(appId, PERSONAL_TAB_ENTITY_ID, encoded),
    webUrl: `${webOrigin(deployment)}/?${SPACE_QUERY_PARAMETER}=${encodeURIComponent(encoded)}`,
  };
}

/**
 * The links for a 1:1 being composed in Outlook: no space exists yet, so they open the app, which
 * creates the space (`?compose=1` in the web app; the app's personal tab in Teams).
 */
export function composeInviteLinks(deployment: AppDeployment): InviteLinks {
  const appId = teamsAppId(deployment);
  return {
    teamsDeepLink: appId === '' ? '' : teamsAppDeepLink(appId),
    webUrl: `${webOrigin(deployment)}/?compose=1`,
  };
}
