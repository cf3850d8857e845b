/**
 * The time window the "My 1:1s" list asks the calendar for: from now until `days` days ahead.
 * Two weeks shows every weekly and biweekly 1:1 at least once.
 */
export const DEFAULT_UPCOMING_DAYS = 14;

/** The calendarView query becomes slow and paged for long windows; a quarter is enough for cadence. */
export const MAX_UPCOMING_DAYS = 90;

const MS_PER_DAY = 24 * 60 * 60 * 1000;

export interface TimeWindow {
  /** ISO 8601 instants (UTC, trailing Z), ready for calendarView's startDateTime and endDateTime. */
  start: string;
  end: string;
}

/**
 * `days` counts 24-hour periods of absolute time, not calendar days: the window is a pair of
 * instants and the domain has no time zone. A whole number from 1 to MAX_UPCOMING_DAYS, else
 * RangeError (as is an invalid `now`).
 */
export function upcomingWindow(now: Date, days: number): TimeWindow {
  if (!Number.isInteger(days) || days < 1 || days > MAX_UPCOMING_DAYS) {
    throw new RangeError(`days must be a whole number from 1 to ${MAX_UPCOMING_DAYS}, got ${days}`);
  }
  const startMs = now.getTime();
  if (Number.isNaN(startMs)) throw new RangeError('now is an invalid Date');
  return {
    start: new Date(startMs).toISOString(),
    end: new Date(startMs + days * MS_PER_DAY).toISOString(),
  };
}
