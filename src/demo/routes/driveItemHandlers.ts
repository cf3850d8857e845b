/**
 * What can be done with a driveItem: read and change its metadata, read and write its content, list and
 * create children. Reading content answers 302 to a short-lived download link, as Graph does.
 */
import { downloadUrlFor } from '../drive/downloadUrl';
import { requireWrite } from '../drive/driveAccess';
import { readUploadedContent } from '../drive/driveContent';
import { currentETag } from '../drive/driveTags';
import { childNamed, childrenOf, freeName, isFolder } from '../drive/driveTree';
import { graphErrors } from '../http/graphErrorResponse';
import type { RouteContext } from '../http/routeTypes';
import { queryParam } from '../odata/queryOptions';
import type { DemoSeedDriveItem } from '../seed/demoSeed.types';
import { driveItemCollection, driveItemResponse } from './driveResponses';
import {
  checkPreconditions,
  type DriveTarget,
  existingItem,
  lookupPath,
  readPreconditions,
} from './driveTarget';

type ConflictBehavior = 'fail' | 'replace' | 'rename';

function conflictBehavior(value: unknown, fallback: ConflictBehavior): ConflictBehavior {
  if (value === undefined || value === null) return fallback;
  if (value === 'fail' || value === 'replace' || value === 'rename') return value;
  throw graphErrors.driveInvalidRequest(
    `Invalid value '${String(value)}' for @microsoft.graph.conflictBehavior.`,
  );
}

