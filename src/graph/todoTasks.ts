import type { LinkedResource, TodoTask, TodoTaskList } from '@microsoft/microsoft-graph-types';
import type { LinkedTask } from '../domain/todo/planActionItemTasks';
import { taskDueDate } from '../domain/todo/taskDueDate';
import type { GraphConnection } from './createGraphClient';

/** The To Do list the app keeps action items in, and how its linked resources name the app. */
export const ACTION_ITEM_LIST_NAME = '1:1 action items';
export const LINKED_APPLICATION_NAME = '1:1 Agenda';

interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

async function readAll<T>(graph: GraphConnection, first: string): Promise<T[]> {
  const items: T[] = [];
  let page = await graph.run<Page<T>>((client) => client.api(first).get());
  for (;;) {
    items.push(...(page.value ?? []));
    const next = page['@odata.nextLink'];
    if (!next) return items;
    page = await graph.run<Page<T>>((client) => client.api(next).get());
  }
}

const listPath = (listId: string) => `/me/todo/lists/${encodeURIComponent(listId)}`;

/** The "1:1 action items" list, created the first time (Tasks.ReadWrite). Found by name: the user may rename it back. */
export async function ensureActionItemList(graph: GraphConnection): Promise<string> {
  const lists = await readAll<TodoTaskList>(graph, '/me/todo/lists');
  const found = lists.find((list) => list.displayName === ACTION_ITEM_LIST_NAME && list.id);
  if (found?.id) return found.id;
  const created = await graph.run<TodoTaskList>((client) =>
    client.api('/me/todo/lists').post({ displayName: ACTION_ITEM_LIST_NAME }),
  );
  if (!created.id) throw new Error('To Do answered without the new list');
  return created.id;
}

/** When To Do last changed a task: `lastModifiedDateTime` is exact, `completedDateTime` may hold only the day. */
function changedAt(task: TodoTask): string | null {
  const ms = task.lastModifiedDateTime ? Date.parse(task.lastModifiedDateTime) : Number.NaN;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/**
 * The list's tasks that the app linked to an action item (one read, with their linked resources); due dates
 * as days in `timeZone`, the person's zone.
 */
export async function listLinkedTasks(
  graph: GraphConnection,
  listId: string,
  timeZone: string,
): Promise<LinkedTask[]> {
  const tasks = await readAll<TodoTask>(graph, `${listPath(listId)}/tasks?$expand=linkedResources&$top=100`);
  return tasks.flatMap((task) => {
    const link = (task.linkedResources ?? []).find(
      (resource) => resource.applicationName === LINKED_APPLICATION_NAME && resource.externalId,
    );
    if (!task.id || !link?.externalId) return [];
    const completed = task.status === 'completed';
    return [
      {
        taskId: task.id,
        key: link.externalId,
        completed,
        completedAt: completed ? changedAt(task) : null,
        title: task.title ?? '',
        dueDate: taskDueDate(task.dueDateTime, timeZone),
        modifiedAt: changedAt(task),
      },
    ];
  });
}

const dueDateTime = (dueDate: string | null, timeZone: string) =>
  dueDate ? { dateTime: `${dueDate}T00:00:00`, timeZone } : null;

export interface NewLinkedTask {
  title: string;
  /** `YYYY-MM-DD` or null. */
  dueDate: string | null;
  /** IANA zone the due date is a day in. */
  timeZone: string;
  link: Required<Pick<LinkedResource, 'webUrl' | 'displayName' | 'externalId'>>;
}

/** One task with its linked resource back to the 1:1, in one POST. */
export async function createLinkedTask(
  graph: GraphConnection,
  listId: string,
  task: NewLinkedTask,
): Promise<string> {
  const created = await graph.run<TodoTask>((client) =>
    client.api(`${listPath(listId)}/tasks`).post({
      title: task.title,
      ...(task.dueDate ? { dueDateTime: dueDateTime(task.dueDate, task.timeZone) } : {}),
      linkedResources: [{ ...task.link, applicationName: LINKED_APPLICATION_NAME }],
    }),
  );
  return created.id ?? '';
}

export async function setTaskCompleted(
  graph: GraphConnection,
  listId: string,
  taskId: string,
  completed: boolean,
): Promise<void> {
  await graph.run((client) =>
    client
      .api(`${listPath(listId)}/tasks/${encodeURIComponent(taskId)}`)
      .patch({ status: completed ? 'completed' : 'notStarted' }),
  );
}

/** A task's title and due date, as the action item now has them (null clears the due date). */
export async function setTaskDetails(
  graph: GraphConnection,
  listId: string,
  taskId: string,
  details: { title: string; dueDate: string | null; timeZone: string },
): Promise<void> {
  await graph.run((client) =>
    client
      .api(`${listPath(listId)}/tasks/${encodeURIComponent(taskId)}`)
      .patch({ title: details.title, dueDateTime: dueDateTime(details.dueDate, details.timeZone) }),
  );
}
