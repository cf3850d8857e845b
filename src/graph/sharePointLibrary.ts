import type { Drive, Site } from '@microsoft/microsoft-graph-types';
import type { SharePointSiteAddress } from '../domain/space/spaceStore';
import type { GraphConnection } from './createGraphClient';
import {
  GraphRequestError,
  SPACES_LIBRARY_FORBIDDEN,
  SPACES_LIBRARY_NOT_FOUND,
  SPACES_SITE_NOT_FOUND,
} from './graphRequestError';

export interface SharePointLibrary {
  siteId: string;
  driveId: string;
  /** The library's address, for people and messages; null if Graph gave none. */
  webUrl: string | null;
}

/** A 403 from the site or its drives, marked as the library's; anything else as it came. */
export function asLibraryForbidden(error: unknown): unknown {
  if (!(error instanceof GraphRequestError) || error.kind !== 'forbidden' || error.authError) return error;
  return new GraphRequestError(
    'forbidden',
    `The spaces library is not shared with the signed-in person (${error.code ?? error.status ?? '403'})`,
    error.status,
    SPACES_LIBRARY_FORBIDDEN,
    error.requestId,
  );
}

function siteUrl(site: SharePointSiteAddress): string {
  const host = encodeURIComponent(site.hostname);
  if (site.serverRelativePath === '') return `/sites/${host}`;
  return `/sites/${host}:/${site.serverRelativePath.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The document library a deployment keeps the spaces in: the site by its address (`Sites.Read.All`), then its
 * drives matched by name, as SharePoint lists them without case. A missing site or library is a `not-found`
 * failure with its own code, so the app can say which one the administrator must fix; no access (403
 * accessDenied) is a `forbidden` failure with a code of its own too.
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
    throw asLibraryForbidden(error);
  }
  if (!found.id) throw new GraphRequestError('invalid-response', 'SharePoint answered without the site id');
  const siteId = found.id;
  const wanted = libraryName.toLowerCase();
  let url: string | null = `/sites/${encodeURIComponent(siteId)}/drives?$select=id,name,webUrl`;
  while (url) {
    const next = url;
    const page: { value?: Drive[]; '@odata.nextLink'?: string } = await graph
      .run((client) => client.api(next).get())
      .catch((error: unknown) => {
        throw asLibraryForbidden(error);
      });
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
