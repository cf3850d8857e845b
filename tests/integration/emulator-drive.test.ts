import type { DriveItem, Permission } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import {
  type KeyValueStorage,
  loadPersistedState,
  savePersistedState,
} from '../../src/demo/browser/statePersistence';
import { answerDownload } from '../../src/demo/drive/downloadUrl';
import { createGraphEmulator } from '../../src/demo/graphEmulator';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import { connectAs } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';
import { readDriveFileText } from '../support/readDriveFileText';

const tenant = graphEmulatorPerFile({ resetBeforeEach: true });

const { claire, daniel, sophie } = SEED_PEOPLE;
const APPROOT = '/me/drive/special/approot';

type Item = DriveItem & {
  id: string;
  eTag: string;
  cTag: string;
  parentReference: { driveId: string };
  '@microsoft.graph.downloadUrl'?: string;
};
interface GraphErrorJson {
  error: { code: string; innerError?: { code?: string } };
}

async function put(user: string, path: string, body: string, headers: Record<string, string> = {}) {
  return tenant.fetchAs(user, path, { method: 'PUT', body, headers });
}

/** Writes a file in the user's app folder and returns its driveItem. */
async function putFile(user: string, relativePath: string, text: string): Promise<Item> {
  const response = await put(user, `${APPROOT}:/${relativePath}:/content`, text);
  expect([200, 201]).toContain(response.status);
  return (await response.json()) as Item;
}

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as GraphErrorJson).error.code;
}

const itemPath = (item: Item, suffix = '') =>
  `/drives/${item.parentReference.driveId}/items/${item.id}${suffix}`;

/** The item's download link from a read without `$select` (the only read that carries it). */
async function downloadUrlOf(user: string, path: string): Promise<string> {
  const response = await tenant.fetchAs(user, path);
  expect(response.status, path).toBe(200);
  const url = ((await response.json()) as Item)['@microsoft.graph.downloadUrl'];
  if (!url) throw new Error(`No download link on ${path}`);
  return url;
}

/** A file's text as a browser app reads it: the item's download link, fetched without a token. */
async function contentOf(user: string, path: string): Promise<string> {
  const { status, text } = await readDriveFileText({ itemPath: path, bearer: tenant.tokenFor(user) });
  expect(status, path).toBe(200);
  return text;
}

async function share(
  item: Item,
  email: string,
  role: 'read' | 'write',
  as: string = claire,
): Promise<Response> {
  return tenant.fetchAs(as, itemPath(item, '/invite'), {
    method: 'POST',
    body: JSON.stringify({
      recipients: [{ email }],
      roles: [role],
      requireSignIn: true,
      sendInvitation: false,
    }),
  });
}

describe('drives', () => {
  it("answers the caller's own drive and 403 for anyone else's", async () => {
    const mine = await tenant.fetchAs(claire, '/me/drive');
    expect(mine.status).toBe(200);
    const drive = (await mine.json()) as { id: string; driveType: string; owner: { user: { id: string } } };
    expect(drive.id).toMatch(/^b![A-Za-z0-9_-]{64}$/);
    expect(drive.id).toBe(tenant.emulator.driveIdFor(claire));
    expect(drive.driveType).toBe('business');
    expect(drive.owner.user.id).toBe(tenant.emulator.listUsers()[0]?.id);
    expect((await tenant.fetchAs(claire, `/drives/${drive.id}`)).status).toBe(200);

    const other = await tenant.fetchAs(daniel, `/drives/${drive.id}`);
    expect(other.status).toBe(403);
    expect(await errorCode(other)).toBe('accessDenied');
    expect((await tenant.fetchAs(daniel, `/drives/${drive.id}/root/children`)).status).toBe(403);
    expect((await tenant.fetchAs(daniel, `/drives/${drive.id}/special/approot`)).status).toBe(403);
    // Another user's request never creates the owner's folders.
    expect(tenant.emulator.getState().driveItems ?? []).toEqual([]);
  });

  it('creates the app folder Apps/<app> on first access, once', async () => {
    expect(tenant.emulator.getState().driveItems ?? []).toHaveLength(0);
    const first = (await (await tenant.fetchAs(claire, APPROOT)).json()) as Item & Record<string, unknown>;
    expect(first).toMatchObject({
      name: '1-1 Agenda',
      specialFolder: { name: 'approot' },
      folder: { childCount: 0 },
      parentReference: { driveId: tenant.emulator.driveIdFor(claire), path: '/drive/root:/Apps' },
    });
    const again = (await (await tenant.fetchAs(claire, APPROOT)).json()) as Item;
    expect(again.id).toBe(first.id);
    const children = await (await tenant.fetchAs(claire, `${APPROOT}/children`)).json();
    expect(children.value).toEqual([]);
    // Each user has their own app folder.
    const danielsRoot = (await (await tenant.fetchAs(daniel, APPROOT)).json()) as Item;
    expect(danielsRoot.id).not.toBe(first.id);
    expect(danielsRoot.parentReference.driveId).toBe(tenant.emulator.driveIdFor(daniel));
  });
});

