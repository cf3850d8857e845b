/** To Do lists, tasks and linked resources as Graph v1.0 returns them. */
import type { EntitySelectRules } from '../odata/selectProperties';
import type { DemoSeedLinkedResource, DemoSeedTodoList, DemoSeedTodoTask } from '../seed/demoSeed.types';
import { stableDigest } from '../util/stableHash';

const METADATA = 'https://graph.microsoft.com/v1.0/$metadata#';

export const todoContextUrl = {
  lists: (userId: string) => `${METADATA}users('${userId}')/todo/lists`,
  list: (userId: string) => `${METADATA}users('${userId}')/todo/lists/$entity`,
  tasks: (userId: string, listId: string) => `${METADATA}users('${userId}')/todo/lists('${listId}')/tasks`,
  task: (userId: string, listId: string) =>
    `${METADATA}users('${userId}')/todo/lists('${listId}')/tasks/$entity`,
  linkedResources: (userId: string, listId: string, taskId: string) =>
    `${METADATA}users('${userId}')/todo/lists('${listId}')/tasks('${taskId}')/linkedResources`,
  linkedResource: (userId: string, listId: string, taskId: string) =>
    `${METADATA}users('${userId}')/todo/lists('${listId}')/tasks('${taskId}')/linkedResources/$entity`,
};

const etag = (value: unknown) => `W/"${stableDigest(JSON.stringify(value), 28)}=="`;

export function todoListJson(list: DemoSeedTodoList): Record<string, unknown> {
  const { owner: _owner, tasks: _tasks, ...fields } = list;
  return {
    '@odata.etag': etag({ id: list.id, displayName: list.displayName }),
    displayName: list.displayName,
    isOwner: fields.isOwner ?? true,
    isShared: fields.isShared ?? false,
    wellknownListName: fields.wellknownListName ?? 'none',
    id: list.id,
  };
}

export function linkedResourceJson(resource: DemoSeedLinkedResource): Record<string, unknown> {
  return {
    webUrl: resource.webUrl ?? null,
    applicationName: resource.applicationName ?? null,
    displayName: resource.displayName ?? null,
    externalId: resource.externalId ?? null,
    id: resource.id,
  };
}

/** Linked resources are part of the answer only when asked for (`$expand=linkedResources`) or just created. */
export function todoTaskJson(task: DemoSeedTodoTask, withLinkedResources: boolean): Record<string, unknown> {
  const { linkedResources, ...fields } = task;
  return {
    '@odata.etag': etag(fields),
    importance: fields.importance ?? 'normal',
    isReminderOn: fields.isReminderOn ?? false,
    status: fields.status ?? 'notStarted',
    title: fields.title ?? '',
    createdDateTime: fields.createdDateTime,
    lastModifiedDateTime: fields.lastModifiedDateTime,
    hasAttachments: false,
    categories: fields.categories ?? [],
    id: task.id,
    body: fields.body ?? { content: '', contentType: 'text' },
    ...(fields.dueDateTime ? { dueDateTime: fields.dueDateTime } : {}),
    ...(fields.completedDateTime ? { completedDateTime: fields.completedDateTime } : {}),
    ...(fields.reminderDateTime ? { reminderDateTime: fields.reminderDateTime } : {}),
    ...(withLinkedResources ? { linkedResources: (linkedResources ?? []).map(linkedResourceJson) } : {}),
  };
}

/** `$select` rules (To Do runs on Outlook's workload, which answers a bad name with `RequestBroker--ParseUri`). */
const rules = (typeName: string, properties: string[]): EntitySelectRules => ({
  typeName,
  errorCode: 'RequestBroker--ParseUri',
  properties,
  alwaysIncluded: ['@odata.etag', 'id'],
});

export const todoSelectRules = {
  list: rules('microsoft.graph.todoTaskList', [
    'id',
    'displayName',
    'isOwner',
    'isShared',
    'wellknownListName',
  ]),
  task: rules('microsoft.graph.todoTask', [
    'id',
    'importance',
    'isReminderOn',
    'status',
    'title',
    'createdDateTime',
    'lastModifiedDateTime',
    'hasAttachments',
    'categories',
    'body',
    'dueDateTime',
    'startDateTime',
    'completedDateTime',
    'reminderDateTime',
    'linkedResources',
  ]),
  linkedResource: rules('microsoft.graph.linkedResource', [
    'id',
    'webUrl',
    'applicationName',
    'displayName',
    'externalId',
  ]),
};
