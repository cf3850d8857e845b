import {
  bodyWithAgenda,
  type InviteAgendaStatus,
  inviteAgendaStatus,
} from '../../domain/invite/agendaOnInvite';
import type { InviteAgenda } from '../../domain/invite/inviteAgenda';
import type { GraphConnection } from '../../graph/createGraphClient';
import { type EventBody, getEventBodies } from '../../graph/eventBody';
import { GraphRequestError } from '../../graph/graphRequestError';
import type { KeyValueStore } from '../../host/keyValueStore';

export interface InviteOccurrence {
  eventId: string;
  start: string;
  isOrganizer: boolean;
}

export type AttachOutcome =
  | 'attached' // the invite now carries the agenda; Exchange e-mails the update to the attendee
  | 'unchanged' // it already did: nothing sent
  | 'already-today' // this occurrence was updated today: not again, every update is an e-mail
  | 'not-organizer' // only the organizer can change the invite
  | 'past'; // a meeting that has started is never rewritten

const updatedKey = (userId: string, eventId: string) => `oneOnOne.inviteUpdated.${userId}.${eventId}`;

function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Whether each occurrence's invite carries the agenda (one `$batch` for all bodies). */
export async function readInviteStatuses(
  graph: GraphConnection,
  occurrences: readonly { eventId: string; agenda: InviteAgenda }[],
): Promise<Map<string, InviteAgendaStatus>> {
  const bodies = await getEventBodies(
    graph,
    occurrences.map((o) => o.eventId),
  );
  const byId = new Map(bodies.map((body) => [body.eventId, body]));
  const statuses = new Map<string, InviteAgendaStatus>();
  for (const { eventId, agenda } of occurrences) {
    const body = byId.get(eventId);
    if (body) statuses.set(eventId, inviteAgendaStatus(body.content, body.contentType, agenda));
  }
  return statuses;
}

async function patchBody(graph: GraphConnection, body: EventBody, content: string): Promise<void> {
  await graph.run((client) => {
    let request = client.api(`/me/events/${encodeURIComponent(body.eventId)}`);
    if (body.eTag) request = request.header('If-Match', body.eTag);
    return request.patch({ body: { contentType: body.contentType, content } });
  });
}

/**
 * Writes the agenda into one occurrence's invite: a PATCH of that occurrence's body only (never the series
 * master), changing only our block. Each PATCH makes Exchange e-mail the attendee, so it happens only when
 * the block is missing or shows something different, never for a past meeting, never twice a day for one occurrence, and
 * never for an event the user does not organize.
 */
export async function attachAgendaToInvite(options: {
  graph: GraphConnection;
  store: KeyValueStore;
  userId: string;
  occurrence: InviteOccurrence;
  agenda: InviteAgenda;
  now: Date;
}): Promise<AttachOutcome> {
  const { graph, store, userId, occurrence, agenda, now } = options;
  if (!occurrence.isOrganizer) return 'not-organizer';
  if (new Date(occurrence.start).getTime() <= now.getTime()) return 'past';
  if (store.get(updatedKey(userId, occurrence.eventId)) === localDay(now)) return 'already-today';
  for (let attempt = 0; attempt < 2; attempt++) {
    const [body] = await getEventBodies(graph, [occurrence.eventId]);
    if (!body) throw new GraphRequestError('not-found', 'The meeting could not be read', 404);
    // Exchange re-serializes bodies: what counts is whether the attendee would see anything different.
    if (inviteAgendaStatus(body.content, body.contentType, agenda) === 'on-invite') return 'unchanged';
    const updated = bodyWithAgenda(body.content, body.contentType, agenda);
    if (updated === body.content) return 'unchanged';
    try {
      await patchBody(graph, body, updated);
      store.set(updatedKey(userId, occurrence.eventId), localDay(now));
      return 'attached';
    } catch (error) {
      // Someone (Outlook, Teams) changed the event since we read it: read it again and redo our block only.
      if (!(error instanceof GraphRequestError && error.kind === 'conflict') || attempt > 0) throw error;
    }
  }
  return 'unchanged';
}
