/**
 * PATCH of an organizer's item: which properties may change, their validation, and which changes make
 * Exchange send the attendees a meeting update (subject, body, location, attendees).
 */
import type { Attendee } from '@microsoft/microsoft-graph-types';
import { graphErrors } from '../http/graphErrorResponse';
import type { DemoSeedEvent } from '../seed/demoSeed.types';
import { type JsonObject, readAttendees, readItemBody, readLocation, unsupportedKeys } from './eventInput';
import { patchedExtendedProperties } from './extendedProperties';

/** Properties of an attendee's own copy; the demo derives copies from the organizer's item, so cannot store them. */
export const ATTENDEE_OWN_PROPERTIES: ReadonlySet<string> = new Set([
  'categories',
  'isReminderOn',
  'reminderMinutesBeforeStart',
  'showAs',
]);

const ORGANIZER_PROPERTIES: ReadonlySet<string> = new Set([
  ...ATTENDEE_OWN_PROPERTIES,
  'subject',
  'body',
  'attendees',
  'location',
  'locations',
  'importance',
  'sensitivity',
  'responseRequested',
  'allowNewTimeProposals',
  'hideAttendees',
  // The organizer's item only, and no meeting update (src/demo/calendar/extendedProperties.ts).
  'singleValueExtendedProperties',
]);

/** Changing any of these sends every attendee an update (removed attendees a cancellation). */
export const MEETING_UPDATE_PROPERTIES: ReadonlySet<string> = new Set([
  'subject',
  'body',
  'attendees',
  'location',
  'locations',
]);

const ENUMS: Readonly<Record<string, readonly string[]>> = {
  importance: ['low', 'normal', 'high'],
  sensitivity: ['normal', 'personal', 'private', 'confidential'],
  showAs: ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'],
};
const BOOLEANS = new Set(['isReminderOn', 'responseRequested', 'allowNewTimeProposals', 'hideAttendees']);

/** 400 for properties the demo does not let a PATCH change (times, recurrence, ...). */
export function checkPatchProperties(body: JsonObject): void {
  const unsupported = unsupportedKeys(body, ORGANIZER_PROPERTIES);
  if (unsupported.length > 0)
    throw graphErrors.unsupportedByDemo(`changing ${unsupported.join(', ')} of an event`);
}

function readValue(key: string, value: unknown, event: DemoSeedEvent): unknown {
  if (key === 'body') return readItemBody(value);
  if (key === 'singleValueExtendedProperties') {
    return patchedExtendedProperties(value, event.singleValueExtendedProperties);
  }
  if (key === 'attendees') return readAttendees(value, event.attendees ?? []);
  if (key === 'location') return readLocation(value);
  if (key === 'locations') {
    if (!Array.isArray(value)) throw graphErrors.invalidRequest("'locations' must be an array.");
    return value.map(readLocation);
  }
  if (key === 'subject') {
    if (typeof value !== 'string') throw graphErrors.invalidRequest("'subject' must be a string.");
    return value;
  }
  if (key === 'categories') {
    if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) {
      throw graphErrors.invalidRequest("'categories' must be an array of strings.");
    }
    return value;
  }
  if (key === 'reminderMinutesBeforeStart') {
    if (!Number.isInteger(value))
      throw graphErrors.invalidRequest("'reminderMinutesBeforeStart' must be an integer.");
    return value;
  }
  if (BOOLEANS.has(key)) {
    if (typeof value !== 'boolean') throw graphErrors.invalidRequest(`'${key}' must be true or false.`);
    return value;
  }
  const allowed = ENUMS[key];
  if (allowed && !allowed.includes(String(value))) {
    throw graphErrors.invalidRequest(`'${String(value)}' is not a valid value for '${key}'.`);
  }
  return value;
}

export interface PatchResult {
  event: DemoSeedEvent;
  /** The properties the request wrote (whether or not their value differs). */
  written: string[];
  /** Attendees no longer invited. */
  removedAttendees: Attendee[];
}

export function applyEventPatch(event: DemoSeedEvent, body: JsonObject): PatchResult {
  checkPatchProperties(body);
  const next: DemoSeedEvent = { ...event };
  const fields = next as unknown as Record<string, unknown>;
  const written = Object.keys(body).filter((key) => key !== '@odata.type');
  for (const key of written) fields[key] = readValue(key, body[key], event);
  if (body.location !== undefined && body.locations === undefined) {
    next.locations = next.location?.displayName ? [next.location] : [];
  }
  const stillInvited = new Set(
    (next.attendees ?? []).map((entry) => entry.emailAddress?.address?.toLowerCase()),
  );
  const removedAttendees = (event.attendees ?? []).filter(
    (entry) => !stillInvited.has(entry.emailAddress?.address?.toLowerCase()),
  );
  return { event: next, written, removedAttendees };
}
