/**
 * `POST /events`: a new single event or series in the organizer's mailbox. With `isOnlineMeeting: true`
 * it gets a Teams meeting (join URL and the join block in its body). Attendees in the tenant see it in
 * their calendars at once (their copies are derived from the organizer's item).
 */
import type { Event, PatternedRecurrence } from '@microsoft/microsoft-graph-types';
import { graphErrors } from '../http/graphErrorResponse';
import { describeRecurrenceProblem } from '../recurrence/expandRecurrence';
import { defaultICalUId } from '../recurrence/occurrenceIds';
import type { DemoSeedEvent, DemoSeedUser } from '../seed/demoSeed.types';
import { graphDateTimeToInstant } from '../time/zonedTime';
import { stableDigest } from '../util/stableHash';
import { textToHtmlDocument } from './bodyContentType';
import {
  isJsonObject,
  type JsonObject,
  outlookTimestamp,
  readDateTimeTimeZone,
  unsupportedKeys,
} from './eventInput';
import { applyEventPatch } from './eventPatch';
import { rewriteHtmlBodyLikeExchange } from './exchangeBodyRewrite';
import { newTeamsMeeting, teamsJoinBlock, withTeamsJoinBlock } from './teamsMeeting';

const CREATE_ONLY = new Set([
  'start',
  'end',
  'isAllDay',
  'recurrence',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'transactionId',
]);

/** Created items get ids with the mailbox's own prefix, like Exchange's. */
function newEventId(organizerId: string): string {
  return `AAMkA${stableDigest(`mailbox:${organizerId}`, 22)}BGAAAAAA${stableDigest(crypto.randomUUID(), 44)}AAA=`;
}

function readRecurrence(value: unknown): PatternedRecurrence {
  if (!isJsonObject(value)) throw graphErrors.invalidRequest("'recurrence' must be an object.");
  const recurrence = value as PatternedRecurrence;
  const problem = describeRecurrenceProblem(recurrence);
  if (problem) throw graphErrors.invalidRequest(`The recurrence is not valid: ${problem}.`);
  return recurrence;
}

export function createEvent(body: JsonObject, organizer: DemoSeedUser, now: Date): DemoSeedEvent {
  const { start: rawStart, end: rawEnd, isAllDay, recurrence, isOnlineMeeting, transactionId } = body;
  const start = readDateTimeTimeZone(rawStart, 'start');
  const end = readDateTimeTimeZone(rawEnd, 'end');
  if ((graphDateTimeToInstant(end) ?? 0) < (graphDateTimeToInstant(start) ?? 0)) {
    throw graphErrors.invalidRequest('The event ends before it starts.');
  }
  const id = newEventId(organizer.id);
  const stamp = outlookTimestamp(now);
  const address = organizer.mail ?? organizer.userPrincipalName;
  const base: DemoSeedEvent = {
    mailbox: organizer.id,
    id,
    createdDateTime: stamp,
    lastModifiedDateTime: stamp,
    iCalUId: defaultICalUId(id),
    subject: '',
    type: recurrence ? 'seriesMaster' : 'singleInstance',
    isAllDay: isAllDay === true,
    start,
    end,
    originalStartTimeZone: start.timeZone,
    originalEndTimeZone: end.timeZone,
    organizer: { emailAddress: { name: organizer.displayName, address } },
    attendees: [],
    ...(recurrence ? { recurrence: readRecurrence(recurrence) } : {}),
    ...(typeof transactionId === 'string' ? { transactionId } : {}),
  };
  const writable: JsonObject = {};
  for (const [key, value] of Object.entries(body)) if (!CREATE_ONLY.has(key)) writable[key] = value;
  // The same rules as a PATCH for everything that is not fixed at creation.
  const event = applyEventPatch(base, writable).event;
  if (isOnlineMeeting === true) return withOnlineMeeting(event, organizer);
  return event;
}

function withOnlineMeeting(event: DemoSeedEvent, organizer: DemoSeedUser): DemoSeedEvent {
  const meeting = newTeamsMeeting(organizer.id);
  const html =
    event.body?.contentType === 'text'
      ? textToHtmlDocument(event.body.content ?? '')
      : rewriteHtmlBodyLikeExchange(event.body?.content ?? '');
  const online: Partial<Event> = {
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    onlineMeeting: { joinUrl: meeting.joinUrl },
    body: { contentType: 'html', content: withTeamsJoinBlock(html, teamsJoinBlock(meeting, organizer.id)) },
  };
  return { ...event, ...online } as DemoSeedEvent;
}

/** Keys a POST may not carry (read-only or not emulated). */
export function unsupportedCreateKeys(body: JsonObject): string[] {
  const allowed = new Set([
    ...CREATE_ONLY,
    'subject',
    'body',
    'attendees',
    'location',
    'locations',
    'importance',
    'sensitivity',
    'showAs',
    'categories',
    'isReminderOn',
    'reminderMinutesBeforeStart',
    'responseRequested',
    'allowNewTimeProposals',
    'hideAttendees',
  ]);
  return unsupportedKeys(body, allowed);
}
