import {
  bodyWithAgenda,
  type InviteAgendaStatus,
  inviteAgendaStatus,
} from '../../domain/invite/agendaOnInvite';
import { mayUpdateInviteAutomatically } from '../../domain/invite/automaticInviteUpdate';
import type { InviteAgenda } from '../../domain/invite/inviteAgenda';
import type { GraphConnection } from '../../graph/createGraphClient';
import { getEventBodies, patchEventBody } from '../../graph/eventBody';
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
  | 'already-today' // updated today (on this device, or automatically within 24 hours): every update is an e-mail
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

/** Who asks for the update: auto-attach on its own, or the leader's "Update invite". */
export type InviteUpdateTrigger = 'automatic' | 'user';

/**
 * Writes the agenda into one occurrence's invite: a PATCH of that occurrence's body only (never the series
 * master), changing only our block. Each PATCH makes Exchange e-mail the attendee, so it happens only when
 * the block is missing or shows something different, never for a past meeting, never for an event the user
 * does not organize, and not twice a day for one occurrence: once a day per device for the leader's clicks,
 * and for automatic updates once in 24 hours by the record on the event itself, which all of the
 * organizer's devices read (mayUpdateInviteAutomatically).
 */
export async function attachAgendaToInvite(options: {
  graph: GraphConnection;
  store: KeyValueStore;
  userId: string;
  occurrence: InviteOccurrence;
  agenda: InviteAgenda;
  now: Date;
  trigger: InviteUpdateTrigger;
}): Promise<AttachOutcome> {
  const { graph, store, userId, occurrence, agenda, now, trigger } = options;
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
    if (trigger === 'automatic' && !mayUpdateInviteAutomatically(body.lastAppUpdate, now))
      return 'already-today';
    try {
      await patchEventBody(graph, body, updated, now);
      store.set(updatedKey(userId, occurrence.eventId), localDay(now));
      return 'attached';
    } catch (error) {
      // Someone (Outlook, Teams) changed the event since we read it: read it again and redo our block only.
      if (!(error instanceof GraphRequestError && error.kind === 'conflict') || attempt > 0) throw error;
    }
  }
  return 'unchanged';
}
