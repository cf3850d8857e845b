/**
 * Shapes an item of a mailbox as Graph v1.0 returns it: every default property, in Graph's order,
 * with start and end in the zone the caller asked for.
 */
import type { Event, Location, PatternedRecurrence } from '@microsoft/microsoft-graph-types';
import { NEVER } from '../mailbox/attendeeCopy';
import type { MailboxEvent } from '../mailbox/mailboxEvents';
import { defaultICalUId, occurrenceICalUId } from '../recurrence/occurrenceIds';
import { addDaysToDateTime, formatGraphDateTime } from '../time/civilDate';
import { instantToZonedDateTime } from '../time/zonedTime';
import { stableDigest } from '../util/stableHash';
import { bodyPreview } from './bodyPreview';
import { eventTiming, formatInstant, instanceInstants } from './eventTiming';
import type { EventInstance } from './mailboxInstances';

/** The zone to express times in: `iana` for the arithmetic, `label` as the caller wrote it. */
export interface ViewZone {
  iana: string;
  label: string;
}

export type GraphEventJson = Event & { '@odata.etag': string; id: string };

/** Properties Graph returns only when `$select` names them. */
export const SELECT_ONLY_EVENT_PROPERTIES: readonly string[] = ['cancelledOccurrences'];

const DEFAULT_BODY =
  '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n</body>\r\n</html>\r\n';

/**
 * Change keys already worked out, per stored event object. The state is never changed in place (a write
 * stores a new event object), so an event object's change key never changes; without this, a calendar view
 * hashed a series' whole master, body included, once per occurrence, on the page's own thread in the browser.
 */
const changeKeys = new WeakMap<object, Map<string, string>>();

function changeKeyOf(item: MailboxEvent, salt: string): string {
  let bySalt = changeKeys.get(item.event);
  if (!bySalt) {
    bySalt = new Map();
    changeKeys.set(item.event, bySalt);
  }
  const known = bySalt.get(salt);
  if (known) return known;
  const key = `DwAAABYAAAA${stableDigest(`${JSON.stringify(item.event)}|${salt}`, 29)}`;
  bySalt.set(salt, key);
  return key;
}

function defaultCreatedDateTime(startMs: number): string {
  return new Date(startMs - 21 * 86_400_000).toISOString().replace('Z', '0000Z');
}

function normalizeLocation(location: Location | null | undefined): Location {
  return {
    displayName: '',
    locationType: 'default',
    uniqueIdType: 'unknown',
    address: {},
    coordinates: {},
    ...location,
  };
}

function normalizeRecurrence(item: MailboxEvent): PatternedRecurrence | null {
  const recurrence = item.event.recurrence;
  if (item.kind !== 'seriesMaster' || !recurrence) return null;
  const pattern = recurrence.pattern ?? {};
  const range = recurrence.range ?? {};
  return {
    pattern: {
      type: pattern.type ?? null,
      interval: pattern.interval ?? 1,
      month: pattern.month ?? 0,
      dayOfMonth: pattern.dayOfMonth ?? 0,
      ...(pattern.daysOfWeek ? { daysOfWeek: pattern.daysOfWeek } : {}),
      firstDayOfWeek: pattern.firstDayOfWeek ?? 'sunday',
      index: pattern.index ?? 'first',
    },
    range: {
      type: range.type ?? null,
      startDate: range.startDate ?? null,
      endDate: range.endDate ?? '0001-01-01',
      recurrenceTimeZone:
        range.recurrenceTimeZone ?? item.event.originalStartTimeZone ?? item.event.start.timeZone,
      numberOfOccurrences: range.numberOfOccurrences ?? 0,
    },
  };
}

function webLinkFor(id: string): string {
  return `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`;
}

/**
 * Renders a stored item (instance null: a series master) or an instance of the calendar view.
 * `cancelledOccurrences` is included; the caller drops it unless `$select` asked for it.
 */
