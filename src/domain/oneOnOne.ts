/**
 * What the product knows about a 1:1 once it has been found in the calendar.
 * Produced by `detectOneOnOnes`, grouped for the "My 1:1s" list by `groupSeriesByPerson`.
 */

/** How the other person in the 1:1 relates to the signed-in user, from the directory. */
export type CounterpartRelation = 'directReport' | 'manager' | 'other';

/** Who declined an occurrence. A declined 1:1 stays in the list, flagged, so its topics are not lost. */
export type DeclinedBy = 'me' | 'counterpart' | null;

/** The other person in a 1:1. */
export interface Counterpart {
  /** Directory display name when known, else the name on the invite, else the email. Never empty. */
  name: string;
  /** Lower-cased SMTP address; the person's identity across series. */
  email: string;
  relation: CounterpartRelation;
}

/** One meeting of a 1:1 series, as it sits in the signed-in user's calendar. */
export interface OneOnOneOccurrence {
  eventId: string;
  /** ISO 8601 instants, as in `CalendarEvent`. */
  start: string;
  end: string;
  timeZone: string;
  isOnlineMeeting: boolean;
  joinUrl: string | null;
  /** Whether the signed-in user organizes this occurrence (only the organizer can edit the invite). */
  isOrganizer: boolean;
  declinedBy: DeclinedBy;
  webLink: string | null;
}

/** Recurring (or repeatedly scheduled) 1:1s between the signed-in user and one counterpart. */
export interface OneOnOneSeries {
  /**
   * Stable identity of the series: `series:<seriesMasterId>` for a recurring series, or
   * `single:<email>|<normalized subject>` for single meetings with the same person and subject.
   * When the subject must stay hidden (someone else's private event), the subject part is
   * `private:<hash>` so the key never carries the subject either.
   */
  key: string;
  counterpart: Counterpart;
  /** Subject of the next occurrence; null when it is someone else's private event (shown as "Private 1:1"). */
  subject: string | null;
  seriesMasterId: string | null;
  /** Of the next occurrence. */
  isOnlineMeeting: boolean;
  /** Sorted by start; never empty. The first one is the next occurrence. */
  occurrences: OneOnOneOccurrence[];
}

/** The "My 1:1s" list entry: every series with one person. */
export interface PersonOneOnOnes {
  counterpart: Counterpart;
  /** Sorted by their next occurrence. More than one when a series was recreated or singles were used. */
  series: OneOnOneSeries[];
  /** Start of this person's next 1:1, across all their series. */
  nextStart: string;
}
