/**
 * Converts between instants and wall-clock times in an IANA zone using Intl only
 * (no time zone library: the demo must stay small and the rules come from the runtime).
 */

import { wallClockFormatter } from '../../domain/time/zonedCalendar';
import {
  type CivilDateTime,
  civilDateTimeAsUtcMs,
  civilDateTimeFromUtcMs,
  parseCivilDateTime,
} from './civilDate';
import { resolveIanaTimeZone } from './timeZoneNames';

/** The zone's UTC offset at the instant, in milliseconds (Toronto in winter: -5 h). */
export function zoneOffsetMs(epochMs: number, ianaZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const parts = wallClockFormatter(ianaZone, 'second').formatToParts(new Date(wholeSecond));
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wallClockAsUtc = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  return wallClockAsUtc - wholeSecond;
}

export function instantToZonedDateTime(epochMs: number, ianaZone: string): CivilDateTime {
  return civilDateTimeFromUtcMs(epochMs + zoneOffsetMs(epochMs, ianaZone));
}

const HOURS_36 = 36 * 3_600_000;

/**
 * The instant at which the zone's clocks show the wall-clock time. Times skipped by a
 * spring-forward gap move forward by the gap (as Exchange does: 02:30 becomes 03:30);
 * times repeated by a fall-back overlap take the first (daylight) instant.
 */
export function zonedDateTimeToInstant(wallClock: CivilDateTime, ianaZone: string): number {
  const asUtc = civilDateTimeAsUtcMs(wallClock);
  const offsetBefore = zoneOffsetMs(asUtc - HOURS_36, ianaZone);
  const offsetAfter = zoneOffsetMs(asUtc + HOURS_36, ianaZone);
  const candidates = [asUtc - offsetBefore, asUtc - offsetAfter].filter(
    (instant) => civilDateTimeAsUtcMs(instantToZonedDateTime(instant, ianaZone)) === asUtc,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  return asUtc - offsetBefore;
}

/** A Graph `dateTimeTimeZone` ({dateTime, timeZone}) as an instant, or null when either part is unusable. */
export function graphDateTimeToInstant(value: {
  dateTime?: string | null;
  timeZone?: string | null;
}): number | null {
  const wallClock = value.dateTime ? parseCivilDateTime(value.dateTime) : null;
  const zone = resolveIanaTimeZone(value.timeZone ?? 'UTC');
  if (!wallClock || !zone) return null;
  return zonedDateTimeToInstant(wallClock, zone);
}
