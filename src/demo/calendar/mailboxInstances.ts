/**
 * What a calendar view shows: single events and the instances of recurring series (generated
 * occurrences, exceptions, cancellations) that overlap a time window, as Exchange computes them.
 */

import type { MailboxEvent } from '../mailbox/mailboxEvents';
import { expandRecurrenceDates } from '../recurrence/expandRecurrence';
import { occurrenceDateFromId, occurrenceEventId } from '../recurrence/occurrenceIds';
import { addDays, type CivilDate, type CivilDateTime, formatCivilDate } from '../time/civilDate';
import { instantToZonedDateTime } from '../time/zonedTime';
import { type EventTiming, eventTiming, type InstantRange, instanceInstants } from './eventTiming';

export type InstanceKind = 'singleInstance' | 'occurrence' | 'exception';

export interface EventInstance extends InstantRange {
  /** The stored item: the event itself, or the series master of a generated occurrence. */
  source: MailboxEvent;
  kind: InstanceKind;
  id: string;
  /** Wall-clock start in the timing's zone (the viewer's zone for all-day events). */
  localStart: CivilDateTime;
  timing: EventTiming;
  /** For occurrences and exceptions: the date the occurrence originally had, in the series' zone. */
  originalDate: CivilDate | null;
  originalStartMs: number | null;
  /** An occurrence the organizer cancelled, as the attendee's copy still shows it. */
  cancelledForAttendee: boolean;
}

function overlaps(range: InstantRange, window: InstantRange): boolean {
  if (range.startMs === range.endMs) return range.startMs >= window.startMs && range.startMs < window.endMs;
  return range.startMs < window.endMs && range.endMs > window.startMs;
}

function timingZone(timing: EventTiming, viewZone: string): string {
  return timing.isAllDay ? viewZone : timing.zone;
}

function withTimeOf(date: CivilDate, time: CivilDateTime): CivilDateTime {
  return { ...time, year: date.year, month: date.month, day: date.day };
}

/** The original date of an exception, read in its series' zone. */
function exceptionOriginalDate(
  exception: MailboxEvent,
  masterTiming: EventTiming,
  viewZone: string,
): CivilDate | null {
  const originalMs = exception.event.originalStart ? Date.parse(exception.event.originalStart) : Number.NaN;
  if (Number.isNaN(originalMs)) return null;
  return instantToZonedDateTime(originalMs, timingZone(masterTiming, viewZone));
}

function storedInstance(item: MailboxEvent, items: readonly MailboxEvent[], viewZone: string): EventInstance {
  const timing = eventTiming(item.event);
  const master =
    item.kind === 'exception'
      ? items.find((other) => other.event.id === item.event.seriesMasterId)
      : undefined;
  const originalDate = master ? exceptionOriginalDate(item, eventTiming(master.event), viewZone) : null;
  const originalMs = item.event.originalStart ? Date.parse(item.event.originalStart) : Number.NaN;
  return {
    source: item,
    kind: item.kind === 'exception' ? 'exception' : 'singleInstance',
    id: item.event.id,
    localStart: timing.localStart,
    timing,
    ...instanceInstants(timing, timing.localStart, viewZone),
    originalDate,
    originalStartMs: Number.isNaN(originalMs) ? null : originalMs,
    cancelledForAttendee: false,
  };
}

function generatedOccurrence(
  master: MailboxEvent,
  timing: EventTiming,
  date: CivilDate,
  viewZone: string,
): EventInstance {
  const localStart = withTimeOf(date, timing.localStart);
  const range = instanceInstants(timing, localStart, viewZone);
  const cancelled = master.cancelledDates.some(
    (cancelledDate) => formatCivilDate(cancelledDate) === formatCivilDate(date),
  );
  return {
    source: master,
    kind: cancelled ? 'exception' : 'occurrence',
    id: occurrenceEventId(master.event.id, date),
    localStart,
    timing,
    ...range,
    originalDate: date,
    originalStartMs: range.startMs,
    cancelledForAttendee: cancelled,
  };
}

/** The organizer's calendar drops cancelled items; attendees keep them, marked cancelled, until they remove them. */
function isVisible(instance: EventInstance): boolean {
  const cancelled = instance.cancelledForAttendee || instance.source.event.isCancelled === true;
  return !(cancelled && instance.source.isOrganizerCopy);
}

