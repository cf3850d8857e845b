import { resolveIanaTimeZone } from '../domain/time/resolveTimeZone';
import type { GraphConnection } from './createGraphClient';

/**
 * The time zone the person set for their mailbox (GET /me/mailboxSettings/timeZone, MailboxSettings.Read), as
 * an IANA name; null when Graph names one Intl does not know. Outlook shows meetings in this zone, whatever
 * the device's clock says.
 */
export async function getMailboxTimeZone(graph: GraphConnection): Promise<string | null> {
  const answer = await graph.run<{ value?: unknown }>((client) =>
    client.api('/me/mailboxSettings/timeZone').get(),
  );
  return typeof answer.value === 'string' ? resolveIanaTimeZone(answer.value) : null;
}
