import type { KeyValueStore } from '../../host/keyValueStore';

const teamsSetupKey = (userId: string) => `oneOnOne.teamsSetup.${userId}`;

/** "Set up my 1:1s in Teams": off until the leader turns it on (it asks for more permissions), per device. */
export function isTeamsSetupOn(store: KeyValueStore, userId: string): boolean {
  return store.get(teamsSetupKey(userId)) === 'on';
}

export function setTeamsSetup(store: KeyValueStore, userId: string, on: boolean): void {
  store.set(teamsSetupKey(userId), on ? 'on' : 'off');
}
