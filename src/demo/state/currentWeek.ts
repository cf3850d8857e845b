/** Which week is "now" for the demo, so the seed's anchor week can be moved onto it. */
import type { DemoSeed } from '../seed/demoSeed.types';
import { daysBetween, mondayOnOrBefore, parseCivilDate } from '../time/civilDate';
import { resolveIanaTimeZone } from '../time/timeZoneNames';
import { instantToZonedDateTime } from '../time/zonedTime';

/** Weeks are judged in the leader's (first user's) zone, so her Monday morning is always the new week. */
function referenceZone(seed: DemoSeed): string {
  return resolveIanaTimeZone(seed.users[0]?.mailboxSettings?.timeZone) ?? 'UTC';
}

/** Whole weeks from the seed's anchor week to the week containing `now` (negative for an older `now`). */
export function weeksFromAnchorToNow(seed: DemoSeed, now: Date): number {
  const anchor = parseCivilDate(seed.anchorWeekStart);
  if (!anchor) return 0;
  const today = instantToZonedDateTime(now.getTime(), referenceZone(seed));
  return daysBetween(anchor, mondayOnOrBefore(today)) / 7;
}
