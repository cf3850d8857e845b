/**
 * Every save of an item gets a new change key (and so a new `@odata.etag`), even when nothing visible
 * changed, as in Exchange. The rendered change key is a digest of the stored item, so storing a new
 * revision marker in `changeKey` is enough to move it on.
 */
import type { DemoSeedEvent } from '../seed/demoSeed.types';
import { stableDigest } from '../util/stableHash';
import { outlookTimestamp } from './eventInput';

export function revised(event: DemoSeedEvent, now: Date): DemoSeedEvent {
  const stamp = outlookTimestamp(now);
  return {
    ...event,
    lastModifiedDateTime: stamp,
    changeKey: `DwAAABYAAAA${stableDigest(`${event.changeKey ?? event.id}|${stamp}|revision`, 29)}`,
  };
}
