/**
 * Writing events: `PATCH /me/events/{id}` (organizer's item only; an occurrence becomes an exception)
 * and `POST /me/events`. Each save bumps the change key, honours `If-Match` with the `@odata.etag`, and
 * records the meeting messages Exchange sends (`emulator.sentUpdates()`).
 */

import { outlookTimestamp, readJsonObject } from '../calendar/eventInput';
import { renderEvent } from '../calendar/eventJson';
import { ATTENDEE_OWN_PROPERTIES, applyEventPatch, MEETING_UPDATE_PROPERTIES } from '../calendar/eventPatch';
import { revised } from '../calendar/eventRevision';
import { findMailboxItem } from '../calendar/mailboxInstances';
import { meetingMessages } from '../calendar/meetingMessages';
import { createEvent, unsupportedCreateKeys } from '../calendar/newEvent';
import { exceptionFromOccurrence } from '../calendar/occurrenceException';
import { conditionMatches, readEntityTagCondition } from '../http/conditionalHeaders';
import { graphErrors } from '../http/graphErrorResponse';
import type { RouteContext, RouteDefinition } from '../http/routeTypes';
import { type MailboxEvent, mailboxEventsFor } from '../mailbox/mailboxEvents';
import type { DemoSeedEvent, DemoSentMeetingUpdate } from '../seed/demoSeed.types';
import { readCalendarRequest } from './calendarRequest';
import { singleEventResponse } from './calendarRoutes';

const UTC_VIEW = { iana: 'UTC', label: 'UTC' };

/** The iCalUId Graph shows for the organizer's stored item (an exception's is its occurrence's own). */
function shownICalUId(event: DemoSeedEvent, ownerItems: readonly MailboxEvent[]): string {
  const found = findMailboxItem(ownerItems, event.id, UTC_VIEW.iana);
  const json = found ? renderEvent(found.instance?.source ?? found.item, found.instance, UTC_VIEW) : null;
  return json?.iCalUId ?? event.iCalUId ?? event.id;
}

async function patchEvent(context: RouteContext): Promise<Response> {
  const body = await readJsonObject(context.request);
  const request = readCalendarRequest(context);
  const eventId = context.params.eventId ?? '';
  const found = findMailboxItem(request.items, eventId, request.zone.iana);
  if (!found) throw graphErrors.itemNotFound();
  if (!found.item.isOrganizerCopy) {
    // Only the organizer changes a meeting; what an attendee may change on their copy is not stored here.
    const ownOnly = Object.keys(body).every((key) => ATTENDEE_OWN_PROPERTIES.has(key));
    if (ownOnly) throw graphErrors.unsupportedByDemo("changing an attendee's own copy of a meeting");
    throw graphErrors.accessDenied();
  }
  const current = renderEvent(found.instance?.source ?? found.item, found.instance, request.zone);
  const ifMatch = readEntityTagCondition(context.request.headers, 'If-Match');
  if (ifMatch && !conditionMatches(ifMatch, current['@odata.etag']))
    throw graphErrors.eventChangeKeyMismatch();

  const stored =
    found.found === 'occurrence'
      ? exceptionFromOccurrence(found.item.event, found.instance)
      : found.item.event;
  const { event: patched, written, removedAttendees } = applyEventPatch(stored, body);
  const saved = revised(patched, context.meta.now);
  const changed = written.filter((key) => MEETING_UPDATE_PROPERTIES.has(key));

  context.store.update((state) => {
    const exists = state.events.some((event) => event.id === saved.id);
    const events = exists
      ? state.events.map((event) => (event.id === saved.id ? saved : event))
      : [...state.events, saved];
    const next = { ...state, events };
    if (changed.length === 0) return next;
    const ownerItems = mailboxEventsFor(next, request.owner);
    const message = {
      event: saved,
      iCalUId: shownICalUId(saved, ownerItems),
      organizer: request.owner,
      changed,
      at: outlookTimestamp(context.meta.now),
    };
    const sent: DemoSentMeetingUpdate[] = [
      ...meetingMessages({ ...message, kind: 'update' }),
      ...meetingMessages({ ...message, kind: 'cancellation' }, removedAttendees),
    ];
    return { ...next, sentUpdates: [...(state.sentUpdates ?? []), ...sent] };
  });
  return singleEventResponse(context, saved.id);
}

async function postEvent(context: RouteContext): Promise<Response> {
  const body = await readJsonObject(context.request);
  const unsupported = unsupportedCreateKeys(body);
  if (unsupported.length > 0)
    throw graphErrors.unsupportedByDemo(`creating an event with ${unsupported.join(', ')}`);
  const request = readCalendarRequest(context);
  // A retried POST with the same transactionId gets the event made the first time.
  const repeated = request.items.find(
    (item) =>
      item.isOrganizerCopy &&
      typeof body.transactionId === 'string' &&
      item.event.transactionId === body.transactionId,
  );
  if (repeated) return singleEventResponse(context, repeated.event.id, 201);
  const event = createEvent(body, request.owner, context.meta.now);
  context.store.update((state) => {
    const next = { ...state, events: [...state.events, event] };
    const sent = meetingMessages({
      kind: 'request',
      event,
      iCalUId: event.iCalUId ?? '',
      organizer: request.owner,
      changed: [],
      at: outlookTimestamp(context.meta.now),
    });
    return { ...next, sentUpdates: [...(state.sentUpdates ?? []), ...sent] };
  });
  return singleEventResponse(context, event.id, 201);
}

export const eventWriteRoutes: readonly RouteDefinition[] = [
  { method: 'PATCH', path: '/users/{user}/events/{eventId}', handle: patchEvent },
  { method: 'PATCH', path: '/users/{user}/calendar/events/{eventId}', handle: patchEvent },
  { method: 'POST', path: '/users/{user}/events', handle: postEvent },
  { method: 'POST', path: '/users/{user}/calendar/events', handle: postEvent },
];
