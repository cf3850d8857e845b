import type { CalendarDate } from '../space/calendarDate';
import { isEntryLive } from '../space/entityLiveness';
import type { SpaceDocument } from '../space/spaceDocument';
import { calendarDateIn, daysBetween, isKnownTimeZone } from '../time/zonedCalendar';
import { CADENCE_RULES } from './cadenceRules';
import type { CadenceClock } from './cadenceTypes';

/**
 * The day of the last recognition the leader recorded for the report: the latest `date` of a live
 * recognition written by the leader. Recognition the employee gives the leader (upward feedback) is
 * not the report being recognized, so it does not count. Null when there is none.
 */
export function lastRecognitionDate(space: SpaceDocument): CalendarDate | null {
  let last: CalendarDate | null = null;
  for (const entry of space.feedback) {
    if (entry.kind !== 'recognition' || entry.author !== 'leader' || !isEntryLive(entry)) continue;
    if (last === null || entry.date > last) last = entry.date;
  }
  return last;
}

export type RecognitionFlag = 'noRecentRecognition';

/**
 * Flags a report who has gone more than `recognitionDays` calendar days (viewer's zone) without a
 * recognition. With none recorded yet, the days count from the space's creation, so a new pair is not
 * flagged on its first day. Beside the cadence flags (`CadenceFlag`), for the same row of My team.
 */
export function recognitionFlag(space: SpaceDocument, clock: CadenceClock): RecognitionFlag | null {
  const zone = isKnownTimeZone(clock.timeZone) ? clock.timeZone : 'UTC';
  const today = calendarDateIn(clock.now.getTime(), zone);
  const since = lastRecognitionDate(space) ?? calendarDateIn(space.createdAt, zone);
  return daysBetween(since, today) > CADENCE_RULES.recognitionDays ? 'noRecentRecognition' : null;
}
