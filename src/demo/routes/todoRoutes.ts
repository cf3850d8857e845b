/**
 * Microsoft To Do (Tasks.ReadWrite, delegated): the caller's own lists, their tasks, and the tasks' linked
 * resources. Another user's To Do answers 403, as Graph does. Tasks page at 10 by default (`$top` up to
 * 1000) and carry their linked resources only with `$expand=linkedResources` (or in a POST's answer).
 */
import { readJsonObject } from '../calendar/eventInput';
import { graphErrors } from '../http/graphErrorResponse';
import { graphJson } from '../http/graphResponses';
import type { RouteContext, RouteDefinition } from '../http/routeTypes';
import { nextLinkFor, takePage } from '../odata/paging';
import { type EntitySelectRules, projectEntity } from '../odata/selectProperties';
import type { DemoSeedTodoList, DemoSeedTodoTask, DemoSeedUser } from '../seed/demoSeed.types';
import { applyTaskInput, readDisplayName, readLinkedResource, readTodoQuery } from '../todo/todoInput';
import {
  linkedResourceJson,
  todoContextUrl,
  todoListJson,
  todoSelectRules,
  todoTaskJson,
} from '../todo/todoJson';
import {
  deleteTodoList,
  findTodoList,
  newTodoId,
  saveTodoList,
  todoListsOf,
  withoutTask,
  withTask,
} from '../todo/todoStore';
import { ownMailboxOwner } from './mailboxOwner';

const PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 1000;

/** Graph's timestamps on To Do items: seven fractional digits, UTC. */
const timestamp = (now: Date) => now.toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');

function owner(context: RouteContext): DemoSeedUser {
  return ownMailboxOwner({ ...context, state: context.store.read() });
}

function listOf(context: RouteContext, user: DemoSeedUser): DemoSeedTodoList {
  const list = findTodoList(context.store.read(), user, context.params.listId ?? '');
  if (!list) throw graphErrors.itemNotFound();
  return list;
}

function taskOf(list: DemoSeedTodoList, taskId: string): DemoSeedTodoTask {
  const task = (list.tasks ?? []).find((candidate) => candidate.id === taskId);
  if (!task) throw graphErrors.itemNotFound();
  return task;
}

function collection(
  context: RouteContext,
  odataContext: string,
  items: readonly Record<string, unknown>[],
  selectRules: EntitySelectRules,
  pageSize = PAGE_SIZE,
): Response {
  const { query } = readTodoQuery(context.url);
  const page = takePage(
    items,
    {
      pageSize: Math.min(query.top ?? pageSize, MAX_PAGE_SIZE),
      skipToken: query.skipToken,
      skip: query.skip,
    },
    (item) => String(item.id),
  );
  return graphJson(
    {
      '@odata.context': odataContext,
      ...(page.nextSkipToken ? { '@odata.nextLink': nextLinkFor(context.url, page.nextSkipToken) } : {}),
      value: page.items.map((item) => projectEntity(item, query.select, selectRules)),
    },
    context.meta,
  );
}

function single(
  context: RouteContext,
  odataContext: string,
  item: Record<string, unknown>,
  selectRules: EntitySelectRules,
  status = 200,
) {
  const { query } = readTodoQuery(context.url);
  const body = { '@odata.context': odataContext, ...projectEntity(item, query.select, selectRules) };
  return graphJson(body, context.meta, status);
}

const noContent = (context: RouteContext) =>
  new Response(null, { status: 204, headers: { 'request-id': context.meta.requestId } });

