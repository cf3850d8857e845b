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

const QUARTER_HOUR_MS = 15 * 60_000;
/** Offsets already read, per zone and quarter hour (Intl's formatToParts is the emulator's costliest call). */
const offsetsByQuarterHour = new Map<string, Map<number, number>>();

/** From 1980 on, every zone's offset is whole quarter hours (Monrovia's -0:44:30 ended in 1972). */
const QUARTER_HOUR_OFFSETS_SINCE_MS = Date.UTC(1980, 0, 1);

/**
 * Offsets per zone and UTC week, then per UTC day: the span's one offset, or NaN for a span in which the
 * zone's clocks change. No zone since 1980 has held an offset for less than a week, so a span that starts and
 * ends on one offset has it throughout.
 */
const offsetsByUtcWeek = new Map<string, Map<number, number>>();
const offsetsByUtcDay = new Map<string, Map<number, number>>();
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

function zoneMemo(memo: Map<string, Map<number, number>>, ianaZone: string): Map<number, number> {
  let zone = memo.get(ianaZone);
  if (!zone) {
    zone = new Map();
    memo.set(ianaZone, zone);
  }
  // A long console session or a property test walks many days: keep the memory bounded.
  if (zone.size > 50_000) zone.clear();
  return zone;
}

/** The offset held throughout the span of `spanMs` that holds the instant, or NaN if it changes within it. */
function spanOffsetMs(
  memo: Map<string, Map<number, number>>,
  spanMs: number,
  epochMs: number,
  ianaZone: string,
  offsetAt: (epochMs: number) => number,
): number {
  const span = Math.floor(epochMs / spanMs);
  const spans = zoneMemo(memo, ianaZone);
  let offset = spans.get(span);
  if (offset === undefined) {
    const atStart = offsetAt(span * spanMs);
    offset = atStart === offsetAt((span + 1) * spanMs) ? atStart : Number.NaN;
    spans.set(span, offset);
  }
  return offset;
}

/**
 * The zone's UTC offset at the instant, in milliseconds (Toronto in winter: -5 h). Since 1980 every zone's
 * offset is a whole number of quarter hours and changes at a wall-clock time on the quarter hour, so it is
 * constant within each UTC quarter hour. Most weeks are read twice, a week with a change twice per day, and
 * only the day with the change per quarter hour; older instants are read each time.
 */
export function zoneOffsetMs(epochMs: number, ianaZone: string): number {
  if (epochMs < QUARTER_HOUR_OFFSETS_SINCE_MS) return readZoneOffsetMs(epochMs, ianaZone);
  const byQuarterHour = (at: number) => quarterHourOffsetMs(at, ianaZone);
  const weekOffset = spanOffsetMs(offsetsByUtcWeek, WEEK_MS, epochMs, ianaZone, byQuarterHour);
  if (!Number.isNaN(weekOffset)) return weekOffset;
  const dayOffset = spanOffsetMs(offsetsByUtcDay, DAY_MS, epochMs, ianaZone, byQuarterHour);
  return Number.isNaN(dayOffset) ? byQuarterHour(epochMs) : dayOffset;
}

function quarterHourOffsetMs(epochMs: number, ianaZone: string): number {
  const quarter = Math.floor(epochMs / QUARTER_HOUR_MS);
  const zone = zoneMemo(offsetsByQuarterHour, ianaZone);
  const known = zone.get(quarter);
  if (known !== undefined) return known;
  const offset = readZoneOffsetMs(epochMs, ianaZone);
  zone.set(quarter, offset);
  return offset;
}

function readZoneOffsetMs(epochMs: number, ianaZone: string): number {
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
