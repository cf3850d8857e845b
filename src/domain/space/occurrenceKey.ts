import { type IsoInstant, isIsoInstant, toIsoInstant } from './isoInstant';

/**
 * Identifies one meeting of the pair: its start instant, canonical ISO (`2026-11-02T09:00:00.000Z`).
 *
 * Why time and not the calendar event id: the space belongs to the pair, not to a calendar series.
 * A series that is recreated, a meeting re-sent by a new organizer, or the employee's copy of the
 * invite all have different event ids, but the same meeting starts at the same instant for both
 * people. Keys also sort chronologically as plain strings.
 *
 * A key is a label, not a promise that the meeting exists: when an occurrence moves, its new start
 * is a new key, and `occurrenceTimeline.ts` decides where items made for the old key go.
 */
export type OccurrenceKey = IsoInstant;

/** The key of an occurrence starting at `start` (any ISO 8601 spelling), or null if unparseable. */
export function occurrenceKeyFromStart(start: string): OccurrenceKey | null {
  return toIsoInstant(start);
}

export function isOccurrenceKey(value: string): boolean {
  return isIsoInstant(value);
}
