import type { DirectoryPerson } from '../../domain/calendarEvent';
import {
  applyNudgeEdits,
  emptyNudgeLog,
  mergeNudgeLogs,
  type NudgeEdit,
  type NudgeLog,
  parseNudgeLog,
  serializeNudgeLog,
} from '../../domain/nudge/nudgeLog';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import { type DocumentCodec, SyncedDriveDocument } from '../storage/syncedDriveDocument';

/** Each kind of reminder has its own log in the sender's app folder, so neither can hide the other. */
export const NUDGE_LOG_PATHS = {
  /** The leader's reminders to the employee before a 1:1. */
  toEmployee: 'reminders/sent.json',
  /** The employee's reminders to the leader that they added topics. */
  toLeader: 'reminders/topics-added-sent.json',
} as const;

const nudgeLogCodec: DocumentCodec<NudgeLog, NudgeEdit> = {
  parse: parseNudgeLog,
  serialize: (log) => serializeNudgeLog(log),
  merge: mergeNudgeLogs,
  apply: applyNudgeEdits,
  editId: (edit) => edit.id,
  parseEdit: (value) => {
    const edit = value as Partial<NudgeEdit> | null;
    return edit &&
      typeof edit.id === 'string' &&
      typeof edit.record?.key === 'string' &&
      typeof edit.record.sentAt === 'string'
      ? (edit as NudgeEdit)
      : null;
  },
};

/** The reminders the signed-in person sent, in their own app folder: what every one of their devices checks first. */
export function nudgeLogDocument(
  graph: GraphConnection,
  store: KeyValueStore,
  me: DirectoryPerson,
  path: (typeof NUDGE_LOG_PATHS)[keyof typeof NUDGE_LOG_PATHS],
) {
  return new SyncedDriveDocument({
    graph,
    store,
    location: { appFolderPath: path },
    storeKey: `oneOnOne.outbox.${me.id}.${path}`,
    codec: nudgeLogCodec,
    create: { initial: emptyNudgeLog },
    autoRetry: false,
  });
}
