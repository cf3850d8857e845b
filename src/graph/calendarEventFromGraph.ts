import type { Attendee, Event, Recipient } from '@microsoft/microsoft-graph-types';
import type {
  AttendeeType,
  CalendarEvent,
  EmailPerson,
  EventKind,
  ResponseKind,
  Sensitivity,
  ShowAs,
} from '../domain/calendarEvent';

/** The event fields the app reads; keeping $select tight keeps calendar pages small. */
export const CALENDAR_EVENT_FIELDS = [
  'id',
  'iCalUId',
  'seriesMasterId',
  'type',
  'subject',
  'start',
  'end',
  'isAllDay',
  'isCancelled',
  'showAs',
  'sensitivity',
  'organizer',
  'isOrganizer',
  'attendees',
  'responseStatus',
  'isOnlineMeeting',
  'onlineMeeting',
  'webLink',
  'originalStart',
] as const;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

const RESPONSES: readonly ResponseKind[] = [
  'none',
  'organizer',
  'accepted',
  'tentativelyAccepted',
  'declined',
  'notResponded',
];

function person(recipient: Recipient | null | undefined): EmailPerson {
  const address = recipient?.emailAddress;
  return { name: address?.name ?? '', email: (address?.address ?? '').toLowerCase() };
}

/**
 * Graph gives `{dateTime, timeZone}` in the zone named by `Prefer: outlook.timezone`.
 * We always ask for UTC, so the wall time is the instant; anything else is refused rather than guessed.
 */
export function instantFromGraphDateTime(
  value: { dateTime?: string | null; timeZone?: string | null } | null | undefined,
): string {
  const dateTime = value?.dateTime;
  const zone = value?.timeZone ?? 'UTC';
  if (!dateTime) throw new RangeError('The event has no start or end time');
  if (zone !== 'UTC' && zone !== 'Etc/UTC') throw new RangeError(`Expected times in UTC, got ${zone}`);
  const parsed = new Date(`${dateTime.replace(/\.\d+$/, '').replace(/Z$/, '')}Z`);
  if (Number.isNaN(parsed.getTime())) throw new RangeError(`Unreadable date-time ${dateTime}`);
  return parsed.toISOString();
}

function attendee(raw: Attendee): CalendarEvent['attendees'][number] {
  return {
    ...person(raw),
    type: oneOf<AttendeeType>(raw.type, ['required', 'optional', 'resource'], 'required'),
    response: oneOf(raw.status?.response, RESPONSES, 'none'),
  };
}

/** Maps a Graph event (as selected by CALENDAR_EVENT_FIELDS) onto the domain's CalendarEvent. */
export function calendarEventFromGraph(raw: Event): CalendarEvent {
  return {
    id: raw.id ?? '',
    iCalUId: raw.iCalUId ?? '',
    seriesMasterId: raw.seriesMasterId ?? null,
    kind: oneOf<EventKind>(
      raw.type,
      ['singleInstance', 'occurrence', 'exception', 'seriesMaster'],
      'singleInstance',
    ),
    subject: raw.subject ?? '',
    start: instantFromGraphDateTime(raw.start),
    end: instantFromGraphDateTime(raw.end),
    timeZone: raw.start?.timeZone ?? 'UTC',
    isAllDay: raw.isAllDay ?? false,
    isCancelled: raw.isCancelled ?? false,
    showAs: oneOf<ShowAs>(
      raw.showAs,
      ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'],
      'busy',
    ),
    sensitivity: oneOf<Sensitivity>(
      raw.sensitivity,
      ['normal', 'personal', 'private', 'confidential'],
      'normal',
    ),
    organizer: person(raw.organizer),
    isOrganizer: raw.isOrganizer ?? false,
    attendees: (raw.attendees ?? []).map(attendee),
    myResponse: oneOf(raw.responseStatus?.response, RESPONSES, 'none'),
    isOnlineMeeting: raw.isOnlineMeeting ?? false,
    joinUrl: raw.onlineMeeting?.joinUrl ?? null,
    webLink: raw.webLink ?? null,
    originalStart: originalStartOf(raw.originalStart),
  };
}

/** `originalStart` is an instant with an offset (`2026-11-19T19:00:00Z`); anything unreadable is left out. */
function originalStartOf(value: string | null | undefined): string | null {
  const ms = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
