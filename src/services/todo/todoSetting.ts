import type { KeyValueStore } from '../../host/keyValueStore';

const todoKey = (userId: string) => `oneOnOne.todoSync.${userId}`;

/** "Add my action items to Microsoft To Do": off unless the person turned it on (on this device). */
export function isTodoSyncOn(store: KeyValueStore, userId: string): boolean {
  return store.get(todoKey(userId)) === 'on';
}

export function setTodoSync(store: KeyValueStore, userId: string, on: boolean): void {
  store.set(todoKey(userId), on ? 'on' : 'off');
}
