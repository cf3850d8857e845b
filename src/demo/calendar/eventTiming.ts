/**
 * When an event happens, in the terms Exchange uses: wall-clock times in the event's own
 * start zone (so a 09:00 Toronto series stays at 09:00 across DST), except all-day events,
 * which float: they cover whole days in whatever zone the reader views them in.
 */
import type { DemoSeedEvent } from '../seed/demoSeed.types';
import {
  addDaysToDateTime,
  type CivilDateTime,
  daysBetween,
  parseCivilDateTime,
  startOfDay,
} from '../time/civilDate';
import { resolveIanaTimeZone } from '../time/timeZoneNames';
import { instantToZonedDateTime, zonedDateTimeToInstant } from '../time/zonedTime';

export interface EventTiming {
  /** IANA zone whose wall clock defines the event (its original start zone). */
  zone: string;
  isAllDay: boolean;
  localStart: CivilDateTime;
  /** Length of a timed event; occurrences keep it even when DST changes in between. */
  durationMs: number;
  /** Length of an all-day event in days. */
  durationDays: number;
}

export interface InstantRange {
  startMs: number;
  endMs: number;
}

function wallClockIn(value: { dateTime: string; timeZone: string }, zone: string): CivilDateTime {
  const parsed = parseCivilDateTime(value.dateTime);
  const sourceZone = resolveIanaTimeZone(value.timeZone);
  // The seed was validated, so neither is null; fall back to the epoch rather than throw mid-request.
  if (!parsed || !sourceZone) return startOfDay({ year: 1970, month: 1, day: 1 });
  if (sourceZone === zone) return parsed;
  return instantToZonedDateTime(zonedDateTimeToInstant(parsed, sourceZone), zone);
}

/** The zone an event's wall-clock times belong to: `originalStartTimeZone` when usable, else its start's zone. */
export function eventZone(event: DemoSeedEvent): string {
  return (
    resolveIanaTimeZone(event.originalStartTimeZone) ?? resolveIanaTimeZone(event.start.timeZone) ?? 'UTC'
  );
}

export function eventTiming(event: DemoSeedEvent): EventTiming {
  const isAllDay = event.isAllDay === true;
  if (isAllDay) {
    const localStart = startOfDay(
      parseCivilDateTime(event.start.dateTime) ?? { year: 1970, month: 1, day: 1 },
    );
    const localEnd = startOfDay(parseCivilDateTime(event.end.dateTime) ?? localStart);
    return {
      zone: 'UTC',
      isAllDay,
      localStart,
      durationMs: 0,
      durationDays: Math.max(1, daysBetween(localStart, localEnd)),
    };
  }
  const zone = eventZone(event);
  const localStart = wallClockIn(event.start, zone);
  const startMs = zonedDateTimeToInstant(localStart, zone);
  const endMs = zonedDateTimeToInstant(wallClockIn(event.end, zone), zone);
  return { zone, isAllDay, localStart, durationMs: Math.max(0, endMs - startMs), durationDays: 0 };
}

/** The instants an instance starting at `localStart` (in the timing's zone) covers for a reader in `viewZone`. */
export function instanceInstants(
  timing: EventTiming,
  localStart: CivilDateTime,
  viewZone: string,
): InstantRange {
  if (timing.isAllDay) {
    return {
      startMs: zonedDateTimeToInstant(localStart, viewZone),
      endMs: zonedDateTimeToInstant(addDaysToDateTime(localStart, timing.durationDays), viewZone),
    };
  }
  const startMs = zonedDateTimeToInstant(localStart, timing.zone);
  return { startMs, endMs: startMs + timing.durationMs };
}

/** The instants a stored item (single event, exception, or a series' first occurrence) covers. */
export function storedEventInstants(event: DemoSeedEvent, viewZone: string): InstantRange {
  const timing = eventTiming(event);
  return instanceInstants(timing, timing.localStart, viewZone);
}

/** Graph writes `originalStart` and similar instants as `2026-11-19T19:00:00Z`. */
export function formatInstant(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('.000Z', 'Z');
}
