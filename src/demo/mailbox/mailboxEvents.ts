/** The items one user's calendar holds: their own, plus their copies of meetings they were invited to. */
import type { Attendee } from '@microsoft/microsoft-graph-types';
import { parseCancelledOccurrenceId } from '../recurrence/occurrenceIds';
import type { DemoSeedEvent, DemoSeedUser } from '../seed/demoSeed.types';
import { type StoredEventKind, storedEventKind } from '../seed/storedEventKind';
import type { EmulatorState } from '../state/stateStore';
import type { CivilDate } from '../time/civilDate';
import { deriveAttendeeCopy } from './attendeeCopy';
import { findUserByEmail } from './directory';

export interface MailboxEvent {
  /** The item as this mailbox holds it: the mailbox's own ids, flags and response. */
  event: DemoSeedEvent;
  kind: StoredEventKind;
  isOrganizerCopy: boolean;
  /** Dates (in the series' zone) of occurrences the organizer cancelled; series masters only. */
  cancelledDates: CivilDate[];
}

function cancelledDatesOf(organizerEvent: DemoSeedEvent): CivilDate[] {
  return (organizerEvent.cancelledOccurrences ?? []).flatMap((value) => {
    const parsed = parseCancelledOccurrenceId(value);
    return parsed ? [parsed.date] : [];
  });
}

/** The attendee entry through which `user` was invited, if any. Rooms and equipment get no calendar copy here. */
function invitationFor(
  event: DemoSeedEvent,
  user: DemoSeedUser,
  users: readonly DemoSeedUser[],
): Attendee | undefined {
  if (event.mailbox === user.id) return undefined;
  return (event.attendees ?? []).find(
    (attendee) =>
      attendee.type !== 'resource' && findUserByEmail(users, attendee.emailAddress?.address)?.id === user.id,
  );
}

export function mailboxEventsFor(state: EmulatorState, user: DemoSeedUser): MailboxEvent[] {
  const items: MailboxEvent[] = [];
  for (const event of state.events) {
    const kind = storedEventKind(event);
    if (event.mailbox === user.id) {
      items.push({ event, kind, isOrganizerCopy: true, cancelledDates: cancelledDatesOf(event) });
      continue;
    }
    const invitation = invitationFor(event, user, state.users);
    if (invitation) {
      items.push({
        event: deriveAttendeeCopy(event, user, invitation),
        kind,
        isOrganizerCopy: false,
        cancelledDates: cancelledDatesOf(event),
      });
    }
  }
  return items;
}
