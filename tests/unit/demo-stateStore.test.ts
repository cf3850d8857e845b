import { describe, expect, it } from 'vitest';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import { createStateStore } from '../../src/demo/state/stateStore';

describe('the demo tenant state store', () => {
  const seed = loadDefaultDemoSeed();
  const now = () => new Date('2026-11-18T15:00:00Z');

  it('resumes a saved state without reading the seed, and reads the seed on reset', () => {
    let seedReads = 0;
    const saved = { ...structuredClone(seed), users: seed.users.slice(0, 2) };
    const store = createStateStore({
      seed: () => {
        seedReads++;
        return seed;
      },
      initialState: saved,
      now,
    });
    expect(store.read().users).toHaveLength(2);
    expect(seedReads).toBe(0);
    store.reset();
    expect(seedReads).toBe(1);
    expect(store.read().users).toHaveLength(seed.users.length);
  });

  it('never changes the seed it was given', () => {
    const original = structuredClone(seed);
    const store = createStateStore({ seed, now });
    store.update((state) => ({ ...state, users: [] }));
    store.reset();
    expect(seed).toEqual(original);
  });
});
