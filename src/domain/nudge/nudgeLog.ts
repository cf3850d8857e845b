/**
 * The pre-1:1 nudges the leader's app has sent, one entry per occurrence, in the leader's own OneDrive app
 * folder: every device of the leader reads it before sending, so a nudge goes out once per occurrence. Only
 * the leader's side sends nudges, so the shared space (which the employee also edits) is left as it is.
 * Merge: the union by key, the earliest send kept; commutative, associative, idempotent.
 */
import { z } from 'zod';
import { compareOrdinal } from '../compareOrdinal';
import { formatDocumentJson } from '../space/formatDocumentJson';
import { type DocumentParseResult, parseVersionedDocument } from '../space/parseVersionedDocument';

export const NUDGE_LOG_SCHEMA = 'one-on-one-nudges';
export const NUDGE_LOG_VERSION = 1;
/** Entries sent this long before the newest one are dropped when the log is written: long past. */
const KEEP_MS = 30 * 86_400_000;

export interface NudgeRecord {
  /** `<counterpart email>|<occurrence start, ISO instant>`. */
  key: string;
  sentAt: string;
}

export interface NudgeLog {
  schema: typeof NUDGE_LOG_SCHEMA;
  version: typeof NUDGE_LOG_VERSION;
  sent: NudgeRecord[];
}

export interface NudgeEdit {
  id: string;
  record: NudgeRecord;
}

const nudgeLogSchema: z.ZodType<NudgeLog> = z.strictObject({
  schema: z.literal(NUDGE_LOG_SCHEMA),
  version: z.literal(NUDGE_LOG_VERSION),
  sent: z.array(z.strictObject({ key: z.string().min(1).max(700), sentAt: z.iso.datetime() })).max(5_000),
});

export const emptyNudgeLog = (): NudgeLog => ({
  schema: NUDGE_LOG_SCHEMA,
  version: NUDGE_LOG_VERSION,
  sent: [],
});

export const nudgeKey = (counterpartEmail: string, occurrenceStart: string) =>
  `${counterpartEmail.toLowerCase()}|${new Date(occurrenceStart).toISOString()}`;

export function mergeNudgeLogs(a: NudgeLog, b: NudgeLog): NudgeLog {
  const byKey = new Map<string, NudgeRecord>();
  for (const record of [...a.sent, ...b.sent]) {
    const seen = byKey.get(record.key);
    if (!seen || compareOrdinal(record.sentAt, seen.sentAt) < 0) byKey.set(record.key, record);
  }
  return { ...emptyNudgeLog(), sent: [...byKey.values()].sort((x, y) => compareOrdinal(x.key, y.key)) };
}

export function applyNudgeEdits(log: NudgeLog, edits: readonly NudgeEdit[]): NudgeLog {
  return mergeNudgeLogs(log, { ...emptyNudgeLog(), sent: edits.map((edit) => edit.record) });
}

export function parseNudgeLog(raw: string): DocumentParseResult<NudgeLog> {
  return parseVersionedDocument(raw, {
    schema: NUDGE_LOG_SCHEMA,
    version: NUDGE_LOG_VERSION,
    label: '1:1 reminders',
    zodSchema: nudgeLogSchema,
  });
}

/**
 * Written without entries sent more than 30 days before the newest one (measured from the log itself, not the
 * device's clock, so a device with a wrong clock cannot drop an entry and send a reminder twice).
 */
export function serializeNudgeLog(log: NudgeLog): string {
  const newest = log.sent.reduce((latest, record) => Math.max(latest, Date.parse(record.sentAt)), 0);
  const cutoff = new Date(newest - KEEP_MS).toISOString();
  return formatDocumentJson({ ...log, sent: log.sent.filter((record) => record.sentAt >= cutoff) });
}
