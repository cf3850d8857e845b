/**
 * The demo tenant's data, as plain Microsoft Graph JSON. A seed file is what Graph would return
 * for each user and for each event in its organizer's mailbox, plus three demo-only fields:
 * `anchorWeekStart`, `users[].managerId` and `events[].mailbox`. Documented in the README.
 */
import type { Event, MailboxSettings, User } from '@microsoft/microsoft-graph-types';

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

export interface DemoSeed {
  /**
   * Monday (YYYY-MM-DD) of the week the seed was written for. On load every date moves by whole
   * weeks so that this week becomes the current one.
   */
  anchorWeekStart: string;
  /** The first user is the demo's default signed-in user (the leader). */
  users: DemoSeedUser[];
  events: DemoSeedEvent[];
}
