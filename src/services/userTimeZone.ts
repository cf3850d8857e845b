import type { GraphConnection } from '../graph/createGraphClient';
import { getMailboxTimeZone } from '../graph/mailboxSettings';

/**
 * The zone the app shows times and counts days in: the mailbox's, as Outlook does; the device's when the
 * mailbox has none Intl knows or cannot be read yet (a failed read is not worth an error: the device's zone
 * is usually the same). Only a read that succeeded is kept, so a read before sign-in is tried again.
 */
export function createUserTimeZone(graph: GraphConnection, deviceTimeZone: string): () => Promise<string> {
  let known: Promise<string> | null = null;
  return () => {
    if (known) return known;
    const reading = getMailboxTimeZone(graph).then((zone) => zone ?? deviceTimeZone);
    known = reading;
    return reading.catch(() => {
      known = null;
      return deviceTimeZone;
    });
  };
}
