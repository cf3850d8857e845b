import type { Event, SingleValueLegacyExtendedProperty } from '@microsoft/microsoft-graph-types';
import { batchGet } from './batch';
import type { GraphConnection } from './createGraphClient';

export interface EventBody {
  eventId: string;
  contentType: 'html' | 'text';
  content: string;
  eTag: string | null;
  /** When the app last wrote this invite (an ISO instant), as recorded on the event; null when it never did. */
  lastAppUpdate: string | null;
}

/**
 * The app's record of its last write to an invite: a single-value extended property (a named string in the
 * app's own property set) on the organizer's event. Written in the same PATCH as the body, so it costs no
 * request and no mail, survives Exchange rewriting the body, and every device of the organizer reads it.
 * Extended properties do not reach the attendees' copies, which is fine: only the organizer writes the invite.
 */
export const LAST_APP_UPDATE_PROPERTY =
  'String {cf4b1e39-29b0-4780-8156-cb42186a7c7b} Name OneOnOneAgendaLastUpdate';

/** Graph may echo a property's id with its GUID in another case; the name part is compared as written. */
function isLastAppUpdateProperty(property: SingleValueLegacyExtendedProperty): boolean {
  return property.id?.toLowerCase() === LAST_APP_UPDATE_PROPERTY.toLowerCase();
}

function bodyOf(eventId: string, raw: Event | null | undefined): EventBody | null {
  if (!raw) return null;
  const recorded = (raw.singleValueExtendedProperties ?? []).find(isLastAppUpdateProperty)?.value;
  return {
    eventId,
    contentType: raw.body?.contentType === 'text' ? 'text' : 'html',
    content: raw.body?.content ?? '',
    eTag: (raw as { '@odata.etag'?: string })['@odata.etag'] ?? null,
    lastAppUpdate: typeof recorded === 'string' && recorded !== '' ? recorded : null,
  };
}

/** `$expand` of the one extended property the app reads (Graph's documented way to get one). */
const EXPAND_LAST_APP_UPDATE = `singleValueExtendedProperties($filter=id eq '${LAST_APP_UPDATE_PROPERTY}')`;

/** The bodies of several events in one `$batch`; events that cannot be read are left out. */
export async function getEventBodies(
  graph: GraphConnection,
  eventIds: readonly string[],
): Promise<EventBody[]> {
  const results = await batchGet(
    graph,
    eventIds.map((id, index) => ({
      id: String(index),
      url: `/me/events/${encodeURIComponent(id)}?$select=id,body&$expand=${encodeURIComponent(EXPAND_LAST_APP_UPDATE)}`,
    })),
  );
  return eventIds.flatMap((id, index) => {
    const result = results.get(String(index));
    const body = result?.status === 200 ? bodyOf(id, result.body as Event) : null;
    return body ? [body] : [];
  });
}

/**
 * Writes an event's body (If-Match its eTag when known: a 412 means someone changed it since it was read) and
 * records when the app did, in one PATCH. Exchange e-mails the attendees an update for it.
 */
export async function patchEventBody(
  graph: GraphConnection,
  body: EventBody,
  content: string,
  now: Date,
): Promise<void> {
  await graph.run((client) => {
    let request = client.api(`/me/events/${encodeURIComponent(body.eventId)}`);
    if (body.eTag) request = request.header('If-Match', body.eTag);
    return request.patch({
      body: { contentType: body.contentType, content },
      singleValueExtendedProperties: [{ id: LAST_APP_UPDATE_PROPERTY, value: now.toISOString() }],
    });
  });
}
