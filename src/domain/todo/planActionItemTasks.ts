import { isActionItemLive } from '../space/entityLiveness';
import type { ActionItem, SpaceDocument } from '../space/spaceDocument';
import type { SpaceRole } from '../space/spaceStamp';
import { actionItemIdFromTaskKey } from './actionItemTaskKey';

/** A To Do task linked to an action item, as much as the plan needs. */
export interface LinkedTask {
  taskId: string;
  /** The linked resource's externalId (`actionItemTaskKey`). */
  key: string;
  completed: boolean;
  /** When it was completed (ISO instant); null when open or unknown. */
  completedAt: string | null;
  title: string;
  /** The day it is due in the person's zone (`taskDueDate`), or null. */
  dueDate: string | null;
  /** When To Do last changed it (ISO instant), or null when unknown. */
  modifiedAt: string | null;
}

/** New title and due date for an open task, after the item was edited in the app. */
export interface TaskDetailsUpdate {
  taskId: string;
  title: string;
  dueDate: string | null;
}

export interface TaskSyncPlan {
  /** Open items of mine that have no task yet. */
  create: ActionItem[];
  /** Tasks to complete: their item was closed in the app. */
  complete: string[];
  /** Tasks to reopen: their item was reopened in the app after the task was completed. */
  reopen: string[];
  /** Items to close as done: their task was completed in To Do. */
  close: string[];
  /** Open tasks whose item's text or due date was changed in the app after To Do last changed the task. */
  update: TaskDetailsUpdate[];
}

export interface PlanTaskSyncInput {
  document: SpaceDocument;
  myRole: SpaceRole;
  /** Tasks of the app's list (any space's: the others are ignored). */
  tasks: readonly LinkedTask[];
  /** Items whose task this device created before: when that task is gone, it was deleted on purpose. */
  createdBefore?: ReadonlySet<string>;
}

/**
 * Two-way sync of one space's action items that the user owns with their To Do tasks. The latest change of
 * status wins, from either side:
 * 1. An open item of mine with no task gets one (unless its task was created before and has since been
 *    deleted in To Do: the person removed it, so it is not forced back).
 * 2. A completed task whose item is open closes the item, unless the item's status was set after the task
 *    was completed (it was reopened in the app): then the task is reopened.
 * 3. An item closed in the app (done or dropped) completes its open task.
 * 4. An open item whose text or due date was edited in the app after To Do last changed its open task
 *    pushes both to the task (`detailsToPush`); a task renamed in To Do since is left as the person named it.
 * Deleted items and items owned by the other person are left alone, with their tasks.
 * Pure: the graph layer carries out the plan.
 */
export function planActionItemTasks({
  document,
  myRole,
  tasks,
  createdBefore,
}: PlanTaskSyncInput): TaskSyncPlan {
  const tasksByItem = new Map<string, LinkedTask[]>();
  for (const task of tasks) {
    const itemId = actionItemIdFromTaskKey(task.key, document.spaceId);
    if (itemId === null) continue;
    tasksByItem.set(itemId, [...(tasksByItem.get(itemId) ?? []), task]);
  }
  const plan: TaskSyncPlan = { create: [], complete: [], reopen: [], close: [], update: [] };
  for (const item of document.actionItems) {
    if (item.owner !== myRole || !isActionItemLive(item)) continue;
    const linked = tasksByItem.get(item.id) ?? [];
    if (linked.length === 0) {
      if (item.status === 'open' && !createdBefore?.has(item.id)) plan.create.push(item);
      continue;
    }
    const completed = linked.filter((task) => task.completed);
    const open = linked.filter((task) => !task.completed);
    if (item.status !== 'open') {
      plan.complete.push(...open.map((task) => task.taskId));
      continue;
    }
    plan.update.push(...open.flatMap((task) => detailsToPush(item, task)));
    if (completed.length === 0) continue;
    // ISO instants in one spelling: the greatest string is the latest.
    const lastCompletedAt =
      completed
        .map((task) => task.completedAt ?? '')
        .sort()
        .at(-1) ?? '';
    if (lastCompletedAt !== '' && item.stamps.status.at > lastCompletedAt) {
      plan.reopen.push(...completed.map((task) => task.taskId));
    } else {
      plan.close.push(item.id);
    }
  }
  return plan;
}

/** The item's text and due date for its open task, when they differ and the app's edit is the later one. */
export function detailsToPush(item: ActionItem, task: LinkedTask): TaskDetailsUpdate[] {
  if (task.title === item.text && task.dueDate === item.dueDate) return [];
  const editedAt =
    item.stamps.text.at > item.stamps.dueDate.at ? item.stamps.text.at : item.stamps.dueDate.at;
  // ISO instants in one spelling: string order is time order.
  if (task.modifiedAt !== null && editedAt <= task.modifiedAt) return [];
  return [{ taskId: task.taskId, title: item.text, dueDate: item.dueDate }];
}
