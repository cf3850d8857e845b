/**
 * The demo tenant's data, as plain Microsoft Graph JSON. A seed file is what Graph would return
 * for each user and for each event in its organizer's mailbox, plus a few demo-only fields:
 * `anchorWeekStart`, `users[].managerId`, `events[].mailbox`, `driveItems[].drive` and `driveItems[].content`. Documented in the README.
 */
import type {
  DriveItem,
  Event,
  LinkedResource,
  MailboxSettings,
  TodoTask,
  TodoTaskList,
  User,
} from '@microsoft/microsoft-graph-types';
import type { DemoTeamsState } from '../teams/teamsAppState';

export type DemoSeedUser = Omit<User, 'id' | 'displayName' | 'userPrincipalName' | 'mailboxSettings'> & {
  id: string;
  displayName: string;
  userPrincipalName: string;
  /** Demo-only: the user's manager in the directory (Graph exposes it as `/users/{id}/manager`). */
  managerId?: string;
  mailboxSettings?: Omit<MailboxSettings, 'timeZone'> & { timeZone: string };
};

/** A Graph `dateTimeTimeZone`: wall-clock time plus a Windows or IANA zone name. */
export interface DemoSeedDateTime {
  dateTime: string;
  timeZone: string;
}

export type DemoSeedEvent = Omit<Event, 'id' | 'start' | 'end'> & {
  /** Demo-only: id of the user whose mailbox holds this item (the organizer's, for meetings). */
  mailbox: string;
  id: string;
  start: DemoSeedDateTime;
  end: DemoSeedDateTime;
};

/**
 * A file or folder in a user's OneDrive, as Graph returns a driveItem, plus two demo-only fields:
 * `drive` (whose OneDrive) and `content` (a file's bytes, as UTF-8 text). The parent is named by
 * `parentReference.id`; the drive's root folder has `root: {}` and no parent. Sharing grants are Graph
 * `permission`s in `permissions`.
 */
export type DemoSeedDriveItem = Omit<DriveItem, 'id' | 'name'> & {
  /** Demo-only: id of the user whose OneDrive holds the item. */
  drive: string;
  id: string;
  name: string;
  /** Demo-only: a file's content as text. */
  content?: string;
  /** Demo-only: a binary file's content (not UTF-8, e.g. a Word document), base64; instead of `content`. */
  contentBase64?: string;
};

/** A meeting message Exchange sent on the organizer's behalf (state only; a seed leaves it out). */
export interface DemoSentMeetingUpdate {
  kind: 'request' | 'update' | 'cancellation';
  /** The organizer's item: single event, series master, or the exception of one occurrence. */
  eventId: string;
  /** The iCalUId of what was updated (an occurrence's own iCalUId when only one occurrence changed). */
  iCalUId: string;
  /** For one occurrence of a series: its original start (ISO instant); null for a whole series or a single event. */
  occurrenceStart: string | null;
  from: string;
  /** The attendee's address. */
  to: string;
  subject: string;
  /** The event properties whose change caused the message, e.g. `["body"]`. */
  changed: string[];
  at: string;
}

/** A linked resource of a To Do task, as Graph returns it. */
export type DemoSeedLinkedResource = Omit<LinkedResource, 'id'> & { id: string };

/** A To Do task as Graph returns it, with its linked resources inline. */
export type DemoSeedTodoTask = Omit<TodoTask, 'id' | 'linkedResources' | 'attachments' | 'extensions'> & {
  id: string;
  linkedResources?: DemoSeedLinkedResource[];
};

/** A To Do task list as Graph returns it, plus demo-only `owner` (whose lists) and its `tasks`. */
export type DemoSeedTodoList = Omit<TodoTaskList, 'id' | 'displayName' | 'tasks' | 'extensions'> & {
  /** Demo-only: id of the user whose To Do holds the list. */
  owner: string;
  id: string;
  displayName: string;
  tasks?: DemoSeedTodoTask[];
};

/**
 * Demo-only: a SharePoint site with its document libraries. Site members may read and write every library
 * (SharePoint's Members group, Edit); anyone else gets 403. Library files live in `driveItems` with `drive`
 * set to `sp-library:<library id>` (see demo/sharepoint/sharePointLibraries.ts).
 */
export interface DemoSeedSharePointSite {
  /** Graph's composite site id: `<hostname>,<site collection GUID>,<web GUID>`. */
  id: string;
  hostname: string;
  /** Below the host, without slashes at either end (`sites/one-on-ones`); '' for the root site. */
  serverRelativePath: string;
  displayName: string;
  /** Ids of the users who are members of the site. */
  memberIds: string[];
  libraries: { id: string; name: string }[];
}

export interface DemoSeed {
  /**
   * Monday (YYYY-MM-DD) of the week the seed was written for. On load every date moves by whole
   * weeks so that this week becomes the current one.
   */
  anchorWeekStart: string;
  /** The first user is the demo's default signed-in user (the leader). */
  users: DemoSeedUser[];
  events: DemoSeedEvent[];
  /** Optional: files and folders in the users' OneDrives (folders such as the app folder are created on first use). */
  driveItems?: DemoSeedDriveItem[];
  /** Optional: Microsoft To Do lists and their tasks (every user also has a default "Tasks" list). */
  todoLists?: DemoSeedTodoList[];
  /** State only: the meeting requests, updates and cancellations sent so far. */
  sentUpdates?: DemoSentMeetingUpdate[];
  /** Optional: the Teams app catalog, apps and tabs in meeting chats, install policy, chats not created yet. */
  teams?: DemoTeamsState;
  /** Optional: SharePoint sites and their document libraries (the organisation-owned store of the spaces). */
  sharePointSites?: DemoSeedSharePointSite[];
}
