import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCurrentUserId, writeCurrentUserId } from '../../src/demo/browser/currentUserSelection';
import {
  DEMO_STATE_STORAGE_KEY,
  type KeyValueStorage,
  loadPersistedState,
  savePersistedState,
  seedIdentity,
} from '../../src/demo/browser/statePersistence';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';

function memoryStorage(): KeyValueStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

afterEach(() => vi.restoreAllMocks());

describe('demo state persistence', () => {
  const seed = loadDefaultDemoSeed();
  const seedId = seedIdentity('default', seed);

  it('gives a different identity to a different seed, even from the same source', () => {
    const edited = { ...seed, anchorWeekStart: '2026-11-23' };
    expect(seedIdentity('default', edited)).not.toBe(seedId);
    expect(seedIdentity('default', structuredClone(seed))).toBe(seedId);
  });

  it('round-trips the state for the same seed', () => {
    const storage = memoryStorage();
    const state = { ...seed, anchorWeekStart: '2026-11-23' };
    savePersistedState(storage, seedId, state);
    expect(loadPersistedState(storage, seedId)).toEqual(state);
  });

  it('starts fresh for another seed', () => {
    const storage = memoryStorage();
    savePersistedState(storage, seedId, seed);
    expect(loadPersistedState(storage, 'another-seed#123')).toBeNull();
  });

  it('discards a corrupt entry with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const storage = memoryStorage();
    storage.setItem(DEMO_STATE_STORAGE_KEY, '{not json');
    expect(loadPersistedState(storage, seedId)).toBeNull();
    expect(storage.entries.has(DEMO_STATE_STORAGE_KEY)).toBe(false);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('discards a state that no longer validates, naming the problem', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const storage = memoryStorage();
    storage.setItem(
      DEMO_STATE_STORAGE_KEY,
      JSON.stringify({ version: 1, seedId, state: { ...seed, users: [] } }),
    );
    expect(loadPersistedState(storage, seedId)).toBeNull();
    expect(String(warn.mock.calls[0]?.[0])).toContain('users');
  });
});

describe('current demo user', () => {
  it('defaults to the first user and remembers a valid choice', () => {
    const storage = memoryStorage();
    expect(readCurrentUserId(storage, ['leader', 'report'])).toBe('leader');
    writeCurrentUserId(storage, 'report');
    expect(readCurrentUserId(storage, ['leader', 'report'])).toBe('report');
    expect(readCurrentUserId(storage, ['leader', 'someone-else'])).toBe('leader');
  });
});