describe('files by path and by id', () => {
  it('creates a file and its folders with PUT by path (201), replaces it (200), and reads it every way', async () => {
    const created = await put(claire, `${APPROOT}:/spaces/daniel.json:/content`, '{"v":1}');
    expect(created.status).toBe(201);
    const item = (await created.json()) as Item;
    expect(item).toMatchObject({ name: 'daniel.json', size: 7, file: { mimeType: 'application/json' } });
    expect(item.lastModifiedBy?.user?.displayName).toBe('Claire Tremblay');
    expect(item.parentReference).toMatchObject({
      name: 'spaces',
      path: '/drive/root:/Apps/1-1 Agenda/spaces',
    });

    const replaced = await put(claire, `${APPROOT}:/spaces/daniel.json:/content`, '{"v":2,"é":true}');
    expect(replaced.status).toBe(200);
    expect(((await replaced.json()) as Item).id).toBe(item.id);

    for (const path of [
      `${APPROOT}:/spaces/daniel.json:`,
      itemPath(item),
      `/me/drive/items/${item.id}`,
      '/me/drive/root:/Apps/1-1 Agenda/spaces/daniel.json:',
    ]) {
      expect(await contentOf(claire, path), path).toBe('{"v":2,"é":true}');
      const content = await tenant.fetchAs(claire, `${path}/content`, { redirect: 'manual' });
      expect(content.status, `${path}/content`).toBe(302);
    }
    const byPath = (await (await tenant.fetchAs(claire, `${APPROOT}:/spaces/daniel.json:`)).json()) as Item;
    expect(byPath).toMatchObject({ id: item.id, size: 17 });
    const folder = (await (await tenant.fetchAs(claire, `${APPROOT}:/spaces:`)).json()) as Item;
    expect(folder.folder?.childCount).toBe(1);
  });

  it('creates a child in a folder by id with PUT items/{id}:/{name}:/content', async () => {
    const folder = (await (await tenant.fetchAs(claire, APPROOT)).json()) as Item;
    const response = await put(claire, `${itemPath(folder)}:/notes.json:/content`, '[]');
    expect(response.status).toBe(201);
    const children = await (await tenant.fetchAs(claire, `${APPROOT}/children?$select=name`)).json();
    expect(children.value).toEqual([{ name: 'notes.json' }]);
  });

  it('changes eTag and cTag on every content write, and answers $select', async () => {
    const first = await putFile(claire, 'a.json', '1');
    const second = await putFile(claire, 'a.json', '2');
    const third = await putFile(claire, 'a.json', '2');
    expect(first.eTag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    expect(first.cTag).toMatch(/^"c:\{[0-9A-F-]{36}\},1"$/);
    expect(new Set([first.eTag, second.eTag, third.eTag]).size).toBe(3);
    expect(new Set([first.cTag, second.cTag, third.cTag]).size).toBe(3);
    const selected = await (
      await tenant.fetchAs(claire, `${APPROOT}:/a.json:?$select=id,eTag,parentReference`)
    ).json();
    expect(Object.keys(selected).sort()).toEqual(['@odata.context', 'eTag', 'id', 'parentReference']);
    expect(selected.eTag).toBe(third.eTag);
  });

  it('answers 404 itemNotFound for unknown ids and paths, to the owner and to others', async () => {
    const driveId = tenant.emulator.driveIdFor(claire);
    for (const [user, path] of [
      [claire, `/drives/${driveId}/items/01UNKNOWNUNKNOWNUNKNOWNUNKNOWNUNKN`],
      [daniel, `/drives/${driveId}/items/01UNKNOWNUNKNOWNUNKNOWNUNKNOWNUNKN`],
      [claire, `${APPROOT}:/missing.json:`],
      [claire, `${APPROOT}:/missing.json:/content`],
      [claire, '/drives/b!unknown/items/01ABC'],
    ] as const) {
      const response = await tenant.fetchAs(user, path);
      expect(response.status, path).toBe(404);
      expect(await errorCode(response)).toBe('itemNotFound');
    }
  });

  it('refuses names OneDrive does not allow, and content above the 4 MB simple-upload limit', async () => {
    const invalid = await put(claire, `${APPROOT}:/a*b.json:/content`, '{}');
    expect(invalid.status).toBe(400);
    expect(await errorCode(invalid)).toBe('invalidRequest');
    const tooLarge = await put(claire, `${APPROOT}:/big.json:/content`, 'x'.repeat(4 * 1024 * 1024 + 1));
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as GraphErrorJson).error.innerError?.code).toBe('maxFileSizeExceeded');
    expect((await tenant.fetchAs(claire, `${APPROOT}:/big.json:`)).status).toBe(404);
  });

  it('deletes a file (and with a stale If-Match does not)', async () => {
    const v1 = await putFile(claire, 'gone.json', '1');
    await putFile(claire, 'gone.json', '2');
    const stale = await tenant.fetchAs(claire, itemPath(v1), {
      method: 'DELETE',
      headers: { 'If-Match': v1.eTag },
    });
    expect(stale.status).toBe(412);
    expect((await tenant.fetchAs(claire, itemPath(v1), { method: 'DELETE' })).status).toBe(204);
    expect((await tenant.fetchAs(claire, itemPath(v1))).status).toBe(404);
  });
});

