/** What a test reads of a OneDrive file: the status of the failing step (or 200) and the text. */
export interface DriveFileText {
  status: number;
  text: string;
}

/** Where a test reads a OneDrive file from, and as whom. */
export interface DriveFileTextRequest {
  /** The driveItem below /v1.0, without `$select` (`/drives/{d}/items/{i}`, `/me/drive/special/approot:/a.json:`). */
  itemPath: string;
  /** The Graph access token of the reader. */
  bearer: string;
}

/**
 * A OneDrive file's text, read as a browser app must (and `src/graph/driveFiles.ts` does): the item without
 * `$select` (Graph leaves `@microsoft.graph.downloadUrl` out under `$select`), then that link without a token.
 * `/content` answers 302, which a browser refuses to follow for a request carrying the token (CORS).
 *
 * Self-contained (only globals, no imports), so e2e tests run it in a page:
 * `page.evaluate(readDriveFileText, { itemPath, bearer })`. `send` replaces `fetch` where no MSW server
 * intercepts it (a test calling `emulator.handle` directly).
 */
export async function readDriveFileText(
  { itemPath, bearer }: DriveFileTextRequest,
  send: (url: string, init?: RequestInit) => Promise<Response> = fetch,
): Promise<DriveFileText> {
  const item = await send(`https://graph.microsoft.com/v1.0${itemPath}`, {
    headers: { Authorization: `Bearer ${bearer}` },
  });
  if (item.status !== 200) return { status: item.status, text: await item.text() };
  const downloadUrl = ((await item.json()) as Record<string, unknown>)['@microsoft.graph.downloadUrl'];
  if (typeof downloadUrl !== 'string') throw new Error(`No @microsoft.graph.downloadUrl on ${itemPath}`);
  const download = await send(downloadUrl);
  return { status: download.status, text: await download.text() };
}
