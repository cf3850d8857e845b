import type { CalendarDate } from '../space/calendarDate';
import { addDays, daysBetween, isKnownTimeZone, mondayOf, wallClockAt } from '../time/zonedCalendar';
import { summarizeActionItems } from './actionItemFacts';
import { CADENCE_RULES } from './cadenceRules';
import type { CadenceClock, CadenceFlag, ReportCadence, ReportCadenceInput, WeekCount } from './cadenceTypes';

/**
 * Cadence health of one direct report. Rules:
 * 1. Held: a `scheduled` occurrence that has started. Cancelled or declined ones did not take place.
 * 2. Next: the earliest `scheduled` occurrence that has not started.
 * 3. Days are calendar days in the viewer's zone (see zonedCalendar.ts), so DST never shifts a count.
 * 4. History counts take the last `historyDays` days, today included: held ones by their start, cancelled
 *    and declined ones by the slot they had (only slots already past), moved ones by their original slot.
 *    A cancellation known both from an occurrence and from the master's date list is the caller's to
 *    avoid (graph reads one or the other, see loadTeamOverview).
 * 5. Flags: last held more than `recentDays` days ago or unknown; next more than `scheduledAheadDays` days
 *    away or none; `cancellationsToFlag` or more cancelled; any overdue action item.
 * Unreadable starts are skipped, never guessed.
 */
export function computeReportCadence(input: ReportCadenceInput, clock: CadenceClock): ReportCadence {
  const zone = isKnownTimeZone(clock.timeZone) ? clock.timeZone : 'UTC';
  const nowMs = clock.now.getTime();
  const today = wallClockAt(nowMs, zone).date;
  const historyStart = addDays(today, -(CADENCE_RULES.historyDays - 1));
  const inHistory = (date: CalendarDate) => date >= historyStart && date <= today;
  const weeks = emptyWeeks(today);
  const weekIndex = new Map(weeks.map((week, index) => [week.weekStart, index]));

  let lastHeldMs = Number.NEGATIVE_INFINITY;
  let nextMs = Number.POSITIVE_INFINITY;
  let held = 0;
  let cancelled = 0;
  let moved = 0;
  for (const occurrence of input.occurrences) {
    const startMs = Date.parse(occurrence.start);
    if (Number.isNaN(startMs)) continue;
    const startDate = wallClockAt(startMs, zone).date;
    const originalMs = occurrence.originalStart === null ? Number.NaN : Date.parse(occurrence.originalStart);
    const slotMs = Number.isNaN(originalMs) ? startMs : originalMs;
    if (!Number.isNaN(originalMs) && originalMs !== startMs) {
      if (originalMs <= nowMs && inHistory(wallClockAt(originalMs, zone).date)) moved++;
    }
    if (occurrence.status !== 'scheduled') {
      if (slotMs <= nowMs && inHistory(wallClockAt(slotMs, zone).date)) cancelled++;
      continue;
    }
    if (startMs > nowMs) {
      nextMs = Math.min(nextMs, startMs);
      continue;
    }
    lastHeldMs = Math.max(lastHeldMs, startMs);
    if (inHistory(startDate)) held++;
    const week = weekIndex.get(mondayOf(startDate));
    const count = week === undefined ? undefined : weeks[week];
    if (count) count.held++;
  }
  for (const date of new Set(input.cancelledDates)) if (inHistory(date)) cancelled++;

  const lastHeld = Number.isFinite(lastHeldMs) ? new Date(lastHeldMs).toISOString() : null;
  const nextScheduled = Number.isFinite(nextMs) ? new Date(nextMs).toISOString() : null;
  const daysSinceLast = lastHeld === null ? null : daysBetween(wallClockAt(lastHeldMs, zone).date, today);
  const daysUntilNext = nextScheduled === null ? null : daysBetween(today, wallClockAt(nextMs, zone).date);
  const actionItems =
    input.actionItems === null ? null : summarizeActionItems(input.actionItems, today, zone);

  const flags: CadenceFlag[] = [];
  if (daysSinceLast === null || daysSinceLast > CADENCE_RULES.recentDays) flags.push('noRecentOneOnOne');
  if (daysUntilNext === null || daysUntilNext > CADENCE_RULES.scheduledAheadDays)
    flags.push('nothingScheduled');
  if (cancelled >= CADENCE_RULES.cancellationsToFlag) flags.push('frequentCancellations');
  if (actionItems !== null && actionItems.overdue > 0) flags.push('overdueActionItems');

  return {
    lastHeld,
    nextScheduled,
    daysSinceLast,
    daysUntilNext,
    heldInHistory: held,
    cancelledInHistory: cancelled,
    movedInHistory: moved,
    actionItems,
    weeks,
    flags,
  };
}

/** The chart's weeks, oldest first, ending with the week of `today`. */
function emptyWeeks(today: CalendarDate): WeekCount[] {
  const current = mondayOf(today);
  return Array.from({ length: CADENCE_RULES.chartWeeks }, (_, index) => ({
    weekStart: addDays(current, (index - CADENCE_RULES.chartWeeks + 1) * 7),
    held: 0,
  }));
}
