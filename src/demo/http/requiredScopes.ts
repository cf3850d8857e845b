/**
 * The delegated permissions (the token's `scp`) each emulated route needs, as Microsoft Graph checks them.
 *
 * Source: the permission tables of the Graph v1.0 reference, which are generated from
 * microsoftgraph/microsoft-graph-devx-content `permissions/new/permissions.json` (its 2026-08-07 version), for a
 * work or school account. Each route accepts its least privileged scope or any documented higher one;
 * where the tables and Microsoft's own statements disagree, the row says which one it follows and why.
 * AgentIdUser.* scopes (agent identities only) are left out.
 *
 * To emulate a new route, add its row here. A route without a row answers 403 (see authorizeScopes.ts), so a
 * forgotten row shows up as a failing request, never as a silently allowed one.
 */
import type { HttpMethod } from './routeTypes';

/** The Graph workload behind the route: it decides how a missing scope is worded (code and message). */
export type ScopeWorkload = 'directory' | 'exchange' | 'onedrive' | 'teams';

/**
 * Ways to be allowed, least privileged first. One entry is one scope, or several separated by spaces when
 * the table asks for them together ("User.Read and User.ReadBasic.All").
 */
export type ScopeAlternatives = readonly string[];

export interface ScopeRule {
  methods: readonly HttpMethod[];
  /**
   * A route's path exactly as the route declares it (`/users/{user}/calendarView`). A path ending in `/**`
   * covers that path and every route below it.
   */
  path: string;
  workload: ScopeWorkload;
  /** For the caller's own resource (`/me`, or no user in the path). */
  scopes: ScopeAlternatives;
  /** For another user's resource (`{user}` or `{driveId}` not the caller's). Absent: the same as `scopes`. */
  otherUserScopes?: ScopeAlternatives;
}

/** A route that needs a valid token but no scope of its own. */
export interface TokenOnlyRule {
  methods: readonly HttpMethod[];
  path: string;
  /** Why no scope is needed. */
  tokenOnly: string;
}

const READ: readonly HttpMethod[] = ['GET'];
const WRITE: readonly HttpMethod[] = ['POST', 'PATCH', 'PUT', 'DELETE'];

// Directory. "Reading other user's direct reports (or manager) requires User.Read.All. Basic doesn't cut
// it" (Microsoft's dkershaw10, microsoftgraph/microsoft-graph-docs#3982).
const ALL_USERS = ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
/**
 * The signed-in user's own manager and reports. user-list-directreports: "User.Read and User.ReadBasic.All",
 * then the ALL_USERS ones. user-list-manager's table lists only User.Read.All (admin consent), but user-get says
 * "User.Read ... discover relationships such as the group membership, reports and manager of the signed-in user
 * only", and Microsoft's docs#3982 says "Get manager can be achieved using User.Read + User.ReadBasic.All
 * (not listed)". The emulator takes that pair (not User.Read alone, which docs#3982 rules out for reports).
 */
const OWN_RELATIONS = ['User.Read User.ReadBasic.All', ...ALL_USERS];

const CALENDAR_READ = ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'];
const MAILBOX_SETTINGS_READ = ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'];
const TASKS_READ = ['Tasks.Read', 'Tasks.ReadWrite'];

// OneDrive. Files.Read and Files.ReadWrite reach only the user's own files; another user's drive needs a
// *.All scope (drive-sharedwithme: "You can't access shared items returned from this API if the request doesn't
// contain one of the *.All permissions"). Files.ReadWrite.AppFolder is not accepted: the work-account tables
// list it for no route (only the personal-account ones do for special folders).
const FILES_READ_ALL = ['Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All'];
const FILES_READ = ['Files.Read', 'Files.ReadWrite', ...FILES_READ_ALL];
const FILES_WRITE_ALL = ['Files.ReadWrite.All', 'Sites.ReadWrite.All'];
const FILES_WRITE = ['Files.ReadWrite', ...FILES_WRITE_ALL];

