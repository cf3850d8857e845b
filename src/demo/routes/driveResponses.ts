/** Responses for drive routes: one driveItem (with its ETag header) or a page of them, `$select` applied. */

import { driveIdFor } from '../drive/driveIds';
import { type DriveRenderContext, driveItemJson } from '../drive/driveJson';
import { currentETag } from '../drive/driveTags';
import { graphJson } from '../http/graphResponses';
import type { RouteContext } from '../http/routeTypes';
import { contextUrl } from '../odata/contextUrl';
import { nextLinkFor, takePage } from '../odata/paging';
import { parseODataQuery } from '../odata/queryOptions';
import { type EntitySelectRules, projectEntity } from '../odata/selectProperties';
import type { DemoSeedDriveItem } from '../seed/demoSeed.types';
import type { DriveTarget } from './driveTarget';

/** OneDrive pages children at 200 by default. */
const DRIVE_PAGE_SIZE = 200;
const DRIVE_MAX_PAGE_SIZE = 1000;

/** The annotation holding a file's pre-authenticated download link. */
const DOWNLOAD_URL = '@microsoft.graph.downloadUrl';

const driveItemSelectRules: EntitySelectRules = {
  typeName: 'microsoft.graph.driveItem',
  errorCode: 'invalidRequest',
  properties: [
    'id',
    DOWNLOAD_URL,
    'name',
    'eTag',
    'cTag',
    'size',
    'createdBy',
    'createdDateTime',
    'lastModifiedBy',
    'lastModifiedDateTime',
    'parentReference',
    'webUrl',
    'fileSystemInfo',
    'description',
    'file',
    'folder',
    'root',
    'specialFolder',
    'shared',
  ],
  alwaysIncluded: [],
};

/**
 * The driveItem as Graph returns it for the `$select`. Graph accepts `@microsoft.graph.downloadUrl` in a
 * `$select` but then leaves it out, as it does under any `$select` (microsoft-graph-docs-contrib#1387): only a
 * read without `$select` gets the link.
 */
function projectDriveItem(
  json: Record<string, unknown>,
  select: readonly string[] | null,
): Record<string, unknown> {
  const projected = projectEntity(json, select, driveItemSelectRules);
  if (select !== null) delete projected[DOWNLOAD_URL];
  return projected;
}

function renderContext(target: DriveTarget): DriveRenderContext {
  const { session, owner } = target;
  return { items: session.allItems, users: session.state.users, owner, caller: session.caller };
}

export function driveItemResponse(
  context: RouteContext,
  target: DriveTarget,
  item: DemoSeedDriveItem,
  status = 200,
): Response {
  const { select } = parseODataQuery(context.url);
  const json = projectDriveItem(driveItemJson(item, renderContext(target)), select);
  return graphJson(
    { '@odata.context': contextUrl.driveItem(driveIdFor(item.drive), select), ...json },
    context.meta,
    status,
    { ETag: currentETag(item) },
  );
}

export function driveItemCollection(
  context: RouteContext,
  target: DriveTarget,
  items: readonly DemoSeedDriveItem[],
): Response {
  const query = parseODataQuery(context.url);
  const pageSize = Math.min(query.top ?? DRIVE_PAGE_SIZE, DRIVE_MAX_PAGE_SIZE);
  const page = takePage(items, { pageSize, skipToken: query.skipToken, skip: query.skip }, (item) => item.id);
  const render = renderContext(target);
  return graphJson(
    {
      '@odata.context': contextUrl.driveItems(driveIdFor(target.owner.id), query.select),
      ...(page.nextSkipToken ? { '@odata.nextLink': nextLinkFor(context.url, page.nextSkipToken) } : {}),
      value: page.items.map((item) => projectDriveItem(driveItemJson(item, render), query.select)),
    },
    context.meta,
  );
}
