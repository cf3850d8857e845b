/**
 * SharePoint sites: `GET /sites/{site-id}` (or `/sites/{hostname}` for the root site), by address
 * `GET /sites/{hostname}:/{server-relative-path}`, and the site's document libraries `GET /sites/{site-id}/drives`.
 * A site that does not exist is 404 itemNotFound; one the caller is not a member of is 403 accessDenied.
 */
import { driveIdFor } from '../drive/driveIds';
import { GraphErrorResponse, graphErrors } from '../http/graphErrorResponse';
import { graphJson } from '../http/graphResponses';
import type { RouteContext, RouteDefinition } from '../http/routeTypes';
import { contextUrl } from '../odata/contextUrl';
import { parseODataQuery } from '../odata/queryOptions';
import { type EntitySelectRules, projectEntity } from '../odata/selectProperties';
import type { DemoSeedSharePointSite } from '../seed/demoSeed.types';
import { isSiteMember, libraryDriveKey } from '../sharepoint/sharePointLibraries';

const siteSelectRules: EntitySelectRules = {
  typeName: 'microsoft.graph.site',
  errorCode: 'invalidRequest',
  properties: [
    'id',
    'name',
    'displayName',
    'webUrl',
    'createdDateTime',
    'lastModifiedDateTime',
    'siteCollection',
  ],
  alwaysIncluded: [],
};

const driveSelectRules: EntitySelectRules = {
  typeName: 'microsoft.graph.drive',
  errorCode: 'invalidRequest',
  properties: ['id', 'name', 'driveType', 'webUrl', 'description', 'createdDateTime', 'lastModifiedDateTime'],
  alwaysIncluded: [],
};

const siteNotFound = () => new GraphErrorResponse(404, 'itemNotFound', 'Requested site could not be found');

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

function findSite(
  sites: readonly DemoSeedSharePointSite[],
  hostname: string,
  path: string,
): DemoSeedSharePointSite | undefined {
  const host = hostname.toLowerCase();
  const wanted = trimSlashes(path).toLowerCase();
  return sites.find(
    (site) => site.hostname.toLowerCase() === host && site.serverRelativePath.toLowerCase() === wanted,
  );
}

/** The site, which the caller must be a member of. */
function openSite(context: RouteContext, site: DemoSeedSharePointSite | undefined): DemoSeedSharePointSite {
  if (!site) throw siteNotFound();
  if (!isSiteMember(site, context.caller)) throw graphErrors.driveAccessDenied();
  return site;
}

function siteUrl(site: DemoSeedSharePointSite): string {
  return `https://${site.hostname}${site.serverRelativePath ? `/${site.serverRelativePath}` : ''}`;
}

function siteResponse(context: RouteContext, site: DemoSeedSharePointSite): Response {
  const { select } = parseODataQuery(context.url);
  const json = {
    id: site.id,
    name: site.serverRelativePath.split('/').pop() || site.hostname,
    displayName: site.displayName,
    webUrl: siteUrl(site),
    createdDateTime: '2024-01-08T14:00:00Z',
    lastModifiedDateTime: '2024-01-08T14:00:00Z',
    siteCollection: { hostname: site.hostname },
  };
  return graphJson(
    {
      '@odata.context': contextUrl.site(select),
      ...projectEntity(json, select, siteSelectRules),
    },
    context.meta,
  );
}

function siteById(context: RouteContext): DemoSeedSharePointSite | undefined {
  const key = (context.params.site ?? '').toLowerCase();
  const sites = context.store.read().sharePointSites ?? [];
  // A bare hostname names that host's root site, as in Graph.
  return sites.find((site) => site.id.toLowerCase() === key) ?? findSite(sites, key, '');
}

function getSite(context: RouteContext): Response {
  return siteResponse(context, openSite(context, siteById(context)));
}

function getSiteByPath(context: RouteContext): Response {
  const sites = context.store.read().sharePointSites ?? [];
  const site = findSite(sites, context.params.hostname ?? '', context.params.path ?? '');
  return siteResponse(context, openSite(context, site));
}

function listSiteDrives(context: RouteContext): Response {
  const site = openSite(context, siteById(context));
  const { select } = parseODataQuery(context.url);
  const value = site.libraries.map((library) =>
    projectEntity(
      {
        id: driveIdFor(libraryDriveKey(library.id)),
        name: library.name,
        driveType: 'documentLibrary',
        webUrl: `${siteUrl(site)}/${encodeURIComponent(library.name === 'Documents' ? 'Shared Documents' : library.name)}`,
        description: '',
        createdDateTime: '2024-01-08T14:00:00Z',
        lastModifiedDateTime: '2024-01-08T14:00:00Z',
      },
      select,
      driveSelectRules,
    ),
  );
  return graphJson({ '@odata.context': contextUrl.drives(select), value }, context.meta);
}

export const siteRoutes: RouteDefinition[] = [
  { method: 'GET', path: '/sites/{site}', handle: getSite },
  { method: 'GET', path: '/sites/{hostname}/:/{path}', handle: getSiteByPath },
  { method: 'GET', path: '/sites/{site}/drives', handle: listSiteDrives },
];
