import { AuthError } from './TokenProvider';

/** Where and as whom the app signs in: one Entra ID app registration (single-page application). */
export interface AuthConfig {
  clientId: string;
  /** A tenant id or domain, or 'organizations' for any work or school account. */
  tenantId: string;
  /** `https://login.microsoftonline.com/<tenant>` unless overridden (sovereign clouds). */
  authority: string;
  /**
   * Where the identity platform sends the browser back after a redirect sign-in.
   * Defaults to the app's own root page (`<origin>/`), which finishes the sign-in with `handleRedirectPromise`.
   * Register it as an SPA redirect URI, next to `brk-multihub://<origin>` for nested app auth.
   */
  redirectUri: string;
}

const DEFAULT_TENANT = 'organizations';

/** Vite exposes `import.meta.env`; pass it here. Unknown is accepted because Vite mixes in booleans (DEV, PROD). */
type EnvSource = Readonly<Record<string, unknown>>;

function readText(env: EnvSource, name: string): string | undefined {
  const value = env[name];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function requireHttpsUrl(value: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AuthError('not-configured', `${variable} is not a URL: "${value}".`);
  }
  // Tokens must never travel over plain http; localhost is the one place browsers treat http as secure.
  const isLocal = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLocal)) {
    throw new AuthError('not-configured', `${variable} must use https: "${value}".`);
  }
  return value;
}

function defaultAppOrigin(): string {
  return typeof location === 'undefined' ? '' : location.origin;
}

/**
 * Reads the sign-in configuration from Vite env variables.
 * Returns null when `VITE_AAD_CLIENT_ID` is missing (the app then explains how to configure it, or runs the demo).
 * Throws AuthError('not-configured') when a value is present but unusable, so a typo is never silently ignored.
 */
export function readAuthConfig(env: EnvSource, appOrigin: string = defaultAppOrigin()): AuthConfig | null {
  const clientId = readText(env, 'VITE_AAD_CLIENT_ID');
  if (!clientId) return null;
  const tenantId = readText(env, 'VITE_AAD_TENANT_ID') ?? DEFAULT_TENANT;
  const authorityOverride = readText(env, 'VITE_AAD_AUTHORITY');
  const authority = authorityOverride
    ? requireHttpsUrl(authorityOverride, 'VITE_AAD_AUTHORITY').replace(/\/+$/, '')
    : `https://login.microsoftonline.com/${encodeURIComponent(tenantId)}`;
  const redirectOverride = readText(env, 'VITE_REDIRECT_URI');
  const redirectUri = redirectOverride
    ? requireHttpsUrl(redirectOverride, 'VITE_REDIRECT_URI')
    : `${appOrigin}/`;
  return { clientId, tenantId, authority, redirectUri };
}

/**
 * The delegated Microsoft Graph permissions the app asks for: the fewest with which every Graph call it makes
 * succeeds. Each is one a user can consent to; none needs an administrator (unless the tenant restricts user
 * consent). The demo tenant's tokens carry exactly this list, and its Graph emulator checks each route against
 * Microsoft's permission tables (src/demo/http/requiredScopes.ts), so a call this list does not cover fails there
 * as it would in a tenant.
 */
export const GRAPH_SCOPES = [
  // Sign-in and the user's own profile (GET /me). Also the first half of what /me/directReports needs.
  'User.Read',
  // GET /me/directReports and /me/manager. Graph's table for direct reports says "User.Read and
  // User.ReadBasic.All". The one for the manager says User.Read.All (admin consent), but the user-get page says
  // User.Read covers "reports and manager of the signed-in user", and Microsoft wrote "Get manager can be
  // achieved using User.Read + User.ReadBasic.All" (microsoftgraph/microsoft-graph-docs#3982): the same pair,
  // so no admin-only scope (not yet tried on a real tenant). Another user's manager or reports would need
  // User.Read.All; the app never asks. Job titles are not part of the basic profile.
  'User.ReadBasic.All',
  // GET /me/calendarView: the 1:1 meetings, their attendees, recurrence and Teams join link; PATCH of one
  // occurrence's body to put the agenda into the invite the leader organizes; POST /me/events to schedule a
  // report's recurring 1:1, and POST /me/calendar/getSchedule for both people's free/busy (Graph lists
  // Calendars.ReadBasic as least privileged for getSchedule; ReadWrite covers it, so no scope is added).
  'Calendars.ReadWrite',
  // The shared 1:1 agenda document: created in the leader's app folder (and shared with POST .../invite), read
  // and written by the employee at /drives/{d}/items/{i}, which needs the .All variant: Files.ReadWrite reaches
  // only the user's own files. Also each person's own private notes and template in their app folder.
  'Files.ReadWrite.All',
  // GET /chats/{id}?$select=onlineMeetingInfo: which calendar event the Teams meeting the app is open in belongs
  // to.
  'Chat.ReadBasic',
  // Microsoft To Do: the person's own action items as tasks in a "1:1 action items" list, with a link back to
  // the 1:1. The sync is off until the person turns it on, but the scope is asked for at sign-in with the
  // others (one consent, and NAA serves the prefetched token only for the manifest's scope list).
  // Appended last: the order matches the manifest's nestedAppAuthInfo scopes.
  'Tasks.ReadWrite',
  // GET /me/mailboxSettings/timeZone: times are shown, and days counted, in the zone the person set for their
  // mailbox (as Outlook shows them), not the device's. Least privileged for that read; user-consentable.
  'MailboxSettings.Read',
] as const;

