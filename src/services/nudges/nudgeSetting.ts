import type { KeyValueStore } from '../../host/keyValueStore';

const nudgeKey = (userId: string) => `oneOnOne.preMeetingReminder.${userId}`;

/** "Remind the other person before each 1:1": on with the Teams setup unless the leader turned it off here. */
export function isNudgeOn(store: KeyValueStore, userId: string): boolean {
  return store.get(nudgeKey(userId)) !== 'off';
}

export function setNudge(store: KeyValueStore, userId: string, on: boolean): void {
  store.set(nudgeKey(userId), on ? 'on' : 'off');
}
