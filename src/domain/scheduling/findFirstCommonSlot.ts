import { wallClockAt } from '../time/zonedCalendar';
import type { PersonAvailability, WorkingHours } from './availability';

export interface SlotSearch {
  /** The slot starts at or after this instant (rounded up to the step). */
  notBefore: Date;
  /** The slot ends at or before this instant. */
  until: Date;
  durationMinutes: number;
  /** Candidate starts are this many minutes apart, counted from midnight UTC (30: every :00 and :30). */
  stepMinutes: number;
  people: readonly PersonAvailability[];
}

export interface Slot {
  start: string;
  end: string;
}

const MINUTE_MS = 60_000;

/**
 * The earliest slot in which everyone is free and within their working hours, or null. Each person's hours
 * are read in their own zone, so a Toronto leader and a Vancouver report only meet when it is a working hour
 * for both, and a DST change on one side moves the hours of that side only.
 */
export function findFirstCommonSlot(search: SlotSearch): Slot | null {
  const stepMs = search.stepMinutes * MINUTE_MS;
  const durationMs = search.durationMinutes * MINUTE_MS;
  if (!(stepMs > 0) || !(durationMs > 0)) throw new RangeError('duration and step must be positive');
  const untilMs = search.until.getTime();
  const busy = search.people.map((person) =>
    person.busy
      .map((interval) => ({ start: Date.parse(interval.start), end: Date.parse(interval.end) }))
      .filter((interval) => !Number.isNaN(interval.start) && !Number.isNaN(interval.end))
      .sort((a, b) => a.start - b.start),
  );
  for (let start = Math.ceil(search.notBefore.getTime() / stepMs) * stepMs; start + durationMs <= untilMs; ) {
    const end = start + durationMs;
    // The earliest busy end among the intervals in the way: no candidate before it can be free.
    let blockedUntil = Number.NEGATIVE_INFINITY;
    search.people.forEach((person, index) => {
      for (const interval of busy[index] ?? []) {
        if (interval.start >= end) break;
        if (interval.end > start) blockedUntil = Math.max(blockedUntil, interval.end);
      }
      if (person.workingHours && !withinWorkingHours(start, end, person.workingHours)) {
        blockedUntil = Math.max(blockedUntil, start + stepMs);
      }
    });
    if (blockedUntil === Number.NEGATIVE_INFINITY) {
      return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
    }
    start = Math.max(start + stepMs, Math.ceil(blockedUntil / stepMs) * stepMs);
  }
  return null;
}

function withinWorkingHours(startMs: number, endMs: number, hours: WorkingHours): boolean {
  const from = wallClockAt(startMs, hours.timeZone);
  if (!hours.days.includes(from.weekday) || from.minuteOfDay < hours.startMinute) return false;
  const to = wallClockAt(endMs, hours.timeZone);
  // A slot ending at midnight or later ends on another day: outside a working day.
  return to.date === from.date && to.minuteOfDay <= hours.endMinute && to.minuteOfDay > from.minuteOfDay;
}
