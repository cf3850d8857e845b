/**
 * Provider-neutral shapes of the calendar data the product reasons about.
 * The graph layer maps Microsoft Graph events onto these, so no Graph type
 * reaches the domain.
 */

export type AttendeeType = 'required' | 'optional' | 'resource';

export type ResponseKind =
  | 'none'
  | 'organizer'
  | 'accepted'
  | 'tentativelyAccepted'
  | 'declined'
  | 'notResponded';

export type EventKind = 'singleInstance' | 'occurrence' | 'exception' | 'seriesMaster';

export type ShowAs = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

export type Sensitivity = 'normal' | 'personal' | 'private' | 'confidential';

export interface EmailPerson {
  name: string;
  /** Lower-cased SMTP address; empty when Graph omitted it. */
  email: string;
}

export interface EventAttendee extends EmailPerson {
  type: AttendeeType;
  response: ResponseKind;
}

export interface CalendarEvent {
  id: string;
  iCalUId: string;
  seriesMasterId: string | null;
  kind: EventKind;
  subject: string;
  /** Start and end as ISO 8601 instants (UTC, with a trailing Z). */
  start: string;
  end: string;
  /** The time zone the user asked Graph to express the event in (IANA or Windows name as Graph returned it). */
  timeZone: string;
  isAllDay: boolean;
  isCancelled: boolean;
  showAs: ShowAs;
  sensitivity: Sensitivity;
  organizer: EmailPerson;
  isOrganizer: boolean;
  attendees: EventAttendee[];
  /** The signed-in user's own response. */
  myResponse: ResponseKind;
  isOnlineMeeting: boolean;
  joinUrl: string | null;
  webLink: string | null;
  /**
   * For an occurrence or exception of a series: the start it was planned for (ISO instant). It differs from
   * `start` when the occurrence was moved. Absent for single events or when Graph did not say.
   */
  originalStart?: string | null;
}

/** Graph's recurrence pattern types: `recurrence.pattern.type` of a series. */
export const RECURRENCE_KINDS = [
  'daily',
  'weekly',
  'absoluteMonthly',
  'relativeMonthly',
  'absoluteYearly',
  'relativeYearly',
] as const;

export type RecurrenceKind = (typeof RECURRENCE_KINDS)[number];

/** What the product needs of a series' recurrence: enough to say "weekly" or "every 2 weeks". */
export interface RecurrenceSummary {
  kind: RecurrenceKind;
  interval: number;
}

export interface DirectoryPerson {
  id: string;
  displayName: string;
  /** Lower-cased SMTP address (mail, or userPrincipalName when mail is empty). */
  email: string;
  jobTitle: string | null;
}