async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw graphErrors.driveInvalidRequest('The request body is not JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw graphErrors.driveInvalidRequest('The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

export function getItem(context: RouteContext, target: DriveTarget): Response {
  const { item } = existingItem(target);
  target.session.commit();
  return driveItemResponse(context, target, item);
}

/**
 * GET `.../content`: 302 to the file's download link, no body. The link is a redirect link, which the download
 * host refuses the way a browser would (see `answerDownload`): a browser app must read
 * `@microsoft.graph.downloadUrl` instead.
 */
export function getContent(context: RouteContext, target: DriveTarget): Response {
  const { item } = existingItem(target);
  if (!item.file) throw graphErrors.driveInvalidRequest('The item is a folder; only files have content.');
  target.session.commit();
  return new Response(null, {
    status: 302,
    headers: {
      Location: downloadUrlFor(item, target.owner, target.session.caller, 'redirect'),
      'request-id': context.meta.requestId,
      'client-request-id': context.meta.clientRequestId,
    },
  });
}

/** PUT `.../content`: replaces an existing file, or (by path) creates it and any missing folders. */
export async function putContent(context: RouteContext, openTarget: () => DriveTarget): Promise<Response> {
  const text = await readUploadedContent(context.request);
  const target = openTarget();
  const { session } = target;
  const preconditions = readPreconditions(context.request);
  if (!target.pathNames) {
    const { item, role } = existingItem(target);
    requireWrite(role);
    if (!item.file) throw graphErrors.driveInvalidRequest('The item is a folder; upload to a path below it.');
    checkPreconditions(preconditions, currentETag(item));
    const written = session.replaceContent(item, text);
    session.commit();
    return driveItemResponse(context, target, written, 200);
  }
  const names = target.pathNames;
  const fileName = names[names.length - 1];
  if (fileName === undefined) throw graphErrors.driveInvalidRequest('The path names no file.');
  requireWrite(target.role);
  const existing = lookupPath(target, target.base, names);
  if (existing && !existing.file) throw graphErrors.driveNameAlreadyExists(fileName);
  checkPreconditions(preconditions, existing ? currentETag(existing) : null);
  const behavior = conflictBehavior(queryParam(context.url, '@microsoft.graph.conflictBehavior'), 'replace');
  if (existing && behavior === 'fail') throw graphErrors.driveNameAlreadyExists(fileName);
  if (existing && behavior === 'replace') {
    const written = session.replaceContent(existing, text);
    session.commit();
    return driveItemResponse(context, target, written, 200);
  }
  const folder = session.folderPath(target.base, names.slice(0, -1));
  const name = existing ? freeName(session.allItems, folder, fileName) : fileName;
  const created = session.createFile(folder, name, text);
  session.commit();
  return driveItemResponse(context, target, created, 201);
}

const PATCHABLE = new Set(['name', 'description', 'parentReference', '@microsoft.graph.conflictBehavior']);

/** PATCH: rename, move within the drive, describe. */
export async function patchItem(context: RouteContext, openTarget: () => DriveTarget): Promise<Response> {
  const body = await readJsonObject(context.request);
  const unsupported = Object.keys(body).filter((key) => !PATCHABLE.has(key));
  if (unsupported.length > 0)
    throw graphErrors.unsupportedByDemo(`updating ${unsupported.join(', ')} of a driveItem`);
  const target = openTarget();
  const { session } = target;
  const { item, role } = existingItem(target);
  requireWrite(role);
  if (item.root) throw graphErrors.driveNotAllowed('The root folder cannot be changed.');
  checkPreconditions(readPreconditions(context.request), currentETag(item));
  const name = typeof body.name === 'string' ? body.name : undefined;
  const parentId =
    typeof body.parentReference === 'object' && body.parentReference !== null
      ? (body.parentReference as { id?: unknown }).id
      : undefined;
  let parent: DemoSeedDriveItem | undefined;
  if (parentId !== undefined) {
    parent = typeof parentId === 'string' ? session.find(parentId) : undefined;
    if (!parent || parent.drive !== item.drive || !isFolder(parent)) throw graphErrors.driveItemNotFound();
  }
  const newParent = parent ?? session.find(item.parentReference?.id ?? '');
  const newName = name ?? item.name;
  const clash = newParent ? childNamed(session.allItems, newParent, newName) : undefined;
  if (clash && clash.id !== item.id) throw graphErrors.driveNameAlreadyExists(newName);
  const description = body.description === undefined ? undefined : (body.description as string | null);
  const updated = session.updateMetadata(item, { name, parent, description });
  session.commit();
  return driveItemResponse(context, target, updated);
}

export function deleteItem(context: RouteContext, target: DriveTarget): Response {
  const { item, role } = existingItem(target);
  requireWrite(role);
  if (item.root) throw graphErrors.driveNotAllowed('The root folder cannot be deleted.');
  checkPreconditions(readPreconditions(context.request), currentETag(item));
  target.session.delete(item);
  target.session.commit();
  return new Response(null, {
    status: 204,
    headers: { 'request-id': context.meta.requestId, 'client-request-id': context.meta.clientRequestId },
  });
}

export function listChildren(context: RouteContext, target: DriveTarget): Response {
  const { item } = existingItem(target);
  target.session.commit();
  const children = isFolder(item) ? childrenOf(target.session.allItems, item) : [];
  return driveItemCollection(context, target, children);
}

/** POST `.../children` creates a folder (files are created with PUT `.../content`). */
export async function createChild(context: RouteContext, openTarget: () => DriveTarget): Promise<Response> {
  const body = await readJsonObject(context.request);
  const target = openTarget();
  const { session } = target;
  const { item: parent, role } = existingItem(target);
  requireWrite(role);
  if (!isFolder(parent)) throw graphErrors.driveInvalidRequest('Children can only be created in a folder.');
  if (typeof body.name !== 'string')
    throw graphErrors.driveInvalidRequest('The name of the new item is missing.');
  if (typeof body.folder !== 'object' || body.folder === null) {
    throw graphErrors.unsupportedByDemo(
      'creating files with POST .../children (PUT .../content creates files)',
    );
  }
  const behavior = conflictBehavior(body['@microsoft.graph.conflictBehavior'], 'fail');
  const existing = childNamed(session.allItems, parent, body.name);
  if (existing && behavior === 'fail') throw graphErrors.driveNameAlreadyExists(body.name);
  if (existing && behavior === 'replace') session.delete(existing);
  const name = existing && behavior === 'rename' ? freeName(session.allItems, parent, body.name) : body.name;
  const description = typeof body.description === 'string' ? body.description : null;
  const created = session.createFolder(parent, name, description);
  session.commit();
  return driveItemResponse(context, target, created, 201);
}
