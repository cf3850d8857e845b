/**
 * Reading a OneDrive file the way a browser can: the item without `$select` (Graph drops the download link
 * under `$select`), then the link without a token. `/content` answers 302, which a browser refuses to follow.
 */
import { ResponseType } from '@microsoft/microsoft-graph-client';
import type { DriveItem } from '@microsoft/microsoft-graph-types';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/createGraphClient';
import {
  DOWNLOAD_URL_MISSING,
  readDriveFile,
  shareDriveFileWith,
  writeDriveFile,
} from '../../src/graph/driveFiles';
import { GraphRequestError } from '../../src/graph/graphRequestError';
import { connectAs } from '../support/demoGraphConnection';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile({ resetBeforeEach: true });
const { claire, daniel } = SEED_PEOPLE;
const DOWNLOAD_URL = '@microsoft.graph.downloadUrl';

interface SeenRequest {
  method: string;
  url: URL;
  hasToken: boolean;
}
const seen: SeenRequest[] = [];
let leader: GraphConnection;

beforeAll(() => {
  leader = connectAs(tenant, claire);
  tenant.server.events.on('request:start', ({ request }) => {
    seen.push({
      method: request.method,
      url: new URL(request.url),
      hasToken: request.headers.has('Authorization'),
    });
  });
});
afterEach(() => {
  seen.length = 0;
});

const contentReads = () => seen.filter((r) => r.method === 'GET' && r.url.pathname.endsWith('/content'));
const downloads = () => seen.filter((r) => r.url.pathname.endsWith('/_layouts/15/download.aspx'));

describe('readDriveFile', () => {
  it('reads the item without $select and fetches its download link without a token, never /content', async () => {
    await writeDriveFile(leader, { appFolderPath: 'spaces/daniel.json' }, '{"topics":["a"]}', null);
    seen.length = 0;

    const file = await readDriveFile(leader, { appFolderPath: 'spaces/daniel.json' });

    expect(file?.text).toBe('{"topics":["a"]}');
    expect(file?.eTag).toMatch(/^"\{[0-9A-F-]{36}\},\d+"$/);
    const itemReads = seen.filter((r) => r.url.hostname === 'graph.microsoft.com');
    expect(itemReads).toHaveLength(1);
    expect(itemReads[0]?.url.search).not.toMatch(/select/i);
    expect(contentReads()).toEqual([]);
    expect(downloads()).toHaveLength(1);
    expect(downloads()[0]?.hasToken).toBe(false);
  });

  it('reads a file shared with the reader, by drive and item id', async () => {
    const written = await writeDriveFile(leader, { appFolderPath: 'spaces/daniel.json' }, '{"v":2}', null);
    await shareDriveFileWith(leader, written, daniel, 'write');

    const file = await readDriveFile(connectAs(tenant, daniel), {
      driveId: written.driveId,
      itemId: written.itemId,
    });

    expect(file).toMatchObject({ text: '{"v":2}', itemId: written.itemId, eTag: written.eTag });
    expect(contentReads()).toEqual([]);
  });

  it('answers null for a file that does not exist', async () => {
    expect(await readDriveFile(leader, { appFolderPath: 'spaces/nobody.json' })).toBeNull();
  });

  it('fails with a clear typed error when OneDrive gives no download link, without trying /content', async () => {
    const written = await writeDriveFile(leader, { appFolderPath: 'spaces/daniel.json' }, '{}', null);
    tenant.server.use(
      http.get('https://graph.microsoft.com/v1.0/drives/:driveId/items/:itemId', async ({ request }) => {
        const response = await tenant.emulator.handle(request);
        const { [DOWNLOAD_URL]: _left, ...item } = (await response.json()) as Record<string, unknown>;
        return HttpResponse.json(item, { status: response.status, headers: response.headers });
      }),
    );

    const failure = await readDriveFile(leader, written).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(GraphRequestError);
    expect(failure).toMatchObject({ kind: 'invalid-response', code: DOWNLOAD_URL_MISSING });
    expect(contentReads()).toEqual([]);
    expect(downloads()).toEqual([]);
  });
});

describe('the read the app used to make', () => {
  it('gets no download link with $select, even when the link is listed, and /content does not deliver the file', async () => {
    const written = await writeDriveFile(leader, { appFolderPath: 'spaces/daniel.json' }, '{"old":1}', null);
    const itemUrl = `/drives/${written.driveId}/items/${written.itemId}`;

    const selected = (await leader.run((client) =>
      client.api(itemUrl).select(['id', 'eTag', 'parentReference', DOWNLOAD_URL]).get(),
    )) as DriveItem & Record<string, unknown>;
    expect(selected.id).toBe(written.itemId);
    expect(selected).not.toHaveProperty(DOWNLOAD_URL);

    // The old fallback: the token-carrying request to /content, whose 302 a browser refuses to follow.
    const fallback = await leader
      .run((client) => client.api(`${itemUrl}/content`).responseType(ResponseType.TEXT).get())
      .catch((error: unknown) => error);
    expect(fallback).toBeInstanceOf(GraphRequestError);
  });
});
