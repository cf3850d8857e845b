import { nextEditTime } from '../../domain/space/nextEditTime';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { SpaceEdit } from '../../domain/space/spaceEdits';
import type { SpaceRole } from '../../domain/space/spaceStamp';
import { actionItemTaskKey } from '../../domain/todo/actionItemTaskKey';
import { type LinkedTask, planActionItemTasks } from '../../domain/todo/planActionItemTasks';
import type { GraphConnection } from '../../graph/createGraphClient';
import { GraphRequestError } from '../../graph/graphRequestError';
import {
  createLinkedTask,
  ensureActionItemList,
  listLinkedTasks,
  setTaskCompleted,
  setTaskDetails,
} from '../../graph/todoTasks';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { SyncedDriveDocument } from '../storage/syncedDriveDocument';

/** One 1:1's space to sync, from the signed-in person's side. */
export interface SpaceToSync {
  space: SyncedDriveDocument<SpaceDocument, SpaceEdit>;
  myRole: SpaceRole;
  /** Where the task's link leads: the 1:1 in the app. */
  webUrl: string;
  /** The link's title in To Do, e.g. "1:1 with Daniel Okafor". */
  linkTitle: string;
}

export interface TodoSyncResult {
  created: number;
  completed: number;
  reopened: number;
  /** Action items closed because their task was completed in To Do. */
  closed: number;
  /** Tasks given the title or due date their item was changed to in the app. */
  updated: number;
}

const createdKey = (userId: string, spaceId: string) => `oneOnOne.todoCreated.${userId}.${spaceId}`;

function readCreated(store: KeyValueStore, key: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(store.get(key) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

/** The app's list and its linked tasks: the remembered list when it still exists, else found or created. */
async function readActionItemList(
  graph: GraphConnection,
  cache: { listId: string | null },
  timeZone: string,
): Promise<{ listId: string; tasks: LinkedTask[] }> {
  if (cache.listId) {
    try {
      return { listId: cache.listId, tasks: await listLinkedTasks(graph, cache.listId, timeZone) };
    } catch (error) {
      if (!(error instanceof GraphRequestError && error.kind === 'not-found')) throw error;
    }
  }
  const listId = await ensureActionItemList(graph);
  cache.listId = listId;
  return { listId, tasks: await listLinkedTasks(graph, listId, timeZone) };
}

/**
 * Two-way sync of the person's own action items with Microsoft To Do (see `planActionItemTasks` for the
 * rules): one list read for all spaces, then the task writes, then the items closed in To Do are closed in
 * their space through its outbox (so the close survives a dropped connection like any edit).
 */
export async function syncActionItemTasks(options: {
  graph: GraphConnection;
  store: KeyValueStore;
  userId: string;
  spaces: readonly SpaceToSync[];
  timeZone: string;
  now: () => Date;
  /** Remembers the list's id between syncs (one request less each time); a deleted list is found again. */
  listCache?: { listId: string | null };
}): Promise<TodoSyncResult> {
  const { graph, store, userId } = options;
  const result: TodoSyncResult = { created: 0, completed: 0, reopened: 0, closed: 0, updated: 0 };
  const spaces = options.spaces.filter((entry) => entry.space.snapshot().document !== null);
  if (spaces.length === 0) return result;
  const { listId, tasks } = await readActionItemList(
    graph,
    options.listCache ?? { listId: null },
    options.timeZone,
  );

  for (const entry of spaces) {
    const document = entry.space.snapshot().document;
    if (!document) continue;
    const rememberKey = createdKey(userId, document.spaceId);
    const createdBefore = readCreated(store, rememberKey);
    const plan = planActionItemTasks({ document, myRole: entry.myRole, tasks, createdBefore });
    for (const item of plan.create) {
      await createLinkedTask(graph, listId, {
        title: item.text,
        dueDate: item.dueDate,
        timeZone: options.timeZone,
        link: {
          webUrl: entry.webUrl,
          displayName: entry.linkTitle,
          externalId: actionItemTaskKey(document.spaceId, item.id),
        },
      });
      createdBefore.add(item.id);
      store.set(rememberKey, JSON.stringify([...createdBefore]));
      result.created++;
    }
    for (const taskId of plan.complete) {
      await setTaskCompleted(graph, listId, taskId, true);
      result.completed++;
    }
    for (const taskId of plan.reopen) {
      await setTaskCompleted(graph, listId, taskId, false);
      result.reopened++;
    }
    for (const update of plan.update) {
      await setTaskDetails(graph, listId, update.taskId, { ...update, timeZone: options.timeZone });
      result.updated++;
    }
    for (const actionItemId of plan.close) {
      const current = entry.space.snapshot().document ?? document;
      entry.space.submit({
        id: crypto.randomUUID(),
        at: nextEditTime(current, options.now()),
        by: entry.myRole,
        type: 'setActionItemStatus',
        actionItemId,
        status: 'done',
        occurrence: null,
      });
      result.closed++;
    }
    if (plan.close.length > 0) await entry.space.flush();
  }
  return result;
}