describe('conditional writes', () => {
  it('If-Match: a stale eTag gives 412 and keeps the content; the current one or * writes', async () => {
    const v1 = await putFile(claire, 'doc.json', 'one');
    const v2 = await putFile(claire, 'doc.json', 'two');
    const stale = await put(claire, `${itemPath(v1)}/content`, 'lost', { 'If-Match': v1.eTag });
    expect(stale.status).toBe(412);
    expect(await errorCode(stale)).toBe('resourceModified');
    expect(await contentOf(claire, itemPath(v1))).toBe('two');

    const current = await put(claire, `${APPROOT}:/doc.json:/content`, 'three', { 'If-Match': v2.eTag });
    expect(current.status).toBe(200);
    const any = await put(claire, `${itemPath(v1)}/content`, 'four', { 'If-Match': '*' });
    expect(any.status).toBe(200);
    expect(await contentOf(claire, itemPath(v1))).toBe('four');
  });

  it('If-Match on a path that does not exist gives 412 and creates nothing', async () => {
    const response = await put(claire, `${APPROOT}:/new/doc.json:/content`, 'x', { 'If-Match': '*' });
    expect(response.status).toBe(412);
    expect((await tenant.fetchAs(claire, `${APPROOT}:/new:`)).status).toBe(404);
  });

  it('If-None-Match: * creates once and then gives 412', async () => {
    const created = await put(claire, `${APPROOT}:/once.json:/content`, 'first', { 'If-None-Match': '*' });
    expect(created.status).toBe(201);
    const again = await put(claire, `${APPROOT}:/once.json:/content`, 'second', { 'If-None-Match': '*' });
    expect(again.status).toBe(412);
    expect(await contentOf(claire, `${APPROOT}:/once.json:`)).toBe('first');
  });

  it('works through the production Graph client: colon paths, JSON bodies, the download link', async () => {
    const graph = connectAs(tenant, claire);
    const item = (await graph.client
      .api(`${APPROOT}:/client/doc.json:/content`)
      .header('Content-Type', 'application/json')
      .header('If-None-Match', '*')
      .put('{"from":"client"}')) as Item;
    const read = (await graph.client
      .api(`/drives/${item.parentReference.driveId}/items/${item.id}`)
      .get()) as Item;
    const url = read['@microsoft.graph.downloadUrl'];
    if (!url) throw new Error('No download link');
    expect(await (await fetch(url)).text()).toBe('{"from":"client"}');
  });
});

