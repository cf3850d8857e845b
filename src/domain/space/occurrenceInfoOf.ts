import type { OneOnOneOccurrence } from '../oneOnOne';
import { occurrenceKeyFromStart } from './occurrenceKey';
import type { OccurrenceInfo } from './occurrenceTimeline';

/**
 * A calendar occurrence as the space's timeline sees it. A declined 1:1 will not take place, so it counts as
 * cancelled: it must not consume topics. Null when the start is not a readable instant.
 */
export function occurrenceInfoOf(occurrence: OneOnOneOccurrence): OccurrenceInfo | null {
  const key = occurrenceKeyFromStart(occurrence.start);
  if (!key) return null;
  return {
    key,
    start: key,
    end: new Date(occurrence.end).toISOString(),
    isCancelled: occurrence.declinedBy !== null,
  };
}
