/**
 * Resolves what a drive route names: the drive (`/users/{user}/drive` or `/drives/{driveId}`), the item
 * (`root`, `special/approot` or `items/{itemId}`), and an optional path below it (`...:/a/b.json:`),
 * checking the caller's access on the way. Another user's root and special folders are never reachable;
 * their items only when shared with the caller.
 */
import { type DriveRole, roleOf } from '../drive/driveAccess';
import { driveOwner } from '../drive/driveIds';
import { DriveSession } from '../drive/driveSession';
import { childNamed, isFolder, splitItemPath } from '../drive/driveTree';
import {
  conditionMatches,
  type EntityTagCondition,
  readEntityTagCondition,
} from '../http/conditionalHeaders';
import { graphErrors } from '../http/graphErrorResponse';
import type { RouteContext } from '../http/routeTypes';
import { findUserByIdOrPrincipalName } from '../mailbox/directory';
import type { DemoSeedDriveItem, DemoSeedUser } from '../seed/demoSeed.types';
import { isSiteMember, type LibraryDrive, libraryByDriveId } from '../sharepoint/sharePointLibraries';

/** How the route names its base item. */
export type ItemSelector = 'root' | 'special' | 'item';

export interface DriveTarget {
  session: DriveSession;
  owner: DemoSeedUser;
  /** The item the route names before any path. */
  base: DemoSeedDriveItem;
  /** The caller's role on `base` (never null: no access is a 403 here). */
  role: DriveRole;
  /** The names of `...:/{path}:`, or null when the route has no path. */
  pathNames: string[] | null;
  /** Set when the drive is a SharePoint document library rather than a OneDrive. */
  library: LibraryDrive | null;
}

/** The drive's owner: a user (`/users/{user}/drive`) or a drive id. */
export function driveOwnerOf(context: RouteContext, users: readonly DemoSeedUser[]): DemoSeedUser {
  if (context.params.user !== undefined) {
    const owner = findUserByIdOrPrincipalName(users, context.params.user);
    if (!owner) throw graphErrors.userNotFound(context.params.user);
    return owner;
  }
  const owner = driveOwner(users, context.params.driveId ?? '');
  if (owner) return owner;
  const library = libraryByDriveId(context.store.read(), context.params.driveId ?? '');
  if (!library) throw graphErrors.driveItemNotFound();
  return library.principal;
}

/**
 * The caller's role on an item: in a library, the site's membership (Members have Edit on every library;
 * item-level unique permissions are not modelled); in a OneDrive, ownership or sharing.
 */
function roleIn(
  session: DriveSession,
  library: LibraryDrive | null,
  item: DemoSeedDriveItem,
  caller: DemoSeedUser,
): DriveRole | null {
  if (library) return isSiteMember(library.site, caller) ? 'write' : null;
  return roleOf(session.allItems, item, caller, session.state.users);
}

export function openDriveTarget(
  context: RouteContext,
  selector: ItemSelector,
  appFolderName: string,
): DriveTarget {
  const session = new DriveSession({
    store: context.store,
    caller: context.caller,
    now: context.meta.now,
    appFolderName,
  });
  const owner = driveOwnerOf(context, session.state.users);
  const library =
    context.params.driveId !== undefined
      ? (libraryByDriveId(session.state, context.params.driveId) ?? null)
      : null;
  // A library has no owner among the users: its root is for the site's members (checked below).
  const isOwner = owner.id === context.caller.id || library !== null;
  let base: DemoSeedDriveItem | undefined;
  if (selector === 'item') {
    base = session.find(context.params.itemId ?? '');
    if (!base || base.drive !== owner.id) throw graphErrors.driveItemNotFound();
  } else {
    // Another user's root and app folder: Graph answers 403 whatever they hold.
    if (!isOwner) throw graphErrors.driveAccessDenied();
    if (selector === 'root') base = session.root(owner);
    // Special folders belong to OneDrive; a document library has none.
    else if (library) throw graphErrors.driveItemNotFound();
    else if ((context.params.special ?? '').toLowerCase() === 'approot') base = session.appRoot(owner);
    else throw graphErrors.unsupportedByDemo(`the special folder '${context.params.special}' (only approot)`);
  }
  const role = roleIn(session, library, base, context.caller);
  if (!role) throw graphErrors.driveAccessDenied();
  const pathNames = context.params.path !== undefined ? splitItemPath(context.params.path) : null;
  return { session, owner, base, role, pathNames, library };
}

/** The item at `names` below `from`, or undefined when something on the way is missing or not a folder. */
export function lookupPath(
  target: DriveTarget,
  from: DemoSeedDriveItem,
  names: readonly string[],
): DemoSeedDriveItem | undefined {
  let item: DemoSeedDriveItem | undefined = from;
  for (const name of names) {
    if (!item || !isFolder(item)) return undefined;
    item = childNamed(target.session.allItems, item, name);
  }
  return item;
}

/** The named item, which must exist (404 otherwise), and the caller's role on it. */
export function existingItem(target: DriveTarget): { item: DemoSeedDriveItem; role: DriveRole } {
  const item = target.pathNames ? lookupPath(target, target.base, target.pathNames) : target.base;
  if (!item) throw graphErrors.driveItemNotFound();
  const role = roleIn(target.session, target.library, item, target.session.caller);
  if (!role) throw graphErrors.driveAccessDenied();
  return { item, role };
}

export interface Preconditions {
  ifMatch: EntityTagCondition | null;
  ifNoneMatch: EntityTagCondition | null;
}

export function readPreconditions(request: Request): Preconditions {
  return {
    ifMatch: readEntityTagCondition(request.headers, 'If-Match'),
    ifNoneMatch: readEntityTagCondition(request.headers, 'If-None-Match'),
  };
}

/** 412 when `If-Match` does not match the current eTag (or nothing exists), or `If-None-Match` does. */
export function checkPreconditions(preconditions: Preconditions, currentETag: string | null): void {
  const { ifMatch, ifNoneMatch } = preconditions;
  if (ifMatch && !conditionMatches(ifMatch, currentETag)) throw graphErrors.drivePreconditionFailed();
  if (ifNoneMatch && conditionMatches(ifNoneMatch, currentETag)) {
    throw graphErrors.drivePreconditionFailed('The item already exists (If-None-Match).');
  }
}
