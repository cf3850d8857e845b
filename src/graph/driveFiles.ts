import { ResponseType } from '@microsoft/microsoft-graph-client';
import type { DriveItem } from '@microsoft/microsoft-graph-types';
import type { GraphConnection } from './createGraphClient';
import { failureKindOfStatus, GraphRequestError } from './graphRequestError';

/** A file in OneDrive: by path below the signed-in user's app folder, or by drive and item id (shared files). */
export type DriveFileLocation = { appFolderPath: string } | { driveId: string; itemId: string };

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
  return 'appFolderPath' in location
    ? `/me/drive/special/approot:/${encodePath(location.appFolderPath)}:`
    : `/drives/${encodeURIComponent(location.driveId)}/items/${encodeURIComponent(location.itemId)}`;
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

/**
 * Reads a file and its eTag, or null when it does not exist. The eTag is read *before* the content, so it is
 * never newer than the text: a write based on this text with If-Match can only fail (412), never overwrite
 * a version we have not seen.
 */
export async function readDriveFile(
  graph: GraphConnection,
  location: DriveFileLocation,
): Promise<DriveFileVersion | null> {
  let item: DriveItem & { '@microsoft.graph.downloadUrl'?: string };
  try {
    item = await graph.run((client) =>
      client
        .api(itemUrl(location))
        .select(['id', 'eTag', 'parentReference', '@microsoft.graph.downloadUrl'])
        .get(),
    );
  } catch (error) {
    if (error instanceof GraphRequestError && error.kind === 'not-found') return null;
    throw error;
  }
  const id = fileId(item);
  const downloadUrl = item['@microsoft.graph.downloadUrl'];
  const text = downloadUrl
    ? await downloadPreauthenticated(downloadUrl)
    : await graph.run<string>((client) =>
        client
          .api(contentUrl({ driveId: id.driveId, itemId: id.itemId }))
          .responseType(ResponseType.TEXT)
          .get(),
      );
  return { ...id, text: typeof text === 'string' ? text : String(text ?? '') };
}

/**
 * OneDrive answers `/content` with a redirect to SharePoint, which a browser refuses to follow with an
 * Authorization header (CORS). The item's short-lived download URL needs no token, so it is fetched plainly.
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
