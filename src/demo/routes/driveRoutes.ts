/**
 * OneDrive routes. Every item route exists under both drive forms (`/users/{user}/drive`, reached by
 * `/me/drive`, and `/drives/{driveId}`), for the three ways to name an item (`root`, `special/approot`,
 * `items/{itemId}`), each with or without a path below it (`...:/{path}:`).
 */
import { driveJson } from '../drive/driveJson';
import { graphErrors } from '../http/graphErrorResponse';
import { graphJson } from '../http/graphResponses';
import type { HttpMethod, RouteContext, RouteDefinition } from '../http/routeTypes';
import { contextUrl } from '../odata/contextUrl';
import {
  createChild,
  deleteItem,
  getContent,
  getItem,
  listChildren,
  patchItem,
  putContent,
} from './driveItemHandlers';
import { deletePermission, getPermission, invite, listPermissions } from './driveSharingHandlers';
import { type DriveTarget, driveOwnerOf, type ItemSelector, openDriveTarget } from './driveTarget';

/** The app folder's name under `Apps/`. OneDrive names it after the app, without characters it forbids (`:`). */
export const DEFAULT_APP_FOLDER_NAME = '1-1 Agenda';

type TargetHandler =
  | { kind: 'sync'; handle: (context: RouteContext, target: DriveTarget) => Response }
  /** Reads the body first, then opens the target (so the state is read after any await). */
  | { kind: 'body'; handle: (context: RouteContext, open: () => DriveTarget) => Promise<Response> };

const ACTIONS: readonly { method: HttpMethod; suffix: string; handler: TargetHandler }[] = [
  { method: 'GET', suffix: '', handler: { kind: 'sync', handle: getItem } },
  { method: 'PATCH', suffix: '', handler: { kind: 'body', handle: patchItem } },
  { method: 'DELETE', suffix: '', handler: { kind: 'sync', handle: deleteItem } },
  { method: 'GET', suffix: '/content', handler: { kind: 'sync', handle: getContent } },
  { method: 'PUT', suffix: '/content', handler: { kind: 'body', handle: putContent } },
  { method: 'GET', suffix: '/children', handler: { kind: 'sync', handle: listChildren } },
  { method: 'POST', suffix: '/children', handler: { kind: 'body', handle: createChild } },
  { method: 'POST', suffix: '/invite', handler: { kind: 'body', handle: invite } },
  { method: 'GET', suffix: '/permissions', handler: { kind: 'sync', handle: listPermissions } },
  { method: 'GET', suffix: '/permissions/{permissionId}', handler: { kind: 'sync', handle: getPermission } },
  {
    method: 'DELETE',
    suffix: '/permissions/{permissionId}',
    handler: { kind: 'sync', handle: deletePermission },
  },
];

const DRIVES = ['/users/{user}/drive', '/drives/{driveId}'];
const ITEMS: readonly { path: string; selector: ItemSelector }[] = [
  { path: '/root', selector: 'root' },
  { path: '/special/{special}', selector: 'special' },
  { path: '/items/{itemId}', selector: 'item' },
];
const PATHS = ['', '/:/{path}'];

/** The drive itself: only its owner may read it, as Graph answers 403 for another user's drive. */
function getDrive(context: RouteContext): Response {
  const state = context.store.read();
  const owner = driveOwnerOf(context, state.users);
  if (owner.id !== context.caller.id) throw graphErrors.driveAccessDenied();
  return graphJson(
    { '@odata.context': contextUrl.drive(), ...driveJson(owner, state.driveItems ?? []) },
    context.meta,
  );
}

export function createDriveRoutes(options: { appFolderName: string }): RouteDefinition[] {
  const routes: RouteDefinition[] = DRIVES.map((drive) => ({ method: 'GET', path: drive, handle: getDrive }));
  for (const drive of DRIVES) {
    for (const { path: itemPath, selector } of ITEMS) {
      for (const pathSuffix of PATHS) {
        for (const { method, suffix, handler } of ACTIONS) {
          const open = (context: RouteContext) => openDriveTarget(context, selector, options.appFolderName);
          routes.push({
            method,
            path: `${drive}${itemPath}${pathSuffix}${suffix}`,
            handle:
              handler.kind === 'sync'
                ? (context) => handler.handle(context, open(context))
                : (context) => handler.handle(context, () => open(context)),
          });
        }
      }
    }
  }
  return routes;
}
