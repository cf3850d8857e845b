import type { DirectoryPerson } from '../../domain/calendarEvent';
import type { NudgeLog } from '../../domain/nudge/nudgeLog';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import { NUDGE_LOG_PATHS, nudgeLogDocument } from './nudgeLogDocument';

export interface NudgeResult {
  sent: string[];
  /** Keys whose send failed (Graph refused it, the space could not be had); tried again on the next run. */
  failed: string[];
}

export interface OncePerOccurrence<Due extends { key: string }> {
  /** Reads the log (the sender's own OneDrive). */
  graph: GraphConnection;
  store: KeyValueStore;
  me: DirectoryPerson;
  log: keyof typeof NUDGE_LOG_PATHS;
  now: Date;
  /** What is due, given what any device of the sender already sent. */
  due(log: NudgeLog): Promise<readonly Due[]>;
  /** Sends one; a throw means not sent (not recorded). */
  send(due: Due): Promise<void>;
}

/**
 * The one way a reminder goes out at most once per occurrence across the sender's devices: the log is read
 * first, and each send is recorded (and written) before the next. A log that cannot be read (offline, damaged)
 * sends nothing: better no reminder than two.
 */
export async function sendOncePerOccurrence<Due extends { key: string }>(
  options: OncePerOccurrence<Due>,
): Promise<NudgeResult> {
  const log = nudgeLogDocument(options.graph, options.store, options.me, NUDGE_LOG_PATHS[options.log]);
  try {
    await log.load();
    const document = log.snapshot().document;
    if (!document || log.snapshot().status.state !== 'saved') return { sent: [], failed: [] };
    const result: NudgeResult = { sent: [], failed: [] };
    for (const due of await options.due(document)) {
      try {
        await options.send(due);
      } catch {
        result.failed.push(due.key);
        continue;
      }
      log.submit({ id: crypto.randomUUID(), record: { key: due.key, sentAt: options.now.toISOString() } });
      await log.flush();
      result.sent.push(due.key);
    }
    return result;
  } finally {
    log.dispose();
  }
}
