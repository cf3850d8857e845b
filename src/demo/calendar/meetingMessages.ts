/**
 * The meeting requests, updates and cancellations Exchange sends when an organizer saves a meeting.
 * No flag suppresses them; the demo records one per recipient (rooms excluded) so tests can count them.
 */
import type { Attendee } from '@microsoft/microsoft-graph-types';
import type { DemoSeedEvent, DemoSeedUser, DemoSentMeetingUpdate } from '../seed/demoSeed.types';

export interface MeetingMessageSubject {
  kind: DemoSentMeetingUpdate['kind'];
  /** The organizer's stored item after the change. */
  event: DemoSeedEvent;
  /** Its iCalUId as Graph shows it (an occurrence's own for an exception). */
  iCalUId: string;
  organizer: DemoSeedUser;
  changed: string[];
  at: string;
}

function recipients(attendees: readonly Attendee[], organizer: DemoSeedUser): string[] {
  const own = [organizer.mail, organizer.userPrincipalName].map((address) => address?.toLowerCase());
  return attendees
    .filter((attendee) => attendee.type !== 'resource')
    .map((attendee) => attendee.emailAddress?.address ?? '')
    .filter((address) => address !== '' && !own.includes(address.toLowerCase()));
}

export function meetingMessages(
  subject: MeetingMessageSubject,
  attendees: readonly Attendee[] = subject.event.attendees ?? [],
): DemoSentMeetingUpdate[] {
  const { event, organizer } = subject;
  return recipients(attendees, organizer).map((to) => ({
    kind: subject.kind,
    eventId: event.id,
    iCalUId: subject.iCalUId,
    occurrenceStart: event.type === 'exception' ? (event.originalStart ?? null) : null,
    from: organizer.mail ?? organizer.userPrincipalName,
    to,
    subject: event.subject ?? '',
    changed: subject.changed,
    at: subject.at,
  }));
}
