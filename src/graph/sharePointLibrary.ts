import type { Drive, Site } from '@microsoft/microsoft-graph-types';
import type { SharePointSiteAddress } from '../domain/space/spaceStore';
import type { GraphConnection } from './createGraphClient';
import { GraphRequestError } from './graphRequestError';

/** `code` of the GraphRequestError when the configured site does not exist (or the user cannot see it). */
export const SPACES_SITE_NOT_FOUND = 'spacesSiteNotFound';
/** `code` of the GraphRequestError when the site has no document library of the configured name. */
export const SPACES_LIBRARY_NOT_FOUND = 'spacesLibraryNotFound';

export interface SharePointLibrary {
  siteId: string;
  driveId: string;
  /** The library's address, for people and messages; null if Graph gave none. */
  webUrl: string | null;
}

function siteUrl(site: SharePointSiteAddress): string {
  const host = encodeURIComponent(site.hostname);
  if (site.serverRelativePath === '') return `/sites/${host}`;
  return `/sites/${host}:/${site.serverRelativePath.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The document library a deployment keeps the spaces in: the site by its address (`Sites.Read.All`), then its
 * drives matched by name, as SharePoint lists them without case. A missing site or library is a `not-found`
 * failure with its own code, so the app can say which one the administrator must fix; no access stays the
 * `forbidden` failure Graph gave (403 accessDenied).
 */
export async function findSharePointLibrary(
  graph: GraphConnection,
  site: SharePointSiteAddress,
  libraryName: string,
): Promise<SharePointLibrary> {
  let found: Site;
  try {
    found = await graph.run((client) => client.api(siteUrl(site)).select(['id']).get());
  } catch (error) {
    if (error instanceof GraphRequestError && error.kind === 'not-found') {
      throw new GraphRequestError(
        'not-found',
        `No SharePoint site at ${site.hostname}/${site.serverRelativePath}`,
        404,
        SPACES_SITE_NOT_FOUND,
        error.requestId,
      );
    }
    throw error;
  }
  if (!found.id) throw new GraphRequestError('invalid-response', 'SharePoint answered without the site id');
  const siteId = found.id;
  const wanted = libraryName.toLowerCase();
  let url: string | null = `/sites/${encodeURIComponent(siteId)}/drives?$select=id,name,webUrl`;
  while (url) {
    const page: { value?: Drive[]; '@odata.nextLink'?: string } = await graph.run((client) =>
      client.api(url as string).get(),
    );
    const library = (page.value ?? []).find((drive) => drive.name?.toLowerCase() === wanted);
    if (library?.id) return { siteId, driveId: library.id, webUrl: library.webUrl ?? null };
    url = page['@odata.nextLink'] ?? null;
  }
  throw new GraphRequestError(
    'not-found',
    `The SharePoint site has no document library named "${libraryName}"`,
    404,
    SPACES_LIBRARY_NOT_FOUND,
  );
}
