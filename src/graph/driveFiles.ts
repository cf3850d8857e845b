import type { DriveItem } from '@microsoft/microsoft-graph-types';
import type { GraphConnection } from './createGraphClient';
import { failureKindOfStatus, GraphRequestError } from './graphRequestError';

/**
 * A file in OneDrive or SharePoint: by path below the signed-in user's app folder, by drive and item id (shared
 * files), or by path below a drive's root (a SharePoint document library the organisation keeps the spaces in).
 */
export type DriveFileLocation =
  | { appFolderPath: string }
  | { driveId: string; itemId: string }
  | { driveId: string; rootPath: string };

export interface DriveFileId {
  driveId: string;
  itemId: string;
  eTag: string;
}

export interface DriveFileVersion extends DriveFileId {
  text: string;
}

/** Only one of these is sent: a stale eTag or an existing file then gives 412 instead of a silent overwrite. */
export type WritePrecondition = { ifMatch: string } | { ifNoneMatch: '*' } | null;

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function itemUrl(location: DriveFileLocation): string {
  if ('appFolderPath' in location) return `/me/drive/special/approot:/${encodePath(location.appFolderPath)}:`;
  const drive = `/drives/${encodeURIComponent(location.driveId)}`;
  return 'rootPath' in location
    ? `${drive}/root:/${encodePath(location.rootPath)}:`
    : `${drive}/items/${encodeURIComponent(location.itemId)}`;
}

function contentUrl(location: DriveFileLocation): string {
  return `${itemUrl(location)}/content`;
}

function fileId(item: DriveItem): DriveFileId {
  const driveId = item.parentReference?.driveId;
  if (!item.id || !driveId || !item.eTag) {
    throw new GraphRequestError(
      'invalid-response',
      'OneDrive answered without the id, drive or eTag of the file',
    );
  }
  return { driveId, itemId: item.id, eTag: item.eTag };
}

/** The driveItem annotation that holds the file's short-lived, pre-authenticated download link. */
const DOWNLOAD_URL = '@microsoft.graph.downloadUrl';

/** `code` of the GraphRequestError when OneDrive gives a file no download link. */
export const DOWNLOAD_URL_MISSING = 'downloadUrlMissing';

/**
 * Reads a file and its eTag, or null when it does not exist. The eTag is read *before* the content, so it is
 * never newer than the text: a write based on this text with If-Match can only fail (412), never overwrite
 * a version we have not seen.
 *
 * The item is read without `$select`: under `$select` Graph leaves the download link out, even when it is
 * listed (microsoft-graph-docs-contrib#1387). The content is never read through `/content`, whose 302 to
 * SharePoint a browser refuses to follow for a request that carried the token (CORS).
 */
export async function readDriveFile(
  graph: GraphConnection,
  location: DriveFileLocation,
): Promise<DriveFileVersion | null> {
  let item: DriveItem & { [DOWNLOAD_URL]?: unknown };
  try {
    item = await graph.run((client) => client.api(itemUrl(location)).get());
  } catch (error) {
    if (error instanceof GraphRequestError && error.kind === 'not-found') return null;
    throw error;
  }
  const id = fileId(item);
  const downloadUrl = item[DOWNLOAD_URL];
  if (typeof downloadUrl !== 'string' || downloadUrl === '') {
    // Not passing: a file read without $select always has the link, so asking again would get the same answer.
    throw new GraphRequestError(
      'invalid-response',
      'OneDrive answered without a download link for the file',
      null,
      DOWNLOAD_URL_MISSING,
    );
  }
  return { ...id, text: await downloadPreauthenticated(downloadUrl) };
}

/**
 * Fetches a download link plainly: it needs no token, and a request with an Authorization header would be
 * preflighted, which SharePoint's download host does not allow.
 */
async function downloadPreauthenticated(url: string): Promise<string> {
  try {
    const response = await fetch(url);
    if (!response.ok) {
      // Same meaning as from Graph: a throttled or failing download is passing, so the outbox retries it.
      throw new GraphRequestError(
        failureKindOfStatus(response.status),
        `The file download answered ${response.status}`,
        response.status,
      );
    }
    return await response.text();
  } catch (error) {
    if (error instanceof GraphRequestError) throw error;
    // The connection dropped before or while the bytes came.
    throw new GraphRequestError('offline', error instanceof Error ? error.message : 'The download failed');
  }
}

/** Writes a whole (small) file with a simple PUT, under the given precondition. */
export async function writeDriveFile(
  graph: GraphConnection,
  location: DriveFileLocation,
  text: string,
  precondition: WritePrecondition,
): Promise<DriveFileId> {
  const item = await graph.run<DriveItem>((client) => {
    let request = client.api(contentUrl(location)).header('Content-Type', 'application/json');
    if (precondition && 'ifMatch' in precondition) request = request.header('If-Match', precondition.ifMatch);
    if (precondition && 'ifNoneMatch' in precondition) request = request.header('If-None-Match', '*');
    return request.put(text);
  });
  return fileId(item);
}

/**
 * Gives one person access to a file, without an e-mail: the app publishes the file's reference itself.
 * `requireSignIn` keeps it to that signed-in person.
 */
export async function shareDriveFileWith(
  graph: GraphConnection,
  file: { driveId: string; itemId: string },
  email: string,
  role: 'read' | 'write',
): Promise<void> {
  await graph.run((client) =>
    client.api(`${itemUrl(file)}/invite`).post({
      recipients: [{ email }],
      roles: [role],
      requireSignIn: true,
      sendInvitation: false,
    }),
  );
}

export interface UploadedDriveFile extends DriveFileId {
  /** Where the person opens it in OneDrive (or Word for the web); null if Graph gave none. */
  webUrl: string | null;
}

/**
 * Writes a whole binary file (a Word document) in one simple PUT, replacing any file of that name. Graph
 * takes up to 250 MB this way; an export is a few tens of kilobytes.
 */
export async function uploadDriveFileBytes(
  graph: GraphConnection,
  location: DriveFileLocation,
  bytes: Uint8Array,
  contentType: string,
): Promise<UploadedDriveFile> {
  const item = await graph.run<DriveItem>((client) =>
    // A Blob: the client turns typed arrays into a Node Buffer, which a browser does not have.
    client
      .api(contentUrl(location))
      .header('Content-Type', contentType)
      .put(new Blob([bytes as BlobPart], { type: contentType })),
  );
  return { ...fileId(item), webUrl: item.webUrl ?? null };
}

/** The names of the files in a folder below the app folder; none when the folder does not exist. */
export async function listAppFolderFileNames(graph: GraphConnection, folderPath: string): Promise<string[]> {
  const names: string[] = [];
  let url: string | null = `/me/drive/special/approot:/${encodePath(folderPath)}:/children?$select=name,file`;
  try {
    while (url) {
      const page: { value?: DriveItem[]; '@odata.nextLink'?: string } = await graph.run((client) =>
        client.api(url as string).get(),
      );
      for (const item of page.value ?? []) if (item.file && item.name) names.push(item.name);
      url = page['@odata.nextLink'] ?? null;
    }
  } catch (error) {
    if (error instanceof GraphRequestError && error.kind === 'not-found') return [];
    throw error;
  }
  return names;
}
