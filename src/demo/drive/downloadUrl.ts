import type { DemoSeedDriveItem, DemoSeedUser } from '../seed/demoSeed.types';
import { personalSiteUrl } from './driveJson';

/**
 * `@microsoft.graph.downloadUrl`: OneDrive's short-lived, pre-authenticated link to a file's bytes on the owner's
 * SharePoint host. Real links carry an opaque `tempauth`; here it names the reader and the item, and the link is
 * only handed to someone who could read the item.
 */
export function downloadUrlFor(item: DemoSeedDriveItem, owner: DemoSeedUser, reader: DemoSeedUser): string {
  const tempauth = btoa(JSON.stringify({ reader: reader.id, item: item.id })).replace(/=+$/, '');
  return `${personalSiteUrl(owner)}/_layouts/15/download.aspx?UniqueId=${encodeURIComponent(item.id)}&tempauth=${encodeURIComponent(tempauth)}`;
}

/** The item a download link was issued for, or null for anything that is not one of our links. */
export function readDownloadUrl(url: URL): { reader: string; item: string } | null {
  if (!url.pathname.endsWith('/_layouts/15/download.aspx')) return null;
  try {
    const claims = JSON.parse(atob(url.searchParams.get('tempauth') ?? '')) as {
      reader?: unknown;
      item?: unknown;
    };
    if (typeof claims.reader !== 'string' || typeof claims.item !== 'string') return null;
    if (claims.item !== url.searchParams.get('UniqueId')) return null;
    return { reader: claims.reader, item: claims.item };
  } catch {
    return null;
  }
}
