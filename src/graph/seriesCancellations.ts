import type { Event } from '@microsoft/microsoft-graph-types';
import { cancelledOccurrenceDate } from '../domain/cadence/cancelledOccurrenceDate';
import { batchGet } from './batch';
import type { GraphConnection } from './createGraphClient';

/**
 * The cancelled occurrences of series the user organizes, by master id: Exchange removes a cancelled
 * occurrence from the organizer's calendar, so calendarView cannot show it; the series master lists it in
 * `cancelledOccurrences` (returned only when selected, on a GET of the master). One `$batch` for all.
 * A master that cannot be read is left out: its cancellations are unknown, not zero.
 */
export async function getSeriesCancellations(
  graph: GraphConnection,
  seriesMasterIds: readonly string[],
): Promise<Map<string, string[]>> {
  const unique = [...new Set(seriesMasterIds)];
  if (unique.length === 0) return new Map();
  const results = await batchGet(
    graph,
    unique.map((id, index) => ({
      id: String(index),
      url: `/me/events/${encodeURIComponent(id)}?$select=id,cancelledOccurrences`,
    })),
  );
  const cancellations = new Map<string, string[]>();
  unique.forEach((masterId, index) => {
    const result = results.get(String(index));
    if (result?.status !== 200) return;
    const ids = (result.body as Event | null)?.cancelledOccurrences ?? [];
    cancellations.set(
      masterId,
      ids.flatMap((id) => {
        const date = cancelledOccurrenceDate(id);
        return date ? [date] : [];
      }),
    );
  });
  return cancellations;
}
