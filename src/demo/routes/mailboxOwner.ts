/** Mailbox resources (calendar, settings) are the caller's own: another user's gives 403, as with delegated Calendars.Read. */
import { graphErrors } from '../http/graphErrorResponse';
import type { RouteContext } from '../http/routeTypes';
import { findUserByIdOrPrincipalName } from '../mailbox/directory';
import type { DemoSeedUser } from '../seed/demoSeed.types';

export function ownMailboxOwner(context: RouteContext): DemoSeedUser {
  const key = context.params.user ?? '';
  const owner = findUserByIdOrPrincipalName(context.state.users, key);
  if (!owner) throw graphErrors.mailboxUserNotFound(key);
  if (owner.id !== context.caller.id) throw graphErrors.accessDenied();
  return owner;
}

export function directoryUser(context: RouteContext): DemoSeedUser {
  const key = context.params.user ?? '';
  const user = findUserByIdOrPrincipalName(context.state.users, key);
  if (!user) throw graphErrors.userNotFound(key);
  return user;
}