export const REQUIRED_SCOPES: readonly (ScopeRule | TokenOnlyRule)[] = [
  // user-get: /me "User.Read | User.ReadWrite, User.ReadBasic.All, User.Read.All, ..."; another user
  // "User.ReadBasic.All" least.
  {
    methods: READ,
    path: '/users/{user}',
    workload: 'directory',
    scopes: ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', ...ALL_USERS],
    otherUserScopes: ['User.ReadBasic.All', ...ALL_USERS],
  },
  {
    methods: READ,
    path: '/users/{user}/manager',
    workload: 'directory',
    scopes: OWN_RELATIONS,
    otherUserScopes: ALL_USERS,
  },
  {
    methods: READ,
    path: '/users/{user}/directReports',
    workload: 'directory',
    scopes: OWN_RELATIONS,
    otherUserScopes: ALL_USERS,
  },

  // user-list-calendarview, user-list-events, event-get, event-list-instances: "Calendars.ReadBasic |
  // Calendars.Read" (event-get and instances do not repeat Calendars.ReadWrite, whose description is "create,
  // read, update, and delete events in user calendars"). Another user's mailbox is a 403 in the routes.
  { methods: READ, path: '/users/{user}/calendarView', workload: 'exchange', scopes: CALENDAR_READ },
  { methods: READ, path: '/users/{user}/calendar/calendarView', workload: 'exchange', scopes: CALENDAR_READ },
  { methods: READ, path: '/users/{user}/events', workload: 'exchange', scopes: CALENDAR_READ },
  { methods: READ, path: '/users/{user}/calendar/events', workload: 'exchange', scopes: CALENDAR_READ },
  { methods: READ, path: '/users/{user}/events/{eventId}', workload: 'exchange', scopes: CALENDAR_READ },
  {
    methods: READ,
    path: '/users/{user}/calendar/events/{eventId}',
    workload: 'exchange',
    scopes: CALENDAR_READ,
  },
  {
    methods: READ,
    path: '/users/{user}/events/{eventId}/instances',
    workload: 'exchange',
    scopes: CALENDAR_READ,
  },
  // event-update, user-post-events: "Calendars.ReadWrite", nothing higher for delegated access.
  {
    methods: ['PATCH'],
    path: '/users/{user}/events/{eventId}',
    workload: 'exchange',
    scopes: ['Calendars.ReadWrite'],
  },
  {
    methods: ['PATCH'],
    path: '/users/{user}/calendar/events/{eventId}',
    workload: 'exchange',
    scopes: ['Calendars.ReadWrite'],
  },
  { methods: ['POST'], path: '/users/{user}/events', workload: 'exchange', scopes: ['Calendars.ReadWrite'] },
  {
    methods: ['POST'],
    path: '/users/{user}/calendar/events',
    workload: 'exchange',
    scopes: ['Calendars.ReadWrite'],
  },
  // calendar-getschedule: "Calendars.ReadBasic | Calendars.Read, Calendars.ReadWrite".
  {
    methods: ['POST'],
    path: '/users/{user}/calendar/getSchedule',
    workload: 'exchange',
    scopes: CALENDAR_READ,
  },
  // user-get-mailboxsettings: "MailboxSettings.Read | MailboxSettings.ReadWrite".
  {
    methods: READ,
    path: '/users/{user}/mailboxSettings',
    workload: 'exchange',
    scopes: MAILBOX_SETTINGS_READ,
  },
  {
    methods: READ,
    path: '/users/{user}/mailboxSettings/{setting}',
    workload: 'exchange',
    scopes: MAILBOX_SETTINGS_READ,
  },

  // To Do (served by Exchange): reads "Tasks.Read | Tasks.ReadWrite", writes "Tasks.ReadWrite". The generated
  // table lists Tasks.Read for DELETE of a list; the emulator asks Tasks.ReadWrite as for every other write.
  { methods: READ, path: '/users/{user}/todo/lists', workload: 'exchange', scopes: TASKS_READ },
  { methods: READ, path: '/users/{user}/todo/lists/{listId}', workload: 'exchange', scopes: TASKS_READ },
  {
    methods: READ,
    path: '/users/{user}/todo/lists/{listId}/tasks',
    workload: 'exchange',
    scopes: TASKS_READ,
  },
  {
    methods: READ,
    path: '/users/{user}/todo/lists/{listId}/tasks/{taskId}',
    workload: 'exchange',
    scopes: TASKS_READ,
  },
  {
    methods: READ,
    path: '/users/{user}/todo/lists/{listId}/tasks/{taskId}/linkedResources',
    workload: 'exchange',
    scopes: TASKS_READ,
  },
  { methods: WRITE, path: '/users/{user}/todo/**', workload: 'exchange', scopes: ['Tasks.ReadWrite'] },

  // chat-get: "Chat.ReadBasic | Chat.Read, Chat.ReadWrite". Membership is checked by the route.
  {
    methods: READ,
    path: '/chats/{chatId}',
    workload: 'teams',
    scopes: ['Chat.ReadBasic', 'Chat.Read', 'Chat.ReadWrite'],
  },
  {
    methods: READ,
    path: '/users/{user}/chats/{chatId}',
    workload: 'teams',
    scopes: ['Chat.ReadBasic', 'Chat.Read', 'Chat.ReadWrite'],
  },
  // appcatalogs-list-teamsapps: "AppCatalog.Submit, AppCatalog.Read.All, AppCatalog.ReadWrite.All,
  // Directory.Read.All, Directory.ReadWrite.All" (the Directory ones for backward compatibility only).
  {
    methods: READ,
    path: '/appCatalogs/teamsApps',
    workload: 'teams',
    scopes: [
      'AppCatalog.Submit',
      'AppCatalog.Read.All',
      'AppCatalog.ReadWrite.All',
      'Directory.Read.All',
      'Directory.ReadWrite.All',
    ],
  },
  // chat-list-installedapps: "TeamsAppInstallation.ReadForChat | ReadWriteSelfForChat, ManageSelectedForChat,
  // ReadWriteAndConsentForChat, ReadWriteAndConsentSelfForChat, ReadWriteForChat"; chat-post-installedapps:
  // "TeamsAppInstallation.ReadWriteSelfForChat | the same higher ones"; chat-list-tabs: "TeamsTab.Read.All |
  // ReadWrite.All, ReadWriteForChat, ReadWriteSelfForChat"; chat-post-tabs: "TeamsTab.Create | ReadWrite.All,
  // ReadWriteForChat, ReadWriteSelfForChat".
  {
    methods: READ,
    path: '/chats/{chatId}/installedApps',
    workload: 'teams',
    scopes: [
      'TeamsAppInstallation.ReadForChat',
      'TeamsAppInstallation.ReadWriteSelfForChat',
      'TeamsAppInstallation.ReadWriteForChat',
      'TeamsAppInstallation.ReadWriteAndConsentSelfForChat',
      'TeamsAppInstallation.ReadWriteAndConsentForChat',
      'TeamsAppInstallation.ManageSelectedForChat',
    ],
  },
  {
    methods: ['POST'],
    path: '/chats/{chatId}/installedApps',
    workload: 'teams',
    scopes: [
      'TeamsAppInstallation.ReadWriteSelfForChat',
      'TeamsAppInstallation.ReadWriteForChat',
      'TeamsAppInstallation.ReadWriteAndConsentSelfForChat',
      'TeamsAppInstallation.ReadWriteAndConsentForChat',
      'TeamsAppInstallation.ManageSelectedForChat',
    ],
  },
  {
    methods: READ,
    path: '/chats/{chatId}/tabs',
    workload: 'teams',
    scopes: [
      'TeamsTab.Read.All',
      'TeamsTab.ReadWriteSelfForChat',
      'TeamsTab.ReadWriteForChat',
      'TeamsTab.ReadWrite.All',
    ],
  },
  {
    methods: ['POST'],
    path: '/chats/{chatId}/tabs',
    workload: 'teams',
    scopes: [
      'TeamsTab.Create',
      'TeamsTab.ReadWriteSelfForChat',
      'TeamsTab.ReadWriteForChat',
      'TeamsTab.ReadWrite.All',
    ],
  },

  // userteamwork-sendactivitynotification: "TeamsActivity.Send", nothing higher for delegated access. Sending to
  // another user is the point of the route, so the same scope covers any {user}.
  {
    methods: ['POST'],
    path: '/users/{user}/teamwork/sendActivityNotification',
    workload: 'teams',
    scopes: ['TeamsActivity.Send'],
    otherUserScopes: ['TeamsActivity.Send'],
  },

  // OneDrive: drive-get, driveitem-get, -get-content, list-children, list-permissions, permission-get: Files.Read
  // least; driveitem-put-content, -update, -delete, post-children, invite, permission-delete: Files.ReadWrite.
  // Every drive route below is a read (GET) or a write (any other method), so the rows cover whole drives.
  {
    methods: READ,
    path: '/users/{user}/drive/**',
    workload: 'onedrive',
    scopes: FILES_READ,
    otherUserScopes: FILES_READ_ALL,
  },
  {
    methods: READ,
    path: '/drives/{driveId}/**',
    workload: 'onedrive',
    scopes: FILES_READ,
    otherUserScopes: FILES_READ_ALL,
  },
  {
    methods: WRITE,
    path: '/users/{user}/drive/**',
    workload: 'onedrive',
    scopes: FILES_WRITE,
    otherUserScopes: FILES_WRITE_ALL,
  },
  {
    methods: WRITE,
    path: '/drives/{driveId}/**',
    workload: 'onedrive',
    scopes: FILES_WRITE,
    otherUserScopes: FILES_WRITE_ALL,
  },

  // SharePoint sites. site-get and site-getbypath: Sites.Read.All least, Sites.ReadWrite.All higher; no Files.*
  // scope reaches a site. drive-list (`/sites/{id}/drives`): Files.Read least, then every Files.*/Sites.* read.
  {
    methods: READ,
    path: '/sites/{site}',
    workload: 'onedrive',
    scopes: ['Sites.Read.All', 'Sites.ReadWrite.All'],
  },
  {
    methods: READ,
    path: '/sites/{hostname}/:/{path}',
    workload: 'onedrive',
    scopes: ['Sites.Read.All', 'Sites.ReadWrite.All'],
  },
  { methods: READ, path: '/sites/{site}/drives', workload: 'onedrive', scopes: FILES_READ },

  { methods: ['POST'], path: '/$batch', tokenOnly: 'each step is checked as a request of its own' },
];
