/** Where the outbox keeps unsent edits: localStorage in a browser, memory in tests. Never tokens. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function memoryKeyValueStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
  };
}

/** localStorage when the host allows it (some embedded hosts throw on access), else memory for this session. */
export function browserKeyValueStore(): KeyValueStore {
  try {
    const storage = window.localStorage;
    const probe = '__oneOnOne.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return {
      get: (key) => storage.getItem(key),
      set: (key, value) => {
        try {
          storage.setItem(key, value);
        } catch {
          // Quota exceeded: the edit is still in memory and is sent when Graph answers.
        }
      },
      remove: (key) => storage.removeItem(key),
    };
  } catch {
    return memoryKeyValueStore();
  }
}
