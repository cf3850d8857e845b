import type { KeyValueStore } from '../../host/keyValueStore';

/** A person's on/off setting on this device, read and written in one place. */
export interface StoredSwitch {
  isOn(store: KeyValueStore, userId: string): boolean;
  set(store: KeyValueStore, userId: string, on: boolean): void;
}

/**
 * A per-user switch kept as `oneOnOne.<name>.<user id>` = `on` | `off`. Only the explicit opposite of the default
 * counts, so a value this version does not know (or none) reads as the default.
 */
export function storedSwitch(name: string, { defaultOn }: { defaultOn: boolean }): StoredSwitch {
  const key = (userId: string) => `oneOnOne.${name}.${userId}`;
  return {
    isOn: (store, userId) => {
      const value = store.get(key(userId));
      return defaultOn ? value !== 'off' : value === 'on';
    },
    set: (store, userId, on) => store.set(key(userId), on ? 'on' : 'off'),
  };
}
