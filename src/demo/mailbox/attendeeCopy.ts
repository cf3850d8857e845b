/**
 * Exchange keeps one copy of a meeting per attendee mailbox. The seed stores each meeting once,
 * in its organizer's mailbox; this derives what an attendee's own copy looks like.
 */
import type { Attendee } from '@microsoft/microsoft-graph-types';
import { defaultICalUId, occurrenceDateFromId, occurrenceEventId } from '../recurrence/occurrenceIds';
import type { DemoSeedEvent, DemoSeedUser } from '../seed/demoSeed.types';
import { stableDigest } from '../util/stableHash';

/** Exchange's "no time" value in response statuses. */
export const NEVER = '0001-01-01T00:00:00Z';

/** Stable id of `userId`'s copy of the organizer's item: same mailbox prefix for all of the user's items. */
export function attendeeCopyId(userId: string, organizerEventId: string): string {
  return `AAMkA${stableDigest(`mailbox:${userId}`, 22)}BGAAAAAA${stableDigest(`${userId}|${organizerEventId}`, 44)}AAA=`;
}

/**
 * The attendee's copy: own id (and own series master id), not the organizer, with the attendee's
 * response as `responseStatus`. Only the organizer's copy tracks the others' responses, so here
 * they all read "none", as in Exchange. Same iCalUId, body and times.
 */
export function deriveAttendeeCopy(
  organizerEvent: DemoSeedEvent,
  attendee: DemoSeedUser,
  attendeeEntry: Attendee,
): DemoSeedEvent {
  const copy: DemoSeedEvent = {
    ...organizerEvent,
    mailbox: attendee.id,
    id: attendeeCopyId(attendee.id, organizerEvent.id),
    iCalUId: organizerEvent.iCalUId ?? defaultICalUId(organizerEvent.seriesMasterId ?? organizerEvent.id),
    isOrganizer: false,
    responseStatus: {
      response: attendeeEntry.status?.response ?? 'notResponded',
      time: attendeeEntry.status?.time ?? NEVER,
    },
    attendees: (organizerEvent.attendees ?? []).map((entry) => ({
      ...entry,
      status: { response: 'none', time: NEVER },
    })),
  };
  if (organizerEvent.seriesMasterId) {
    copy.seriesMasterId = attendeeCopyId(attendee.id, organizerEvent.seriesMasterId);
    // An exception made from an occurrence keeps the occurrence's id, in the attendee's copy too.
    const date = occurrenceDateFromId(organizerEvent.id, organizerEvent.seriesMasterId);
    if (date) copy.id = occurrenceEventId(copy.seriesMasterId, date);
  }
  // The attendee's cancelled instances become cancelled exceptions instead (see mailboxInstances).
  delete copy.cancelledOccurrences;
  return copy;
}
