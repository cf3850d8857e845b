import type { WeekdayNumber } from '../time/zonedCalendar';

/** A time someone is not free (busy, tentative or out of office), as ISO instants. */
export interface BusyInterval {
  start: string;
  end: string;
}

/** The days and hours someone works, in their own zone (an IANA name, already resolved). */
export interface WorkingHours {
  days: readonly WeekdayNumber[];
  /** Minutes since midnight; the working day is [startMinute, endMinute). */
  startMinute: number;
  endMinute: number;
  timeZone: string;
}

/** One person's calendar for the search: when they are busy, and their working hours when known. */
export interface PersonAvailability {
  busy: readonly BusyInterval[];
  /** Null when unknown: any hour counts, so give the organizer's own hours in that case. */
  workingHours: WorkingHours | null;
}
