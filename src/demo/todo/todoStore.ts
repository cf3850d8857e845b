/**
 * Each user's Microsoft To Do lists in the emulator state. Every user has a default "Tasks" list; until
 * something is written to it, it exists only virtually (with a stable id), so seeds need not list it.
 */
import type { DemoSeedTodoList, DemoSeedTodoTask, DemoSeedUser } from '../seed/demoSeed.types';
import type { EmulatorState, StateStore } from '../state/stateStore';
import { stableDigest } from '../util/stableHash';

export function defaultListId(userId: string): string {
  return `AAMkADtodo${stableDigest(`todo-default:${userId}`, 40)}AAA=`;
}

export function newTodoId(kind: 'list' | 'task', userId: string): string {
  return `AAMkADtodo${kind === 'list' ? 'L' : 'T'}${stableDigest(`${userId}|${crypto.randomUUID()}`, 56)}=`;
}

function defaultList(user: DemoSeedUser): DemoSeedTodoList {
  return {
    owner: user.id,
    id: defaultListId(user.id),
    displayName: 'Tasks',
    isOwner: true,
    isShared: false,
    wellknownListName: 'defaultList',
    tasks: [],
  };
}

/** The user's lists, the default one first. */
export function todoListsOf(state: EmulatorState, user: DemoSeedUser): DemoSeedTodoList[] {
  const own = (state.todoLists ?? []).filter((list) => list.owner === user.id);
  const hasDefault = own.some((list) => list.wellknownListName === 'defaultList');
  return hasDefault ? own : [defaultList(user), ...own];
}

export function findTodoList(
  state: EmulatorState,
  user: DemoSeedUser,
  listId: string,
): DemoSeedTodoList | null {
  return todoListsOf(state, user).find((list) => list.id === listId) ?? null;
}

/** Replaces (or adds) one of the user's lists; the virtual default list becomes a stored one. */
export function saveTodoList(store: StateStore, list: DemoSeedTodoList): void {
  store.update((state) => {
    const lists = state.todoLists ?? [];
    const exists = lists.some((candidate) => candidate.id === list.id && candidate.owner === list.owner);
    return {
      ...state,
      todoLists: exists
        ? lists.map((candidate) =>
            candidate.id === list.id && candidate.owner === list.owner ? list : candidate,
          )
        : [...lists, list],
    };
  });
}

export function deleteTodoList(store: StateStore, list: DemoSeedTodoList): void {
  store.update((state) => ({
    ...state,
    todoLists: (state.todoLists ?? []).filter(
      (candidate) => !(candidate.id === list.id && candidate.owner === list.owner),
    ),
  }));
}

export function withTask(list: DemoSeedTodoList, task: DemoSeedTodoTask): DemoSeedTodoList {
  const tasks = list.tasks ?? [];
  const exists = tasks.some((candidate) => candidate.id === task.id);
  return {
    ...list,
    tasks: exists
      ? tasks.map((candidate) => (candidate.id === task.id ? task : candidate))
      : [...tasks, task],
  };
}

export function withoutTask(list: DemoSeedTodoList, taskId: string): DemoSeedTodoList {
  return { ...list, tasks: (list.tasks ?? []).filter((task) => task.id !== taskId) };
}
