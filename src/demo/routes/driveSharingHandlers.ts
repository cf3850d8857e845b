/**
 * Sharing: `POST .../invite` grants tenant users 'read' or 'write' on an item (and so on everything below
 * a folder); `.../permissions` lists and removes grants. Only the drive's owner may share or unshare.
 * The demo sends no e-mail even with `sendInvitation: true`, and shares only with users of the tenant.
 */
import type { Permission } from '@microsoft/microsoft-graph-types';
import { granteeOf } from '../drive/driveAccess';
import { effectiveGrants, ownerPermission, permissionJson } from '../drive/driveJson';
import { graphErrors } from '../http/graphErrorResponse';
import { graphJson } from '../http/graphResponses';
import type { RouteContext } from '../http/routeTypes';
import { findUserByEmail } from '../mailbox/directory';
import { contextUrl } from '../odata/contextUrl';
import type { DemoSeedUser } from '../seed/demoSeed.types';
import { type DriveTarget, existingItem } from './driveTarget';

const SHAREABLE_ROLES = new Set(['read', 'write']);

function requireOwner(target: DriveTarget): void {
  if (target.owner.id !== target.session.caller.id) {
    throw graphErrors.driveAccessDenied('Only the owner of the item can change who it is shared with.');
  }
}

interface Invitation {
  recipients: DemoSeedUser[];
  roles: string[];
}

function readInvitation(body: unknown, users: readonly DemoSeedUser[]): Invitation {
  const { recipients, roles } = (typeof body === 'object' && body !== null ? body : {}) as Record<
    string,
    unknown
  >;
  if (!Array.isArray(recipients) || recipients.length === 0) {
    throw graphErrors.driveInvalidRequest('Invite requires at least one recipient.');
  }
  if (
    !Array.isArray(roles) ||
    roles.length === 0 ||
    !roles.every((role) => SHAREABLE_ROLES.has(String(role)))
  ) {
    throw graphErrors.driveInvalidRequest("Invite requires roles: ['read'] or ['write'].");
  }
  return {
    roles: roles.map(String),
    recipients: recipients.map((recipient) => {
      const { email, objectId } = (recipient ?? {}) as { email?: unknown; objectId?: unknown };
      const user =
        typeof objectId === 'string'
          ? users.find((candidate) => candidate.id === objectId)
          : findUserByEmail(users, typeof email === 'string' ? email : null);
      if (!user) {
        throw graphErrors.driveInvalidRequest(
          `The recipient '${String(email ?? objectId)}' is not a user of the demo tenant (the demo does not emulate sharing with guests).`,
        );
      }
      return user;
    }),
  };
}

export async function invite(context: RouteContext, openTarget: () => DriveTarget): Promise<Response> {
  let body: unknown;
  try {
    body = await context.request.json();
  } catch {
    throw graphErrors.driveInvalidRequest('The request body is not JSON.');
  }
  const target = openTarget();
  const { item } = existingItem(target);
  requireOwner(target);
  if (item.root) throw graphErrors.driveNotAllowed('The root folder cannot be shared.');
  const { recipients, roles } = readInvitation(body, target.session.state.users);
  let current = item;
  const granted: Permission[] = [];
  for (const recipient of recipients) {
    if (recipient.id === target.owner.id) continue;
    granted.push(target.session.grant(current, recipient, roles));
    current = target.session.find(item.id) ?? current;
  }
  target.session.commit();
  return graphJson({ '@odata.context': contextUrl.permissions(), value: granted }, context.meta);
}

/** The owner sees every grant; anyone else the owner's and their own, as SharePoint shows a non-manager. */
function visiblePermissions(target: DriveTarget): { permission: Permission; direct: boolean }[] {
  const { item } = existingItem(target);
  const { session, owner } = target;
  const render = { items: session.allItems, users: session.state.users, owner, caller: session.caller };
  const grants = effectiveGrants(item, render).filter(
    ({ permission }) =>
      session.caller.id === owner.id || granteeOf(permission, session.state.users)?.id === session.caller.id,
  );
  return [
    { permission: ownerPermission(owner), direct: false },
    ...grants.map(({ permission, holder }) => ({
      permission: permissionJson(permission, holder, item, render),
      direct: holder.id === item.id,
    })),
  ];
}

export function listPermissions(context: RouteContext, target: DriveTarget): Response {
  const value = visiblePermissions(target).map(({ permission }) => permission);
  target.session.commit();
  return graphJson({ '@odata.context': contextUrl.permissions(), value }, context.meta);
}

export function getPermission(context: RouteContext, target: DriveTarget): Response {
  const found = visiblePermissions(target).find(
    ({ permission }) => permission.id === context.params.permissionId,
  );
  if (!found) throw graphErrors.driveItemNotFound();
  return graphJson({ '@odata.context': contextUrl.permission(), ...found.permission }, context.meta);
}

export function deletePermission(context: RouteContext, target: DriveTarget): Response {
  const { item } = existingItem(target);
  requireOwner(target);
  const found = visiblePermissions(target).find(
    ({ permission }) => permission.id === context.params.permissionId,
  );
  if (!found) throw graphErrors.driveItemNotFound();
  if (!found.direct) {
    throw graphErrors.driveNotAllowed(
      'The permission is inherited from a folder or is the owner; remove it there.',
    );
  }
  target.session.revoke(item, context.params.permissionId ?? '');
  target.session.commit();
  return new Response(null, {
    status: 204,
    headers: { 'request-id': context.meta.requestId, 'client-request-id': context.meta.clientRequestId },
  });
}
