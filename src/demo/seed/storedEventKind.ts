/** The kind of a stored item; seeds may leave `type` out, and it follows from the other fields as in Graph. */
import type { DemoSeedEvent } from './demoSeed.types';

export type StoredEventKind = 'singleInstance' | 'seriesMaster' | 'exception';

export function storedEventKind(event: DemoSeedEvent): StoredEventKind {
  if (event.type === 'seriesMaster' || event.type === 'exception' || event.type === 'singleInstance') {
    return event.type;
  }
  if (event.recurrence) return 'seriesMaster';
  if (event.seriesMasterId) return 'exception';
  return 'singleInstance';
}