/**
 * Asked for only when a leader turns on "Set up my 1:1s in Teams" (incremental consent: the token for the setup
 * requests these on top of GRAPH_SCOPES, so nobody else is asked). Microsoft's permission reference marks the
 * Teams app and tab permissions as needing an administrator's consent in many tenants; the setup then says so.
 */
export const TEAMS_SETUP_SCOPES = [
  // GET /appCatalogs/teamsApps?$filter=externalId eq '<manifest id>': the id Teams gave the uploaded app, which
  // installs and tabs bind to (it is not the manifest id). Least privileged for reading the catalog.
  'AppCatalog.Read.All',
  // GET and POST /chats/{id}/installedApps: whether the app is in the meeting chat, and install it. "Self": only
  // this app itself, never another one.
  'TeamsAppInstallation.ReadWriteSelfForChat',
  // GET and POST /chats/{id}/tabs: the agenda tab, read (to add it only once) and added. TeamsTab.Create alone
  // cannot list tabs, and TeamsTab.Read.All would read every app's tabs; "Self" covers both, for this app only.
  'TeamsTab.ReadWriteSelfForChat',
  // POST /users/{id}/teamwork/sendActivityNotification: the reminder to the employee before a 1:1 the leader set
  // up in Teams (the employee has the app through the meeting chat). The only delegated permission for it.
  'TeamsActivity.Send',
] as const;

/**
 * Asked for silently (never a prompt) by the personal tab of an employee, whose invite may carry no agenda: the
 * agenda tab the leader's setup added to the meeting chat names the pair's space. It is one of the setup's scopes,
 * so the app registration gains nothing; where nobody consented to it, the token request fails and the tab is
 * simply not read (`TeamsTab.Read.All`, the table's least privileged for listing, would read every app's tabs).
 */
export const MEETING_TAB_READ_SCOPES = [
  'TeamsTab.ReadWriteSelfForChat',
] as const satisfies readonly (typeof TEAMS_SETUP_SCOPES)[number][];

/**
 * Asked for silently by the employee's app for the optional reminder to the leader ("Ethan added 2 topics…"):
 * the setup's TeamsActivity.Send, so nothing is added to the app registration; without consent nothing is sent.
 */
export const LEADER_REMINDER_SCOPES = [
  'TeamsActivity.Send',
] as const satisfies readonly (typeof TEAMS_SETUP_SCOPES)[number][];

/**
 * Asked for on top of GRAPH_SCOPES only by a deployment that keeps the spaces in a SharePoint document library
 * (VITE_SPACES_SITE_URL): `GET /sites/{hostname}:/{path}` needs a Sites.* scope, which no Files.* scope covers.
 * Sites.Read.All is the least privileged; the library's files themselves are read and written with
 * Files.ReadWrite.All, and only as far as the library's own permissions let the person.
 */
export const SPACES_LIBRARY_SCOPES = ['Sites.Read.All'] as const;

/**
 * What the app signs in with: GRAPH_SCOPES, plus SPACES_LIBRARY_SCOPES only in a deployment that keeps the
 * spaces in a SharePoint library, so nobody else is asked for Sites.Read.All. Appended last: the first
 * GRAPH_SCOPES.length entries stay the manifest's nestedAppAuthInfo order.
 */
export function signInScopes(spacesInLibrary: boolean): readonly string[] {
  return spacesInLibrary ? [...GRAPH_SCOPES, ...SPACES_LIBRARY_SCOPES] : GRAPH_SCOPES;
}

export type GraphScope = (typeof GRAPH_SCOPES)[number];

/** Why each permission is needed, in plain English, for the README, the consent explanation and admins. */
export const SCOPE_REASONS: Readonly<Record<GraphScope, string>> = {
  'User.Read': 'Sign you in and read your own profile (name, email, job title).',
  'User.ReadBasic.All':
    'Read the basic profile (name and email) of your manager and direct reports, to know who each 1:1 is with.',
  'Calendars.ReadWrite':
    'Read your calendar to find your upcoming 1:1s, and write the agenda into the invites of the 1:1s you organize.',
  'Chat.ReadBasic':
    "In a Teams meeting, read which calendar 1:1 the meeting chat belongs to (its join link), to show that 1:1's agenda.",
  'Files.ReadWrite.All':
    "Keep each 1:1's shared agenda in the leader's OneDrive app folder, shared with the employee, and open it from the employee's side; keep your private notes in your own OneDrive.",
  'Tasks.ReadWrite':
    'If you turn it on: put your own action items into a Microsoft To Do list, and close an item when you complete its task.',
  'MailboxSettings.Read': 'Read the time zone of your mailbox, to show meeting times as Outlook shows them.',
};
