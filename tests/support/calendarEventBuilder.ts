import type { CalendarEvent, DirectoryPerson, EventAttendee } from '../../src/domain/calendarEvent';
import type { OneOnOnePeople } from '../../src/domain/detectOneOnOnes';

/** A small cast for domain tests: the signed-in leader, her manager, two reports and a peer. */
export const me = directoryPerson('dana', 'Dana Leader');
export const manager = directoryPerson('morgan', 'Morgan Boss');
export const report = directoryPerson('sam', 'Sam Report');
export const otherReport = directoryPerson('riley', 'Riley Report');
export const peer = directoryPerson('pat', 'Pat Peer');
export const room = { name: 'Room 4.01', email: 'room401@contoso.test' };

export const people: OneOnOnePeople = { me, manager, directReports: [report, otherReport] };

export function directoryPerson(alias: string, displayName: string): DirectoryPerson {
  return { id: `id-${alias}`, displayName, email: `${alias}@contoso.test`, jobTitle: null };
}

export function attendee(
  person: { name?: string; displayName?: string; email: string },
  overrides: Partial<EventAttendee> = {},
): EventAttendee {
  return {
    name: person.name ?? person.displayName ?? '',
    email: person.email,
    type: 'required',
    response: 'accepted',
    ...overrides,
  };
}

let nextId = 1;

/**
 * A timed, busy, single-instance 1:1 that Dana organizes with Sam, Monday 2026-11-02 09:00 UTC.
 * Override only what the case is about.
 */
export function calendarEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  const id = overrides.id ?? `event-${nextId++}`;
  return {
    id,
    iCalUId: `ical-${id}`,
    seriesMasterId: null,
    kind: 'singleInstance',
    subject: 'Dana / Sam 1:1',
    start: '2026-11-02T09:00:00Z',
    end: '2026-11-02T09:30:00Z',
    timeZone: 'UTC',
    isAllDay: false,
    isCancelled: false,
    showAs: 'busy',
    sensitivity: 'normal',
    organizer: { name: me.displayName, email: me.email },
    isOrganizer: true,
    attendees: [attendee(report)],
    myResponse: 'organizer',
    isOnlineMeeting: true,
    joinUrl: `https://teams.microsoft.com/meet/${id}?p=secret`,
    webLink: `https://outlook.office365.com/owa/?itemid=${id}`,
    ...overrides,
  };
}

/** A 1:1 that `person` organizes and Dana attends (with the given response). */
export function invitedBy(
  person: { displayName: string; email: string },
  overrides: Partial<CalendarEvent> = {},
): CalendarEvent {
  return calendarEvent({
    organizer: { name: person.displayName, email: person.email },
    isOrganizer: false,
    attendees: [attendee(me, { response: overrides.myResponse ?? 'accepted' })],
    myResponse: 'accepted',
    subject: `${person.displayName} / Dana`,
    ...overrides,
  });
}

/** An occurrence of the recurring series `masterId`. */
export function occurrenceOf(
  masterId: string,
  start: string,
  overrides: Partial<CalendarEvent> = {},
): CalendarEvent {
  return calendarEvent({
    kind: 'occurrence',
    seriesMasterId: masterId,
    start,
    end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
    ...overrides,
  });
}
