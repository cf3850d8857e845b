import type { CalendarDate } from '../space/calendarDate';

/**
 * What cadence health is computed from and what it says, per direct report. Pure data: the graph layer
 * reads the calendar and the shared space, the domain decides.
 */

/** One 1:1 occurrence with the report, as the leader's calendar shows it. */
export interface CadenceOccurrence {
  /** ISO 8601 instant; an occurrence that was moved has its new start here. */
  start: string;
  /** The start the series planned, when Graph says (`originalStart`); differs from `start` when it was moved. */
  originalStart: string | null;
  /**
   * `scheduled`: it takes (or took) place. `cancelled`: the organizer cancelled it (an attendee's copy keeps it
   * as cancelled). `declined`: one of the two declined it, so it does not take place either.
   */
  status: 'scheduled' | 'cancelled' | 'declined';
}

/** An action item of the pair, reduced to what follow-through needs. */
export interface ActionItemFact {
  status: 'open' | 'done' | 'dropped';
  /** `YYYY-MM-DD`, or null when none was set. */
  dueDate: CalendarDate | null;
  /** When it was closed (done or dropped), as an ISO instant; null while open. */
  closedAt: string | null;
}

export interface ReportCadenceInput {
  occurrences: readonly CadenceOccurrence[];
  /**
   * Occurrences the organizer cancelled, known only by their date in the series' zone: Graph's
   * `cancelledOccurrences` of a series master (the organizer's calendar no longer shows them).
   */
  cancelledDates: readonly CalendarDate[];
  /** Null when the pair has no shared space yet: nothing is known about action items. */
  actionItems: readonly ActionItemFact[] | null;
}

/** When "now" is, and in which zone days and weeks are counted (the viewer's). */
export interface CadenceClock {
  now: Date;
  /** IANA zone; an unknown zone counts in UTC. */
  timeZone: string;
}

export type CadenceFlag =
  | 'noRecentOneOnOne'
  | 'nothingScheduled'
  | 'frequentCancellations'
  | 'overdueActionItems';

export interface ActionItemSummary {
  open: number;
  /** Open items whose due date has passed. */
  overdue: number;
  /** Items with a due date whose outcome is known: due date passed, or done. Dropped items do not count. */
  measured: number;
  /** Of those, the ones done on or before their due date. */
  closedOnTime: number;
  /** closedOnTime / measured, from 0 to 1; null when nothing is measured yet. */
  followThrough: number | null;
}

export interface WeekCount {
  /** Monday of the week, in the viewer's zone. */
  weekStart: CalendarDate;
  held: number;
}

export interface ReportCadence {
  /** Start of the last 1:1 that took place, or null when none did in the window read. */
  lastHeld: string | null;
  /** Start of the next 1:1 that will take place, or null. */
  nextScheduled: string | null;
  /** Calendar days from the last 1:1 to today, in the viewer's zone. */
  daysSinceLast: number | null;
  /** Calendar days from today to the next 1:1. */
  daysUntilNext: number | null;
  heldInHistory: number;
  cancelledInHistory: number;
  movedInHistory: number;
  /** Null when the pair has no shared space. */
  actionItems: ActionItemSummary | null;
  /** `CADENCE_RULES.chartWeeks` weeks, oldest first, the current week last. */
  weeks: WeekCount[];
  /** In a fixed order: the order of `CadenceFlag`. */
  flags: CadenceFlag[];
}
