import type { DemoSeedDriveItem, DemoSeedUser } from '../seed/demoSeed.types';
import { contentBytes } from './driveContent';
import { personalSiteUrl } from './driveJson';

/**
 * How a download link reached the client. `annotation`: `@microsoft.graph.downloadUrl` on a driveItem, which a
 * browser fetches plainly. `redirect`: the `Location` of `/content`'s 302, which a browser never gets to use
 * (see `answerDownload`).
 */
export type DownloadLinkSource = 'annotation' | 'redirect';

export interface DownloadLink {
  reader: string;
  item: string;
  source: DownloadLinkSource;
}

/**
 * OneDrive's short-lived, pre-authenticated link to a file's bytes on the owner's SharePoint host. Real links
 * carry an opaque `tempauth`; here it names the reader, the item and how the link was handed out. It is only
 * handed to someone who could read the item.
 */
export function downloadUrlFor(
  item: DemoSeedDriveItem,
  owner: DemoSeedUser,
  reader: DemoSeedUser,
  source: DownloadLinkSource = 'annotation',
): string {
  const claims: DownloadLink = { reader: reader.id, item: item.id, source };
  const tempauth = btoa(JSON.stringify(claims)).replace(/=+$/, '');
  return `${personalSiteUrl(owner)}/_layouts/15/download.aspx?UniqueId=${encodeURIComponent(item.id)}&tempauth=${encodeURIComponent(tempauth)}`;
}

/** The claims of one of our links, or null for anything else. */
export function parseDownloadLink(url: URL): DownloadLink | null {
  if (!url.pathname.endsWith('/_layouts/15/download.aspx')) return null;
  try {
    const claims = JSON.parse(atob(url.searchParams.get('tempauth') ?? '')) as Partial<
      Record<keyof DownloadLink, unknown>
    >;
    if (typeof claims.reader !== 'string' || typeof claims.item !== 'string') return null;
    if (claims.source !== 'annotation' && claims.source !== 'redirect') return null;
    if (claims.item !== url.searchParams.get('UniqueId')) return null;
    return { reader: claims.reader, item: claims.item, source: claims.source };
  } catch {
    return null;
  }
}

/**
 * The download host's answer, as a browser app sees it; the link itself is the authorization, as in SharePoint.
 *
 * - A request carrying `Authorization` is not a CORS-simple request: the browser preflights it and the download
 *   host does not allow that header, so the page gets a network error (a TypeError), never a response.
 * - A redirect link only arrives by following `/content`'s 302 of a request that carried the Graph token. A
 *   browser refuses that redirect (Microsoft: "A 302 redirect is explicitly prohibited when a CORS preflight is
 *   required"; msgraph-sdk-javascript#388), so it is a network error too. Node's fetch would drop the header and
 *   follow; answering the same as the browser keeps Node tests from passing where the app would fail.
 */
export function answerDownload(request: Request, items: readonly DemoSeedDriveItem[]): Response {
  if (request.headers.has('Authorization')) return Response.error();
  const link = parseDownloadLink(new URL(request.url));
  if (link?.source === 'redirect') return Response.error();
  const item = link ? items.find((entry) => entry.id === link.item && entry.file) : undefined;
  if (!item) return new Response('Not found', { status: 404 });
  return new Response(item.contentBase64 === undefined ? (item.content ?? '') : contentBytes(item), {
    status: 200,
    headers: { 'Content-Type': 'application/octet-stream' },
  });
}
