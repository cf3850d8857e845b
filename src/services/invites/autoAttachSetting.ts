import type { KeyValueStore } from '../../host/keyValueStore';

const autoAttachKey = (userId: string) => `oneOnOne.autoAttach.${userId}`;

/** "Put the agenda into invites automatically": on unless the person turned it off on this device. */
export function isAutoAttachOn(store: KeyValueStore, userId: string): boolean {
  return store.get(autoAttachKey(userId)) !== 'off';
}

export function setAutoAttach(store: KeyValueStore, userId: string, on: boolean): void {
  store.set(autoAttachKey(userId), on ? 'on' : 'off');
}
