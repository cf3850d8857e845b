import { describe, expect, it } from 'vitest';
import { encodeDemoToken } from '../../src/auth/demoToken';
import { createGraphEmulator } from '../../src/demo/graphEmulator';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import type { DemoSeed, DemoSeedDriveItem } from '../../src/demo/seed/demoSeed.types';
import { DemoSeedError, parseDemoSeed } from '../../src/demo/seed/demoSeedSchema';
import { readDriveFileText } from '../support/readDriveFileText';

const base = loadDefaultDemoSeed();
const claire = base.users[0];
const daniel = base.users[1];
if (!claire || !daniel) throw new Error('seed users missing');

function seedWithDrive(items: DemoSeedDriveItem[]): DemoSeed {
  return { ...base, driveItems: items };
}

const ROOT: DemoSeedDriveItem = { drive: claire.id, id: 'root-c', name: 'root', root: {}, folder: {} };
const APPS: DemoSeedDriveItem = {
  drive: claire.id,
  id: 'apps-c',
  name: 'Apps',
  folder: {},
  parentReference: { id: 'root-c' },
};
const APP: DemoSeedDriveItem = {
  drive: claire.id,
  id: 'app-c',
  name: '1-1 Agenda',
  folder: {},
  specialFolder: { name: 'approot' },
  parentReference: { id: 'apps-c' },
};
const AGENDA: DemoSeedDriveItem = {
  drive: claire.id,
  id: 'agenda-c',
  name: 'daniel.json',
  file: { mimeType: 'application/json' },
  content: '{"from":"seed"}',
  parentReference: { id: 'app-c' },
  eTag: '"{11111111-2222-3333-4444-555555555555},4"',
  permissions: [{ id: 'p1', roles: ['read'], grantedToV2: { user: { id: daniel.id } } }],
};

describe('drive items in a seed', () => {
  it('accepts a tree of folders and files', () => {
    expect(parseDemoSeed(seedWithDrive([ROOT, APPS, APP, AGENDA]), 'test').driveItems).toHaveLength(4);
  });

  it('names each broken reference', () => {
    const broken = [
      ROOT,
      { ...APPS, parentReference: { id: 'nowhere' } },
      { ...AGENDA, parentReference: { id: 'root-c' }, name: 'bad:name.json' },
      { ...AGENDA, id: 'agenda-2', parentReference: { id: 'root-c' }, name: 'BAD:name.json', folder: {} },
      {
        ...AGENDA,
        id: 'agenda-3',
        drive: 'nobody',
        permissions: [{ id: 'p', roles: ['write'], invitation: { email: 'x@y.z' } }],
      },
    ] as DemoSeedDriveItem[];
    let problems: readonly string[] = [];
    try {
      parseDemoSeed(seedWithDrive(broken), 'drive.json');
    } catch (error) {
      if (!(error instanceof DemoSeedError)) throw error;
      expect(error.message).toContain('Invalid demo seed (drive.json)');
      problems = error.problems;
    }
    const message = problems.join('\n');
    expect(message).toContain('driveItems[1].parentReference.id');
    expect(message).toContain("driveItems[2].name: The name 'bad:name.json' contains characters");
    expect(message).toContain('an item is a file or a folder, not both');
    expect(message).toContain('driveItems[4].drive');
  });

  it('serves seeded files with their eTag and grants', async () => {
    const emulator = createGraphEmulator({
      seed: seedWithDrive([ROOT, APPS, APP, AGENDA]),
      now: () => new Date('2026-11-18T15:00:00Z'),
    });
    const tokenOf = (user: typeof claire) =>
      encodeDemoToken({ oid: user.id, upn: user.userPrincipalName, scp: 'Files.ReadWrite.All' });
    const as = (user: typeof claire, path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('Authorization', `Bearer ${tokenOf(user)}`);
      return emulator.handle(new Request(`https://graph.microsoft.com/v1.0${path}`, { ...init, headers }));
    };
    const item = (await (await as(claire, '/me/drive/special/approot:/daniel.json:')).json()) as {
      eTag: string;
    };
    expect(item.eTag).toBe(AGENDA.eTag);
    const driveItem = `/drives/${emulator.driveIdFor(claire.id)}/items/agenda-c`;
    const read = await readDriveFileText({ itemPath: driveItem, bearer: tokenOf(daniel) }, (url, init) =>
      emulator.handle(new Request(url, init)),
    );
    expect(read).toEqual({ status: 200, text: '{"from":"seed"}' });
    expect((await as(daniel, `${driveItem}/content`, { method: 'PUT', body: 'x' })).status).toBe(403);
    const written = (await (
      await as(claire, `${driveItem}/content`, { method: 'PUT', body: 'x' })
    ).json()) as {
      eTag: string;
    };
    expect(written.eTag).toBe('"{11111111-2222-3333-4444-555555555555},5"');
  });
});
