/**
 * Who may do what with an item: the drive's owner everything; anyone else only what a sharing
 * permission on the item or one of its folders grants them ('read' or 'write'), as in OneDrive.
 */
import type { Permission } from '@microsoft/microsoft-graph-types';
import { graphErrors } from '../http/graphErrorResponse';
import { findUserByEmail } from '../mailbox/directory';
import type { DemoSeedDriveItem, DemoSeedUser } from '../seed/demoSeed.types';
import { ancestorsOf } from './driveTree';

export type DriveRole = 'owner' | 'write' | 'read';

/** The tenant user a permission was granted to, if any. */
export function granteeOf(permission: Permission, users: readonly DemoSeedUser[]): DemoSeedUser | undefined {
  const id = permission.grantedToV2?.user?.id ?? permission.grantedTo?.user?.id;
  if (id) return users.find((user) => user.id === id);
  // Graph's identities carry `email`, which the Identity type does not declare.
  const email =
    (permission.grantedToV2?.user as { email?: string } | null | undefined)?.email ??
    permission.invitation?.email;
  return findUserByEmail(users, email);
}

/** What the caller may do with the item, or null when it is not theirs and not shared with them. */
export function roleOf(
  items: readonly DemoSeedDriveItem[],
  item: DemoSeedDriveItem,
  caller: DemoSeedUser,
  users: readonly DemoSeedUser[],
): DriveRole | null {
  if (item.drive === caller.id) return 'owner';
  let role: DriveRole | null = null;
  for (const holder of [item, ...ancestorsOf(items, item)]) {
    for (const permission of holder.permissions ?? []) {
      if (granteeOf(permission, users)?.id !== caller.id) continue;
      const roles = permission.roles ?? [];
      if (roles.includes('write') || roles.includes('owner')) return 'write';
      if (roles.includes('read')) role = 'read';
    }
  }
  return role;
}

export function requireRead(role: DriveRole | null): DriveRole {
  if (!role) throw graphErrors.driveAccessDenied();
  return role;
}

export function requireWrite(role: DriveRole | null): DriveRole {
  if (role !== 'owner' && role !== 'write') throw graphErrors.driveAccessDenied();
  return role;
}
