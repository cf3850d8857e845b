import type { CalendarDate } from '../space/calendarDate';
import { isActionItemLive } from '../space/entityLiveness';
import type { SpaceDocument } from '../space/spaceDocument';
import { calendarDateIn } from '../time/zonedCalendar';
import type { ActionItemFact, ActionItemSummary } from './cadenceTypes';

/** The live action items of a space (deleted ones are gone), with when each was closed. */
export function actionItemFacts(document: SpaceDocument): ActionItemFact[] {
  return document.actionItems.filter(isActionItemLive).map((item) => ({
    status: item.status,
    dueDate: item.dueDate,
    // The status register's stamp is when it was last set; for a closed item, when it was closed.
    closedAt: item.status === 'open' ? null : item.stamps.status.at,
  }));
}

/**
 * Open and overdue items, and follow-through: of the items with a due date whose outcome is known (the due
 * date has passed, or the item is done), the share done on or before the due date. A due date is a day with
 * no zone, so "on time" compares it with the day the item was closed in the viewer's zone. Dropped items are
 * left out: dropping a commitment on purpose is not failing it.
 */
export function summarizeActionItems(
  items: readonly ActionItemFact[],
  today: CalendarDate,
  timeZone: string,
): ActionItemSummary {
  let open = 0;
  let overdue = 0;
  let measured = 0;
  let closedOnTime = 0;
  for (const item of items) {
    if (item.status === 'open') {
      open++;
      if (item.dueDate !== null && item.dueDate < today) {
        overdue++;
        measured++;
      }
      continue;
    }
    if (item.status !== 'done' || item.dueDate === null) continue;
    const closedMs = item.closedAt === null ? Number.NaN : Date.parse(item.closedAt);
    if (Number.isNaN(closedMs)) {
      // Done, but we cannot tell when: it counts once its due date has passed, as not shown on time.
      if (item.dueDate < today) measured++;
      continue;
    }
    measured++;
    if (calendarDateIn(closedMs, timeZone) <= item.dueDate) closedOnTime++;
  }
  return {
    open,
    overdue,
    measured,
    closedOnTime,
    followThrough: measured > 0 ? closedOnTime / measured : null,
  };
}
