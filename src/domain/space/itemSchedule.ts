import { compareOrdinal } from '../compareOrdinal';
import type { IsoInstant } from './isoInstant';
import type { OccurrenceKey } from './occurrenceKey';
import type { OccurrenceInfo, OccurrenceTimeline } from './occurrenceTimeline';
import type { ActionItem, Topic } from './spaceDocument';

/**
 * Where one topic or action item sits on the timeline: the occurrence it first shows in, and
 * the one where it was closed (discussed / done / dropped). Between the two it is carried over.
 */
export interface ItemSchedule {
  /** First held occurrence it shows in; null = none yet (it is for a later meeting). */
  appears: OccurrenceKey | null;
  /** Held occurrence where it shows as closed; null = not closed, or closed after every known one. */
  closes: OccurrenceKey | null;
  /** Held occurrence where a topic shows as deferred; null = nowhere. */
  defers: OccurrenceKey | null;
  /**
   * The first occurrence, held or cancelled, where it was due: the one it was written for when the
   * calendar still lists it, else `appears`. Shown after that, it is "carried over".
   */
  dueSince: OccurrenceKey | null;
  /** For a cancelled occurrence's view: the key it was written for (null: `createdAt` decides). */
  intendedFor: OccurrenceKey | null;
  createdAt: IsoInstant;
}

export function scheduleTopic(topic: Topic, timeline: OccurrenceTimeline): ItemSchedule {
  const appears = keyOf(
    topic.createdForOccurrence === null
      ? timeline.firstHeldEndingAfter(topic.createdAt)
      : timeline.resolve(topic.createdForOccurrence, topic.createdAt),
  );
  let closes: OccurrenceKey | null = null;
  if (topic.status === 'discussed') {
    closes = keyOf(
      topic.discussedInOccurrence === null
        ? timeline.firstHeldEndingAfter(topic.stamps.status.at)
        : timeline.resolve(topic.discussedInOccurrence, null),
    );
    // Ticked off before the meeting it was written for: it shows, ticked, in that meeting.
    closes = closes === null || appears === null ? closes : maxKey(closes, appears);
  }
  let defers: OccurrenceKey | null = null;
  if (topic.deferredFromOccurrence !== null && topic.status !== 'open') {
    const deferredIn = keyOf(timeline.resolve(topic.deferredFromOccurrence, null));
    // A discussed topic keeps its deferral in history, as long as the deferral came first.
    if (topic.status === 'deferred' || (deferredIn !== null && (closes === null || deferredIn < closes))) {
      defers = deferredIn;
    }
  }
  return {
    appears,
    closes,
    defers,
    dueSince: dueSince(topic.createdForOccurrence, appears, timeline),
    intendedFor: topic.createdForOccurrence,
    createdAt: topic.createdAt,
  };
}

export function scheduleActionItem(item: ActionItem, timeline: OccurrenceTimeline): ItemSchedule {
  const appears = keyOf(
    item.createdInOccurrence === null
      ? timeline.firstHeldEndingAfter(item.createdAt)
      : timeline.resolve(item.createdInOccurrence, item.createdAt),
  );
  let closes: OccurrenceKey | null = null;
  if (item.status !== 'open') {
    const closedAt = item.stamps.status.at;
    closes = keyOf(
      item.closedInOccurrence === null
        ? timeline.firstHeldEndingAfter(closedAt)
        : timeline.resolve(item.closedInOccurrence, null),
    );
    closes = closes === null || appears === null ? closes : maxKey(closes, appears);
  }
  return {
    appears,
    closes,
    defers: null,
    dueSince: dueSince(item.createdInOccurrence, appears, timeline),
    intendedFor: item.createdInOccurrence,
    createdAt: item.createdAt,
  };
}

export type ScheduledState = 'hidden' | 'open' | 'closed' | 'deferred';

/** What an item is at `occurrence`, and whether it came from an earlier one. */
export function stateAt(
  schedule: ItemSchedule,
  occurrence: OccurrenceInfo,
): { state: ScheduledState; carriedOver: boolean } {
  const key = occurrence.key;
  const carriedOver = schedule.dueSince !== null && schedule.dueSince < key;
  if (occurrence.isCancelled) {
    // A cancelled meeting consumes nothing: it lists what was due by then and is still open.
    const due =
      (schedule.appears !== null && schedule.appears <= key) ||
      (schedule.intendedFor !== null ? schedule.intendedFor <= key : schedule.createdAt < occurrence.end);
    if (!due || (schedule.closes !== null && schedule.closes < key)) return { state: 'hidden', carriedOver };
    return { state: 'open', carriedOver };
  }
  if (schedule.appears === null || key < schedule.appears) return { state: 'hidden', carriedOver };
  if (schedule.closes !== null) {
    if (key > schedule.closes) return { state: 'hidden', carriedOver };
    if (key === schedule.closes) return { state: 'closed', carriedOver };
  }
  if (schedule.defers === key) return { state: 'deferred', carriedOver };
  return { state: 'open', carriedOver };
}

function dueSince(
  intendedFor: OccurrenceKey | null,
  appears: OccurrenceKey | null,
  timeline: OccurrenceTimeline,
): OccurrenceKey | null {
  if (
    intendedFor !== null &&
    timeline.get(intendedFor) !== undefined &&
    (appears === null || intendedFor < appears)
  ) {
    return intendedFor;
  }
  return appears;
}

function keyOf(occurrence: OccurrenceInfo | null): OccurrenceKey | null {
  return occurrence === null ? null : occurrence.key;
}

function maxKey(a: OccurrenceKey, b: OccurrenceKey): OccurrenceKey {
  return compareOrdinal(a, b) >= 0 ? a : b;
}
