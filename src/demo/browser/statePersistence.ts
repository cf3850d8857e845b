/**
 * Keeps the demo tenant's state across page reloads.
 *
 * localStorage rather than IndexedDB: the state is small (the default seed is ~100 KB), MSW runs
 * the handlers on the page's thread where localStorage is available, and a synchronous write means
 * a change is stored before a reload can interrupt it, with no database open/upgrade/transaction
 * plumbing in a development tool. Only data is stored here, never tokens.
 */
import { DemoSeedError, parseDemoSeed } from '../seed/demoSeedSchema';
import type { EmulatorState } from '../state/stateStore';
import { stableDigest } from '../util/stableHash';

export const DEMO_STATE_STORAGE_KEY = 'demoTenant.state';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface PersistedDemoState {
  version: 1;
  /** Which seed the state grew from; another seed starts fresh. */
  seedId: string;
  state: EmulatorState;
}

/**
 * Identifies a seed by where it came from and what it contains, so an edited seed file also starts fresh. Ten
 * characters (two hashing passes over the seed, 60 bits) tell edits apart; every page load pays for each pass.
 */
export function seedIdentity(source: string, seed: unknown): string {
  return `${source}#${stableDigest(JSON.stringify(seed), 10)}`;
}

/** The saved state for this seed, or null (nothing saved, another seed, or a corrupt entry, which is removed). */
export function loadPersistedState(storage: KeyValueStorage, seedId: string): EmulatorState | null {
  const raw = storage.getItem(DEMO_STATE_STORAGE_KEY);
  if (raw === null) return null;
  try {
    const persisted = JSON.parse(raw) as Partial<PersistedDemoState>;
    if (persisted.version !== 1 || typeof persisted.seedId !== 'string') throw new Error('unknown format');
    if (persisted.seedId !== seedId) return null;
    return parseDemoSeed(persisted.state, 'saved demo state');
  } catch (error) {
    const reason = error instanceof DemoSeedError || error instanceof Error ? error.message : String(error);
    console.warn(`[demo tenant] Discarding the saved demo state and reloading the seed: ${reason}`);
    storage.removeItem(DEMO_STATE_STORAGE_KEY);
    return null;
  }
}

export function savePersistedState(storage: KeyValueStorage, seedId: string, state: EmulatorState): void {
  const persisted: PersistedDemoState = { version: 1, seedId, state };
  try {
    storage.setItem(DEMO_STATE_STORAGE_KEY, JSON.stringify(persisted));
  } catch (error) {
    // Quota or private mode: the demo still works, it just forgets on reload.
    console.warn('[demo tenant] Could not save the demo state', error);
  }
}