export const todoRoutes: readonly RouteDefinition[] = [
  {
    method: 'GET',
    path: '/users/{user}/todo/lists',
    handle(context) {
      const user = owner(context);
      const lists = todoListsOf(context.store.read(), user).map(todoListJson);
      return collection(context, todoContextUrl.lists(user.id), lists, todoSelectRules.list, 100);
    },
  },
  {
    method: 'POST',
    path: '/users/{user}/todo/lists',
    async handle(context) {
      const body = await readJsonObject(context.request);
      const user = owner(context);
      const list: DemoSeedTodoList = {
        owner: user.id,
        id: newTodoId('list', user.id),
        displayName: readDisplayName(body),
        isOwner: true,
        isShared: false,
        wellknownListName: 'none',
        tasks: [],
      };
      saveTodoList(context.store, list);
      return single(context, todoContextUrl.list(user.id), todoListJson(list), todoSelectRules.list, 201);
    },
  },
  {
    method: 'GET',
    path: '/users/{user}/todo/lists/{listId}',
    handle(context) {
      const user = owner(context);
      return single(
        context,
        todoContextUrl.list(user.id),
        todoListJson(listOf(context, user)),
        todoSelectRules.list,
      );
    },
  },
  {
    method: 'PATCH',
    path: '/users/{user}/todo/lists/{listId}',
    async handle(context) {
      const body = await readJsonObject(context.request);
      const user = owner(context);
      const list = { ...listOf(context, user), displayName: readDisplayName(body) };
      saveTodoList(context.store, list);
      return single(context, todoContextUrl.list(user.id), todoListJson(list), todoSelectRules.list);
    },
  },
  {
    method: 'DELETE',
    path: '/users/{user}/todo/lists/{listId}',
    handle(context) {
      const list = listOf(context, owner(context));
      if (list.wellknownListName === 'defaultList')
        throw graphErrors.invalidRequest('The default list cannot be deleted.');
      deleteTodoList(context.store, list);
      return noContent(context);
    },
  },
  {
    method: 'GET',
    path: '/users/{user}/todo/lists/{listId}/tasks',
    handle(context) {
      const user = owner(context);
      const list = listOf(context, user);
      const { expandLinkedResources } = readTodoQuery(context.url);
      const tasks = (list.tasks ?? []).map(
        (task) => todoTaskJson(task, expandLinkedResources),
        todoSelectRules.task,
      );
      return collection(context, todoContextUrl.tasks(user.id, list.id), tasks, todoSelectRules.task);
    },
  },
  {
    method: 'POST',
    path: '/users/{user}/todo/lists/{listId}/tasks',
    async handle(context) {
      const body = await readJsonObject(context.request);
      const user = owner(context);
      const list = listOf(context, user);
      const stamp = timestamp(context.meta.now);
      const fresh: DemoSeedTodoTask = {
        id: newTodoId('task', user.id),
        title: '',
        status: 'notStarted',
        importance: 'normal',
        createdDateTime: stamp,
        lastModifiedDateTime: stamp,
        linkedResources: [],
      };
      const task = applyTaskInput(fresh, body, context.meta.now, true);
      saveTodoList(context.store, withTask(list, task));
      return single(
        context,
        todoContextUrl.task(user.id, list.id),
        todoTaskJson(task, true),
        todoSelectRules.task,
        201,
      );
    },
  },
  {
    method: 'GET',
    path: '/users/{user}/todo/lists/{listId}/tasks/{taskId}',
    handle(context) {
      const user = owner(context);
      const list = listOf(context, user);
      const { expandLinkedResources } = readTodoQuery(context.url);
      const task = taskOf(list, context.params.taskId ?? '');
      return single(
        context,
        todoContextUrl.task(user.id, list.id),
        todoTaskJson(task, expandLinkedResources),
        todoSelectRules.task,
      );
    },
  },
  {
    method: 'PATCH',
    path: '/users/{user}/todo/lists/{listId}/tasks/{taskId}',
    async handle(context) {
      const body = await readJsonObject(context.request);
      const user = owner(context);
      const list = listOf(context, user);
      const task = {
        ...applyTaskInput(taskOf(list, context.params.taskId ?? ''), body, context.meta.now, false),
        lastModifiedDateTime: timestamp(context.meta.now),
      };
      saveTodoList(context.store, withTask(list, task));
      return single(
        context,
        todoContextUrl.task(user.id, list.id),
        todoTaskJson(task, false),
        todoSelectRules.task,
      );
    },
  },
  {
    method: 'DELETE',
    path: '/users/{user}/todo/lists/{listId}/tasks/{taskId}',
    handle(context) {
      const list = listOf(context, owner(context));
      taskOf(list, context.params.taskId ?? '');
      saveTodoList(context.store, withoutTask(list, context.params.taskId ?? ''));
      return noContent(context);
    },
  },
  {
    method: 'GET',
    path: '/users/{user}/todo/lists/{listId}/tasks/{taskId}/linkedResources',
    handle(context) {
      const user = owner(context);
      const list = listOf(context, user);
      const task = taskOf(list, context.params.taskId ?? '');
      const resources = (task.linkedResources ?? []).map(linkedResourceJson);
      return collection(
        context,
        todoContextUrl.linkedResources(user.id, list.id, task.id),
        resources,
        todoSelectRules.linkedResource,
      );
    },
  },
  {
    method: 'POST',
    path: '/users/{user}/todo/lists/{listId}/tasks/{taskId}/linkedResources',
    async handle(context) {
      const body = await readJsonObject(context.request);
      const user = owner(context);
      const list = listOf(context, user);
      const task = taskOf(list, context.params.taskId ?? '');
      const resource = readLinkedResource(body);
      const updated = {
        ...task,
        linkedResources: [...(task.linkedResources ?? []), resource],
        lastModifiedDateTime: timestamp(context.meta.now),
      };
      saveTodoList(context.store, withTask(list, updated));
      const odataContext = todoContextUrl.linkedResource(user.id, list.id, task.id);
      return single(context, odataContext, linkedResourceJson(resource), todoSelectRules.linkedResource, 201);
    },
  },
  {
    method: 'DELETE',
    path: '/users/{user}/todo/lists/{listId}/tasks/{taskId}/linkedResources/{resourceId}',
    handle(context) {
      const list = listOf(context, owner(context));
      const task = taskOf(list, context.params.taskId ?? '');
      const resources = task.linkedResources ?? [];
      if (!resources.some((resource) => resource.id === context.params.resourceId))
        throw graphErrors.itemNotFound();
      const updated = {
        ...task,
        linkedResources: resources.filter((resource) => resource.id !== context.params.resourceId),
      };
      saveTodoList(context.store, withTask(list, updated));
      return noContent(context);
    },
  },
];
