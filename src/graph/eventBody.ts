import type { Event } from '@microsoft/microsoft-graph-types';
import { batchGet } from './batch';
import type { GraphConnection } from './createGraphClient';

export interface EventBody {
  eventId: string;
  contentType: 'html' | 'text';
  content: string;
  eTag: string | null;
}

function bodyOf(eventId: string, raw: Event | null | undefined): EventBody | null {
  if (!raw) return null;
  return {
    eventId,
    contentType: raw.body?.contentType === 'text' ? 'text' : 'html',
    content: raw.body?.content ?? '',
    eTag: (raw as { '@odata.etag'?: string })['@odata.etag'] ?? null,
  };
}

/** The bodies of several events in one `$batch`; events that cannot be read are left out. */
export async function getEventBodies(
  graph: GraphConnection,
  eventIds: readonly string[],
): Promise<EventBody[]> {
  const results = await batchGet(
    graph,
    eventIds.map((id, index) => ({
      id: String(index),
      url: `/me/events/${encodeURIComponent(id)}?$select=id,body`,
    })),
  );
  return eventIds.flatMap((id, index) => {
    const result = results.get(String(index));
    const body = result?.status === 200 ? bodyOf(id, result.body as Event) : null;
    return body ? [body] : [];
  });
}
