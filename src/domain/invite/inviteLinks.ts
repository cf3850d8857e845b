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

export interface InviteLinkTargets {
  /** The Teams app id from the manifest; without it there is no Teams link. */
  teamsAppId: string | null;
  /** The entityId of the tab that opens a 1:1 (the personal "My 1:1s" tab). */
  tabEntityId: string;
  /** Origin of the web app, e.g. `https://agenda.contoso.com` (no trailing slash needed). */
  webOrigin: string;
  /** The space reference (`encodeSpaceReference`). */
  spaceReference: string;
}

/**
 * The "Add your topics" links for a 1:1's space: the Teams tab with the reference as
 * subEntityId, and the web app with it in `?space=`.
 */
export function buildInviteLinks(targets: InviteLinkTargets): InviteLinks {
  const origin = targets.webOrigin.replace(/\/+$/, '');
  return {
    teamsDeepLink:
      targets.teamsAppId === null || targets.teamsAppId === ''
        ? ''
        : teamsTabDeepLink(targets.teamsAppId, targets.tabEntityId, targets.spaceReference),
    webUrl: `${origin}/?space=${encodeURIComponent(targets.spaceReference)}`,
  };
}