class SeriesIndex {
  readonly exceptionsByMaster = new Map<string, MailboxEvent[]>();
  constructor(readonly items: readonly MailboxEvent[]) {
    for (const item of items) {
      if (item.kind !== 'exception' || !item.event.seriesMasterId) continue;
      const list = this.exceptionsByMaster.get(item.event.seriesMasterId) ?? [];
      list.push(item);
      this.exceptionsByMaster.set(item.event.seriesMasterId, list);
    }
  }

  replacedDates(master: MailboxEvent, timing: EventTiming, viewZone: string): Set<string> {
    const dates = (this.exceptionsByMaster.get(master.event.id) ?? []).map((exception) =>
      exceptionOriginalDate(exception, timing, viewZone),
    );
    return new Set(dates.flatMap((date) => (date ? [formatCivilDate(date)] : [])));
  }
}

function occurrencesInWindow(
  master: MailboxEvent,
  index: SeriesIndex,
  window: InstantRange,
  viewZone: string,
): EventInstance[] {
  if (!master.event.recurrence) return [];
  const timing = eventTiming(master.event);
  const zone = timingZone(timing, viewZone);
  const reach = timing.isAllDay ? timing.durationDays * 86_400_000 : timing.durationMs;
  // One spare day on each side covers zone offsets; exact overlap is checked per instance.
  const dates = expandRecurrenceDates(master.event.recurrence, {
    from: addDays(instantToZonedDateTime(window.startMs - reach, zone), -1),
    to: addDays(instantToZonedDateTime(window.endMs, zone), 1),
  });
  const replaced = index.replacedDates(master, timing, viewZone);
  return dates
    .filter((date) => !replaced.has(formatCivilDate(date)))
    .map((date) => generatedOccurrence(master, timing, date, viewZone))
    .filter((instance) => overlaps(instance, window));
}

function byStart(a: EventInstance, b: EventInstance): number {
  return a.startMs - b.startMs || a.endMs - b.endMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface InstanceFilter {
  /** Only instances of this series (for `/events/{id}/instances`). */
  seriesMasterId?: string;
}

/** Instances overlapping the window, sorted by start then end then id. Never includes series masters. */
export function instancesInWindow(
  items: readonly MailboxEvent[],
  window: InstantRange,
  viewZone: string,
  filter: InstanceFilter = {},
): EventInstance[] {
  const index = new SeriesIndex(items);
  const instances: EventInstance[] = [];
  for (const item of items) {
    if (filter.seriesMasterId !== undefined) {
      const inSeries =
        item.event.id === filter.seriesMasterId || item.event.seriesMasterId === filter.seriesMasterId;
      if (!inSeries) continue;
    }
    if (item.kind === 'seriesMaster') {
      instances.push(...occurrencesInWindow(item, index, window, viewZone));
    } else {
      const instance = storedInstance(item, items, viewZone);
      if (overlaps(instance, window)) instances.push(instance);
    }
  }
  return instances.filter(isVisible).sort(byStart);
}

export type MailboxItemLookup =
  | { found: 'stored'; item: MailboxEvent; instance: EventInstance | null }
  | { found: 'occurrence'; item: MailboxEvent; instance: EventInstance };

/** Finds an item by id: a stored event (single, master, exception) or a generated occurrence. */
export function findMailboxItem(
  items: readonly MailboxEvent[],
  id: string,
  viewZone: string,
): MailboxItemLookup | null {
  const stored = items.find((item) => item.event.id === id);
  if (stored) {
    if (stored.kind === 'seriesMaster') return { found: 'stored', item: stored, instance: null };
    const instance = storedInstance(stored, items, viewZone);
    return isVisible(instance) ? { found: 'stored', item: stored, instance } : null;
  }
  const index = new SeriesIndex(items);
  for (const master of items) {
    if (master.kind !== 'seriesMaster' || !master.event.recurrence) continue;
    const date = occurrenceDateFromId(id, master.event.id);
    if (!date) continue;
    const timing = eventTiming(master.event);
    const isGenerated = expandRecurrenceDates(master.event.recurrence, { from: date, to: date }).length === 1;
    if (!isGenerated || index.replacedDates(master, timing, viewZone).has(formatCivilDate(date))) return null;
    const instance = generatedOccurrence(master, timing, date, viewZone);
    return isVisible(instance) ? { found: 'occurrence', item: master, instance } : null;
  }
  return null;
}
