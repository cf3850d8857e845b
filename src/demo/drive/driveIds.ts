/**
 * Identifiers in OneDrive for Business: drive ids look like `b!` plus 64 base64url characters, item
 * ids like `01` plus 32 base32 characters. Drive ids are derived from the user, so they are stable
 * across resets; item ids come from a new GUID (the one in the item's eTag), as a new file gets a new id.
 */
import type { DemoSeedUser } from '../seed/demoSeed.types';
import { stableBase32Digest, stableDigest } from '../util/stableHash';

export function driveIdFor(userId: string): string {
  return `b!${stableDigest(`onedrive:${userId}`, 64)}`;
}

export function driveOwner(users: readonly DemoSeedUser[], driveId: string): DemoSeedUser | undefined {
  return users.find((user) => driveIdFor(user.id) === driveId);
}

export function itemIdForGuid(guid: string): string {
  return `01${stableBase32Digest(`driveItem:${guid}`, 32)}`;
}

/** A new item's GUID and id, never one already used in the state. */
export function newItemIdentity(usedIds: ReadonlySet<string>): { guid: string; id: string } {
  for (;;) {
    const guid = crypto.randomUUID().toUpperCase();
    const id = itemIdForGuid(guid);
    if (!usedIds.has(id)) return { guid, id };
  }
}
