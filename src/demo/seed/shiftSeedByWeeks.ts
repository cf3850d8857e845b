/**
 * Moves every date in a seed (or emulator state) by whole weeks, keeping weekdays and
 * wall-clock times in each event's own zone, so that a seed written for one week can
 * always be shown as the current week.
 */
import { eventZone } from '../calendar/eventTiming';
import {
  formatCancelledOccurrenceId,
  occurrenceDateFromId,
  occurrenceEventId,
  parseCancelledOccurrenceId,
} from '../recurrence/occurrenceIds';
import {
  addDays,
  addDaysToDateTime,
  formatCivilDate,
  formatGraphDateTime,
  parseCivilDate,
  parseCivilDateTime,
} from '../time/civilDate';
import { resolveIanaTimeZone } from '../time/timeZoneNames';
import { instantToZonedDateTime, zonedDateTimeToInstant } from '../time/zonedTime';
import { shiftTodoLists } from '../todo/shiftTodoLists';
import type {
  DemoSeed,
  DemoSeedDateTime,
  DemoSeedDriveItem,
  DemoSeedEvent,
  DemoSentMeetingUpdate,
} from './demoSeed.types';

const MS_PER_DAY = 86_400_000;

function shiftDate(value: string, days: number): string {
  const date = parseCivilDate(value);
  return date ? formatCivilDate(addDays(date, days)) : value;
}

/** Wall-clock shift in the event's zone, written back in the value's own zone label. */
function shiftDateTime(
  value: DemoSeedDateTime,
  eventIanaZone: string,
  days: number,
  floating: boolean,
): DemoSeedDateTime {
  const wallClock = parseCivilDateTime(value.dateTime);
  const labelZone = resolveIanaTimeZone(value.timeZone);
  if (!wallClock || !labelZone) return value;
  if (floating || labelZone === eventIanaZone) {
    return { ...value, dateTime: formatGraphDateTime(addDaysToDateTime(wallClock, days)) };
  }
  const inEventZone = instantToZonedDateTime(zonedDateTimeToInstant(wallClock, labelZone), eventIanaZone);
  const shiftedMs = zonedDateTimeToInstant(addDaysToDateTime(inEventZone, days), eventIanaZone);
  return { ...value, dateTime: formatGraphDateTime(instantToZonedDateTime(shiftedMs, labelZone)) };
}

function shiftInstantInZone(value: string, eventIanaZone: string, days: number): string {
  const epochMs = Date.parse(value);
  if (Number.isNaN(epochMs)) return value;
  const wallClock = addDaysToDateTime(instantToZonedDateTime(epochMs, eventIanaZone), days);
  return new Date(zonedDateTimeToInstant(wallClock, eventIanaZone)).toISOString().replace('.000Z', 'Z');
}

/** Timestamps such as createdDateTime only need to stay in order; `0001-01-01` means "never" and stays. */
function shiftTimestamp<T extends string | null | undefined>(value: T, days: number): T | string {
  if (!value || value.startsWith('0001-')) return value;
  const epochMs = Date.parse(value);
  return Number.isNaN(epochMs) ? value : new Date(epochMs + days * MS_PER_DAY).toISOString();
}

/**
 * An exception made by PATCHing an occurrence keeps the occurrence's id, which names its original date;
 * it moves with that date, or it would clash with the occurrence now generated on the old date.
 */
function shiftedEventId(event: DemoSeedEvent, days: number): string {
  const masterId = event.seriesMasterId;
  const date = masterId ? occurrenceDateFromId(event.id, masterId) : null;
  return masterId && date ? occurrenceEventId(masterId, addDays(date, days)) : event.id;
}

function shiftEvent(event: DemoSeedEvent, days: number): DemoSeedEvent {
  const zone = eventZone(event);
  const floating = event.isAllDay === true;
  const shifted: DemoSeedEvent = {
    ...event,
    id: shiftedEventId(event, days),
    start: shiftDateTime(event.start, zone, days, floating),
    end: shiftDateTime(event.end, zone, days, floating),
  };
  if (event.originalStart) shifted.originalStart = shiftInstantInZone(event.originalStart, zone, days);
  if (event.createdDateTime) shifted.createdDateTime = shiftTimestamp(event.createdDateTime, days);
  if (event.lastModifiedDateTime)
    shifted.lastModifiedDateTime = shiftTimestamp(event.lastModifiedDateTime, days);
  const range = event.recurrence?.range;
  if (event.recurrence && range) {
    shifted.recurrence = {
      ...event.recurrence,
      range: {
        ...range,
        startDate: range.startDate ? shiftDate(range.startDate, days) : range.startDate,
        endDate: range.endDate ? shiftDate(range.endDate, days) : range.endDate,
      },
    };
  }
  if (event.cancelledOccurrences) {
    shifted.cancelledOccurrences = event.cancelledOccurrences.map((value) => {
      const parsed = parseCancelledOccurrenceId(value);
      return parsed ? formatCancelledOccurrenceId(parsed.seriesMasterId, addDays(parsed.date, days)) : value;
    });
  }
  if (event.attendees) {
    shifted.attendees = event.attendees.map((attendee) =>
      attendee.status
        ? { ...attendee, status: { ...attendee.status, time: shiftTimestamp(attendee.status.time, days) } }
        : attendee,
    );
  }
  if (event.responseStatus) {
    shifted.responseStatus = {
      ...event.responseStatus,
      time: shiftTimestamp(event.responseStatus.time, days),
    };
  }
  return shifted;
}

function shiftDriveItem(item: DemoSeedDriveItem, days: number): DemoSeedDriveItem {
  const shifted: DemoSeedDriveItem = { ...item };
  if (item.createdDateTime) shifted.createdDateTime = shiftTimestamp(item.createdDateTime, days);
  if (item.lastModifiedDateTime)
    shifted.lastModifiedDateTime = shiftTimestamp(item.lastModifiedDateTime, days);
  return shifted;
}

function shiftSentUpdate(
  update: DemoSentMeetingUpdate,
  days: number,
  eventsById: ReadonlyMap<string, DemoSeedEvent>,
): DemoSentMeetingUpdate {
  const event = eventsById.get(update.eventId);
  return {
    ...update,
    eventId: event ? shiftedEventId(event, days) : update.eventId,
    occurrenceStart:
      update.occurrenceStart && event
        ? shiftInstantInZone(update.occurrenceStart, eventZone(event), days)
        : update.occurrenceStart,
    at: shiftTimestamp(update.at, days),
  };
}

export function shiftSeedByWeeks(seed: DemoSeed, weeks: number): DemoSeed {
  if (weeks === 0) return seed;
  const days = weeks * 7;
  const eventsById = new Map(seed.events.map((event) => [event.id, event]));
  const shifted: DemoSeed = {
    ...seed,
    anchorWeekStart: shiftDate(seed.anchorWeekStart, days),
    events: seed.events.map((event) => shiftEvent(event, days)),
  };
  if (seed.driveItems) shifted.driveItems = seed.driveItems.map((item) => shiftDriveItem(item, days));
  if (seed.todoLists) shifted.todoLists = shiftTodoLists(seed.todoLists, days);
  if (seed.sentUpdates) {
    shifted.sentUpdates = seed.sentUpdates.map((update) => shiftSentUpdate(update, days, eventsById));
  }
  return shifted;
}
