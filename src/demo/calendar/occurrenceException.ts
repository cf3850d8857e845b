/**
 * Changing one occurrence of a series makes it an exception: a stored copy of the master for that
 * occurrence only, keeping the occurrence's id, with `seriesMasterId` and `originalStart`. The master
 * and the other occurrences stay as they were.
 */

import { defaultICalUId } from '../recurrence/occurrenceIds';
import type { DemoSeedEvent } from '../seed/demoSeed.types';
import { addDaysToDateTime, formatGraphDateTime } from '../time/civilDate';
import { resolveIanaTimeZone } from '../time/timeZoneNames';
import { instantToZonedDateTime } from '../time/zonedTime';
import { formatInstant } from './eventTiming';
import type { EventInstance } from './mailboxInstances';

/** The zone name as the master writes it, for the zone its wall clock is in. */
function zoneLabel(master: DemoSeedEvent, ianaZone: string): string {
  if (resolveIanaTimeZone(master.originalStartTimeZone) === ianaZone && master.originalStartTimeZone) {
    return master.originalStartTimeZone;
  }
  return resolveIanaTimeZone(master.start.timeZone) === ianaZone ? master.start.timeZone : ianaZone;
}

export function exceptionFromOccurrence(master: DemoSeedEvent, occurrence: EventInstance): DemoSeedEvent {
  const { recurrence: _recurrence, cancelledOccurrences: _cancelled, ...fields } = master;
  const { timing } = occurrence;
  const times = timing.isAllDay
    ? {
        start: { dateTime: formatGraphDateTime(occurrence.localStart), timeZone: master.start.timeZone },
        end: {
          dateTime: formatGraphDateTime(addDaysToDateTime(occurrence.localStart, timing.durationDays)),
          timeZone: master.end.timeZone,
        },
      }
    : {
        start: {
          dateTime: formatGraphDateTime(instantToZonedDateTime(occurrence.startMs, timing.zone)),
          timeZone: zoneLabel(master, timing.zone),
        },
        end: {
          dateTime: formatGraphDateTime(instantToZonedDateTime(occurrence.endMs, timing.zone)),
          timeZone: zoneLabel(master, timing.zone),
        },
      };
  return {
    ...fields,
    id: occurrence.id,
    type: 'exception',
    seriesMasterId: master.id,
    iCalUId: master.iCalUId ?? defaultICalUId(master.id),
    originalStart: formatInstant(occurrence.originalStartMs ?? occurrence.startMs),
    ...times,
  };
}