export function renderEvent(
  item: MailboxEvent,
  instance: EventInstance | null,
  viewZone: ViewZone,
): GraphEventJson {
  const event = item.event;
  const timing = instance?.timing ?? eventTiming(event);
  const localStart = instance?.localStart ?? timing.localStart;
  const range = instance ?? instanceInstants(timing, localStart, viewZone.iana);
  const [start, end] = timing.isAllDay
    ? [localStart, addDaysToDateTime(localStart, timing.durationDays)]
    : [
        instantToZonedDateTime(range.startMs, viewZone.iana),
        instantToZonedDateTime(range.endMs, viewZone.iana),
      ];

  const isGenerated = instance !== null && instance.source.event.id !== instance.id;
  const type = instance ? instance.kind : item.kind;
  const cancelledForAttendee = instance?.cancelledForAttendee === true;
  const id = instance?.id ?? event.id;
  const seriesICalUId = event.iCalUId ?? defaultICalUId(event.seriesMasterId ?? event.id);
  const originalDate = instance?.originalDate ?? null;
  const changeKey = changeKeyOf(item, cancelledForAttendee ? `cancelled:${id}` : '');
  const location = normalizeLocation(event.location);
  const isOnlineMeeting = event.isOnlineMeeting ?? Boolean(event.onlineMeeting?.joinUrl);
  const subject = event.subject ?? '';
  const createdDateTime = event.createdDateTime ?? defaultCreatedDateTime(range.startMs);

  const json: GraphEventJson = {
    '@odata.etag': `W/"${changeKey}"`,
    id,
    createdDateTime,
    lastModifiedDateTime: event.lastModifiedDateTime ?? createdDateTime,
    changeKey,
    categories: event.categories ?? [],
    transactionId: event.transactionId ?? null,
    originalStartTimeZone: event.originalStartTimeZone ?? event.start.timeZone,
    originalEndTimeZone: event.originalEndTimeZone ?? event.end.timeZone,
    iCalUId: originalDate ? occurrenceICalUId(seriesICalUId, originalDate) : seriesICalUId,
    reminderMinutesBeforeStart: event.reminderMinutesBeforeStart ?? 15,
    isReminderOn: event.isReminderOn ?? true,
    hasAttachments: event.hasAttachments ?? false,
    subject: cancelledForAttendee ? `Canceled: ${subject}` : subject,
    bodyPreview: event.bodyPreview ?? bodyPreview(event.body),
    importance: event.importance ?? 'normal',
    sensitivity: event.sensitivity ?? 'normal',
    isAllDay: timing.isAllDay,
    isCancelled: cancelledForAttendee || event.isCancelled === true,
    isOrganizer: item.isOrganizerCopy,
    responseRequested: event.responseRequested ?? true,
    seriesMasterId: isGenerated ? event.id : type === 'exception' ? (event.seriesMasterId ?? null) : null,
    showAs: event.showAs ?? 'busy',
    type,
    webLink: webLinkFor(id),
    onlineMeetingUrl: event.onlineMeetingUrl ?? null,
    isOnlineMeeting,
    onlineMeetingProvider: event.onlineMeetingProvider ?? (isOnlineMeeting ? 'teamsForBusiness' : 'unknown'),
    allowNewTimeProposals: event.allowNewTimeProposals ?? true,
    isDraft: event.isDraft ?? false,
    hideAttendees: event.hideAttendees ?? false,
    ...(instance && instance.kind !== 'singleInstance' && instance.originalStartMs !== null
      ? { originalStart: formatInstant(instance.originalStartMs) }
      : {}),
    responseStatus: item.isOrganizerCopy
      ? { response: 'organizer', time: NEVER }
      : (event.responseStatus ?? { response: 'notResponded', time: NEVER }),
    body: event.body ?? { contentType: 'html', content: DEFAULT_BODY },
    start: { dateTime: formatGraphDateTime(start), timeZone: viewZone.label },
    end: { dateTime: formatGraphDateTime(end), timeZone: viewZone.label },
    location,
    locations: event.locations ?? (location.displayName ? [location] : []),
    recurrence: isGenerated ? null : normalizeRecurrence(item),
    attendees: (event.attendees ?? []).map((attendee) => ({
      type: attendee.type ?? 'required',
      status: attendee.status ?? { response: 'none', time: NEVER },
      emailAddress: attendee.emailAddress ?? {},
    })),
    organizer: event.organizer ?? {},
    onlineMeeting: event.onlineMeeting ?? null,
  };
  if (item.kind === 'seriesMaster' && !isGenerated)
    json.cancelledOccurrences = event.cancelledOccurrences ?? [];
  return json;
}
