/** Who the demo is signed in as: only the user id is stored (tokens are minted on demand, never stored). */
import type { KeyValueStorage } from './statePersistence';

export const CURRENT_USER_STORAGE_KEY = 'demoTenant.currentUserId';

/** The stored user when still in the tenant, else the first user (the leader). */
export function readCurrentUserId(storage: KeyValueStorage, userIds: readonly string[]): string {
  const stored = storage.getItem(CURRENT_USER_STORAGE_KEY);
  const fallback = userIds[0];
  if (fallback === undefined) throw new Error('The demo tenant has no users');
  return stored !== null && userIds.includes(stored) ? stored : fallback;
}

export function writeCurrentUserId(storage: KeyValueStorage, userId: string): void {
  storage.setItem(CURRENT_USER_STORAGE_KEY, userId);
}