describe('downloads, as a browser app sees them', () => {
  const DOWNLOAD_URL = '@microsoft.graph.downloadUrl';

  it('gives the download link only on a read without $select, whatever the $select lists', async () => {
    await putFile(claire, 'spaces/daniel.json', '{"v":1}');
    const path = `${APPROOT}:/spaces/daniel.json:`;
    const url = await downloadUrlOf(claire, path);
    expect(url).toMatch(
      /^https:\/\/contoso-my\.sharepoint\.com\/personal\/claire_tremblay_contoso_ca\/Documents\/_layouts\/15\/download\.aspx\?UniqueId=/,
    );
    for (const [select, keys] of [
      ['id,@microsoft.graph.downloadUrl', ['@odata.context', 'id']],
      [
        'id,eTag,parentReference,@microsoft.graph.downloadUrl',
        ['@odata.context', 'eTag', 'id', 'parentReference'],
      ],
      ['@Microsoft.Graph.DownloadUrl', ['@odata.context']],
    ] as const) {
      const response = await tenant.fetchAs(claire, `${path}?$select=${select}`);
      expect(response.status, select).toBe(200);
      expect(Object.keys(await response.json()).sort(), select).toEqual(keys);
    }
    const selected = await tenant.fetchAs(
      claire,
      `${APPROOT}:/spaces:/children?$select=name,${DOWNLOAD_URL}`,
    );
    expect((await selected.json()).value).toEqual([{ name: 'daniel.json' }]);
    const listed = await (await tenant.fetchAs(claire, `${APPROOT}:/spaces:/children`)).json();
    expect(listed.value[0][DOWNLOAD_URL]).toBe(url);
  });

  it('serves the download link without a token, to whoever may read the item', async () => {
    const file = await putFile(claire, 'spaces/daniel.json', '{"v":1}');
    await share(file, daniel, 'read');
    const download = await fetch(await downloadUrlOf(daniel, itemPath(file)));
    expect(download.status).toBe(200);
    expect(await download.text()).toBe('{"v":1}');
  });

  it("answers /content with a 302 to the owner's download host and no body, and 403 to someone without access", async () => {
    const file = await putFile(claire, 'a.json', 'bytes');
    const redirect = await tenant.fetchAs(claire, itemPath(file, '/content'), { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const location = new URL(redirect.headers.get('Location') ?? '');
    expect(location.origin).toBe('https://contoso-my.sharepoint.com');
    expect(location.pathname).toBe(
      '/personal/claire_tremblay_contoso_ca/Documents/_layouts/15/download.aspx',
    );
    expect(location.searchParams.get('UniqueId')).toBe(file.id);
    expect(await redirect.text()).toBe('');
    const denied = await tenant.fetchAs(daniel, itemPath(file, '/content'), { redirect: 'manual' });
    expect(denied.status).toBe(403);
    expect(denied.headers.get('Location')).toBeNull();
  });

  it("never delivers the file by way of /content's redirect, as a browser refuses it (CORS)", async () => {
    const file = await putFile(claire, 'a.json', 'bytes');
    const followed = await tenant.fetchAs(claire, itemPath(file, '/content')).then(
      (response) => response.status,
      (error: unknown) => error,
    );
    expect(followed).not.toBe(200);
    const redirect = await tenant.fetchAs(claire, itemPath(file, '/content'), { redirect: 'manual' });
    const reused = await fetch(redirect.headers.get('Location') ?? '').then(
      (response) => response.status,
      (error: unknown) => error,
    );
    expect(reused).not.toBe(200);
  });

  it('the download host gives a network error for a request with a token or a redirect link, as a browser sees it', async () => {
    const file = await putFile(claire, 'a.json', 'bytes');
    const url = await downloadUrlOf(claire, itemPath(file));
    const redirect = await tenant.fetchAs(claire, itemPath(file, '/content'), { redirect: 'manual' });
    const items = tenant.emulator.getState().driveItems ?? [];

    const plain = answerDownload(new Request(url), items);
    expect(plain.status).toBe(200);
    expect(await plain.text()).toBe('bytes');
    const withToken = new Request(url, { headers: { Authorization: `Bearer ${tenant.tokenFor(claire)}` } });
    expect(answerDownload(withToken, items).type).toBe('error');
    expect(answerDownload(new Request(redirect.headers.get('Location') ?? ''), items).type).toBe('error');
    const forged = url.replace(/UniqueId=[^&]+/, 'UniqueId=01OTHER');
    expect(answerDownload(new Request(forged), items).status).toBe(404);
  });
});

describe('sharing and access', () => {
  it("gives the employee 403 on the leader's file until it is shared with write, then read and write", async () => {
    const agenda = await putFile(claire, 'spaces/daniel.json', '{"topics":[]}');
    const denied = await tenant.fetchAs(daniel, `${itemPath(agenda)}/content`);
    expect(denied.status).toBe(403);
    expect(await errorCode(denied)).toBe('accessDenied');
    expect((await put(daniel, `${itemPath(agenda)}/content`, 'x')).status).toBe(403);

    const invited = await share(agenda, daniel, 'write');
    expect(invited.status).toBe(200);
    const grants = ((await invited.json()) as { value: Permission[] }).value;
    expect(grants).toHaveLength(1);
    expect(grants[0]?.roles).toEqual(['write']);

    expect(await contentOf(daniel, itemPath(agenda))).toBe('{"topics":[]}');
    const meta = (await (await tenant.fetchAs(daniel, itemPath(agenda))).json()) as Item;
    const written = await put(daniel, `${itemPath(agenda)}/content`, '{"topics":["mine"]}', {
      'If-Match': meta.eTag,
    });
    expect(written.status).toBe(200);
    expect(((await written.json()) as Item).lastModifiedBy?.user?.displayName).toBe('Daniel Okafor');
    expect(await contentOf(claire, `${APPROOT}:/spaces/daniel.json:`)).toBe('{"topics":["mine"]}');

    const permissions = (await (await tenant.fetchAs(claire, itemPath(agenda, '/permissions'))).json()) as {
      value: Permission[];
    };
    expect(permissions.value.map((permission) => permission.roles)).toEqual([['owner'], ['write']]);
    // Someone else still has no access.
    expect((await tenant.fetchAs(sophie, itemPath(agenda))).status).toBe(403);
  });

  it('lets only the owner share', async () => {
    const agenda = await putFile(claire, 'spaces/daniel.json', '{}');
    await share(agenda, daniel, 'write');
    const reshared = await share(agenda, sophie, 'read', daniel);
    expect(reshared.status).toBe(403);
    expect((await tenant.fetchAs(sophie, itemPath(agenda))).status).toBe(403);
  });

  it("a 'read' share can read but not write, rename or delete", async () => {
    const agenda = await putFile(claire, 'spaces/daniel.json', 'v1');
    await share(agenda, daniel, 'read');
    expect(await contentOf(daniel, itemPath(agenda))).toBe('v1');
    expect((await put(daniel, `${itemPath(agenda)}/content`, 'v2')).status).toBe(403);
    const rename = await tenant.fetchAs(daniel, itemPath(agenda), {
      method: 'PATCH',
      body: JSON.stringify({ name: 'x.json' }),
    });
    expect(rename.status).toBe(403);
    expect((await tenant.fetchAs(daniel, itemPath(agenda), { method: 'DELETE' })).status).toBe(403);
    expect(await contentOf(claire, itemPath(agenda))).toBe('v1');
  });

  it("never shows the leader's private notes to the employee, even once the agenda next to them is shared", async () => {
    const agenda = await putFile(claire, 'spaces/daniel.json', '{"shared":true}');
    const notes = await putFile(claire, 'spaces/daniel-private-notes.json', '{"private":true}');
    await share(agenda, daniel, 'write');
    const driveId = tenant.emulator.driveIdFor(claire);
    for (const path of [
      itemPath(notes),
      itemPath(notes, '/content'),
      itemPath(notes, '/permissions'),
      `/drives/${driveId}/root:/Apps/1-1 Agenda/spaces/daniel-private-notes.json:/content`,
      `/drives/${driveId}/special/approot/children`,
      `/drives/${driveId}/items/${agenda.parentReference.id}/children`,
    ]) {
      const response = await tenant.fetchAs(daniel, path);
      expect(response.status, path).toBe(403);
    }
    expect((await put(daniel, itemPath(notes, '/content'), 'x')).status).toBe(403);
  });

  it('a shared folder shares what is in it, and lets a writer add files there', async () => {
    const inside = await putFile(claire, 'spaces/daniel/agenda.json', 'a');
    const outside = await putFile(claire, 'spaces/notes.json', 'private');
    const folder = (await (await tenant.fetchAs(claire, `${APPROOT}:/spaces/daniel:`)).json()) as Item;
    expect((await share(folder, daniel, 'write')).status).toBe(200);

    expect(await contentOf(daniel, itemPath(inside))).toBe('a');
    const children = await (await tenant.fetchAs(daniel, itemPath(folder, '/children'))).json();
    expect(children.value.map((child: Item) => child.name)).toEqual(['agenda.json']);
    const added = await put(daniel, itemPath(folder, ':/topics.json:/content'), 't');
    expect(added.status).toBe(201);
    expect(await contentOf(claire, `${APPROOT}:/spaces/daniel/topics.json:`)).toBe('t');
    const permissions = (await (await tenant.fetchAs(daniel, itemPath(inside, '/permissions'))).json()) as {
      value: Permission[];
    };
    expect(permissions.value[1]?.inheritedFrom?.id).toBe(folder.id);
    expect((await tenant.fetchAs(daniel, itemPath(outside))).status).toBe(403);
  });
});

describe('state', () => {
  function memoryStorage(): KeyValueStorage {
    const entries = new Map<string, string>();
    return {
      getItem: (key) => entries.get(key) ?? null,
      setItem: (key, value) => void entries.set(key, value),
      removeItem: (key) => void entries.delete(key),
    };
  }

  it('keeps drive content and shares through a save and reload of the state; reset restores the seed', async () => {
    const agenda = await putFile(claire, 'spaces/daniel.json', '{"kept":true}');
    await share(agenda, daniel, 'write');
    const appFolder = (await (await tenant.fetchAs(claire, APPROOT)).json()) as Item;
    const storage = memoryStorage();
    savePersistedState(storage, 'seed', tenant.emulator.getState());
    const restored = loadPersistedState(storage, 'seed');
    expect(restored?.driveItems?.length).toBeGreaterThan(0);

    const reloaded = createGraphEmulator({
      seed: loadDefaultDemoSeed(),
      now: () => DEFAULT_TEST_NOW,
      initialState: restored ?? undefined,
    });
    const fetchReloaded = (user: string, path: string) =>
      reloaded.handle(
        new Request(`https://graph.microsoft.com/v1.0${path}`, {
          headers: { Authorization: `Bearer ${tenant.tokenFor(user)}` },
        }),
      );
    const shared = (await (await fetchReloaded(daniel, itemPath(agenda))).json()) as Item;
    const download = await reloaded.handle(new Request(shared['@microsoft.graph.downloadUrl'] ?? ''));
    expect(await download.text()).toBe('{"kept":true}');
    const sameFolder = (await (await fetchReloaded(claire, APPROOT)).json()) as Item;
    expect(sameFolder.id).toBe(appFolder.id);
    expect((await (await fetchReloaded(claire, `${APPROOT}/children`)).json()).value).toHaveLength(1);

    reloaded.reset();
    expect(reloaded.getState().driveItems ?? []).toEqual([]);
    expect((await fetchReloaded(claire, itemPath(agenda))).status).toBe(404);
  });

  it('applies injected faults to drive routes too', async () => {
    tenant.emulator.faults.enqueue({ status: 503, match: '/drive' });
    const failed = await put(claire, `${APPROOT}:/f.json:/content`, 'x');
    expect(failed.status).toBe(503);
    expect((await tenant.fetchAs(claire, `${APPROOT}:/f.json:`)).status).toBe(404);
    tenant.emulator.faults.enqueue({ status: 429, retryAfterSeconds: 2, match: '/content' });
    const throttled = await put(claire, `${APPROOT}:/f.json:/content`, 'x');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('Retry-After')).toBe('2');
  });
});
