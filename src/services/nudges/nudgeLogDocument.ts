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

const NUDGE_LOG_PATH = 'reminders/sent.json';

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

/** The reminders the leader sent, in their own app folder: what every one of their devices checks first. */
export function nudgeLogDocument(graph: GraphConnection, store: KeyValueStore, me: DirectoryPerson) {
  return new SyncedDriveDocument({
    graph,
    store,
    location: { appFolderPath: NUDGE_LOG_PATH },
    storeKey: `oneOnOne.outbox.${me.id}.${NUDGE_LOG_PATH}`,
    codec: nudgeLogCodec,
    create: { initial: emptyNudgeLog },
    autoRetry: false,
  });
}
