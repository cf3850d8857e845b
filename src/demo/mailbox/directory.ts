/** Looks users up the ways Graph does: by object id or userPrincipalName, and by SMTP address for attendees. */
import type { DemoSeedUser } from '../seed/demoSeed.types';

export function findUserByIdOrPrincipalName(
  users: readonly DemoSeedUser[],
  key: string,
): DemoSeedUser | undefined {
  const lowered = key.toLowerCase();
  return users.find(
    (user) => user.id.toLowerCase() === lowered || user.userPrincipalName.toLowerCase() === lowered,
  );
}

export function findUserByEmail(
  users: readonly DemoSeedUser[],
  address: string | null | undefined,
): DemoSeedUser | undefined {
  if (!address) return undefined;
  const lowered = address.toLowerCase();
  return users.find(
    (user) => user.mail?.toLowerCase() === lowered || user.userPrincipalName.toLowerCase() === lowered,
  );
}

export function directReportsOf(users: readonly DemoSeedUser[], managerId: string): DemoSeedUser[] {
  return users.filter((user) => user.managerId === managerId);
}
