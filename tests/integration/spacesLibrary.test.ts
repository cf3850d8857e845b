/**
 * The spaces in an organisation-owned SharePoint document library (issue 15, item 5): the site by its address,
 * the library by name, the pair's file by path, with the same eTag rules as the leader's OneDrive; the site's
 * membership is the only access control (no sharing step).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_SCOPES, SPACES_LIBRARY_SCOPES } from '../../src/auth/authConfig';
import { DemoTokenProvider } from '../../src/auth/DemoTokenProvider';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import type { DemoSeed } from '../../src/demo/seed/demoSeed.types';
import { createSpaceDocument } from '../../src/domain/space/createSpaceDocument';
import { type SharePointSiteAddress, spaceFilePathInLibrary } from '../../src/domain/space/spaceStore';
import { createGraphClient, type GraphConnection } from '../../src/graph/createGraphClient';
import { readDriveFile, writeDriveFile } from '../../src/graph/driveFiles';
import {
  GraphRequestError,
  SPACES_LIBRARY_FORBIDDEN,
  SPACES_LIBRARY_NOT_FOUND,
  SPACES_SITE_NOT_FOUND,
} from '../../src/graph/graphRequestError';
import { findSharePointLibrary } from '../../src/graph/sharePointLibrary';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import { spaceDocumentCodec } from '../../src/services/agenda/agendaDocumentCodecs';
import type { AgendaParticipants } from '../../src/services/agenda/agendaSession';
import { librarySpaceDocument, SpacesLibraryLocator } from '../../src/services/agenda/librarySpaceDocument';
import { SyncedDriveDocument } from '../../src/services/storage/syncedDriveDocument';
import { TEST_RETRY_POLICY } from '../support/demoGraphConnection';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const { claire, daniel, sophie } = SEED_PEOPLE;
const SITE: SharePointSiteAddress = {
  hostname: 'contoso.sharepoint.com',
  serverRelativePath: 'sites/one-on-ones',
};

function seedWithSite(): DemoSeed {
  const seed = loadDefaultDemoSeed();
  const idOf = (upn: string) => seed.users.find((user) => user.userPrincipalName === upn)?.id ?? upn;
  return {
    ...seed,
    sharePointSites: [
      {
        id: 'contoso.sharepoint.com,6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e,0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        hostname: 'contoso.sharepoint.com',
        serverRelativePath: 'sites/one-on-ones',
        displayName: '1:1 records',
        memberIds: [idOf(claire), idOf(daniel)],
        libraries: [{ id: 'spaces-documents', name: 'Documents' }],
      },
    ],
  };
}

const tenant = graphEmulatorPerFile({ seed: seedWithSite(), resetBeforeEach: true });

/** The production client, with the scope a library deployment adds unless `scopes` says otherwise. */
function connect(
  upn: string,
  scopes: readonly string[] = [...GRAPH_SCOPES, ...SPACES_LIBRARY_SCOPES],
): GraphConnection {
  const user = tenant.emulator.listUsers().find((candidate) => candidate.userPrincipalName === upn);
  if (!user) throw new Error(`No seed user ${upn}`);
  return createGraphClient(new DemoTokenProvider(user, scopes), scopes, TEST_RETRY_POLICY);
}

async function failureOf(promise: Promise<unknown>): Promise<GraphRequestError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof GraphRequestError))
    throw new Error(`Expected a GraphRequestError, got ${String(error)}`);
  return error;
}

const pairPath = spaceFilePathInLibrary(claire, daniel);
let leader: GraphConnection;
let employee: GraphConnection;

beforeAll(() => {
  leader = connect(claire);
  employee = connect(daniel);
});

describe('the spaces library', () => {
  it('the leader writes the pair space by path and the employee reads the same file, with no sharing', async () => {
    const library = await findSharePointLibrary(leader, SITE, 'documents');
    const initial = createSpaceDocument({
      spaceId: 'library-space',
      leader: { id: 'claire', email: claire, name: 'Claire' },
      employee: { id: 'daniel', email: daniel, name: 'Daniel' },
      now: '2026-11-18T15:00:00.000Z',
    });
    const leaderSide = new SyncedDriveDocument({
      graph: leader,
      store: memoryKeyValueStore(),
      storeKey: 'leader',
      location: { driveId: library.driveId, rootPath: pairPath },
      codec: spaceDocumentCodec,
      create: { initial: () => initial, eager: true },
      autoRetry: false,
    });
    await leaderSide.load();
    expect(leaderSide.snapshot().status.state).toBe('saved');

    const employeeLibrary = await findSharePointLibrary(employee, SITE, 'Documents');
    expect(employeeLibrary.driveId).toBe(library.driveId);
    const employeeSide = new SyncedDriveDocument({
      graph: employee,
      store: memoryKeyValueStore(),
      storeKey: 'employee',
      location: { driveId: employeeLibrary.driveId, rootPath: pairPath },
      codec: spaceDocumentCodec,
      autoRetry: false,
    });
    await employeeSide.load();
    expect(employeeSide.snapshot().status.state).toBe('saved');
    expect(employeeSide.snapshot().document?.spaceId).toBe('library-space');
    expect(employeeSide.snapshot().file?.itemId).toBe(leaderSide.snapshot().file?.itemId);

    const stored = await readDriveFile(leader, { driveId: library.driveId, rootPath: pairPath });
    expect(stored?.driveId).toBe(library.driveId);
  });

  it('keeps the If-Match rule: a write on a stale eTag is a conflict and changes nothing', async () => {
    const { driveId } = await findSharePointLibrary(leader, SITE, 'Documents');
    const location = { driveId, rootPath: pairPath };
    const first = await writeDriveFile(leader, location, '{"v":1}', { ifNoneMatch: '*' });
    await writeDriveFile(employee, location, '{"v":2}', { ifMatch: first.eTag });

    const stale = await failureOf(writeDriveFile(leader, location, '{"v":3}', { ifMatch: first.eTag }));
    expect(stale.kind).toBe('conflict');
    expect(stale.status).toBe(412);
    expect((await readDriveFile(leader, location))?.text).toBe('{"v":2}');
  });

  it('never writes over a file in the library it cannot read', async () => {
    const { driveId } = await findSharePointLibrary(leader, SITE, 'Documents');
    const location = { driveId, rootPath: pairPath };
    await writeDriveFile(leader, location, 'not a space', null);
    const initial = createSpaceDocument({
      spaceId: 'would-overwrite',
      leader: { id: 'claire', email: claire, name: 'Claire' },
      employee: { id: 'daniel', email: daniel, name: 'Daniel' },
      now: '2026-11-18T15:00:00.000Z',
    });
    const side = new SyncedDriveDocument({
      graph: leader,
      store: memoryKeyValueStore(),
      storeKey: 'leader',
      location,
      codec: spaceDocumentCodec,
      create: { initial: () => initial, eager: true },
      autoRetry: false,
    });
    await side.load();
    expect(side.snapshot().status.state).toBe('unreadable');
    expect((await readDriveFile(leader, location))?.text).toBe('not a space');
  });
});

describe('when the library is missing or not shared', () => {
  it('an unknown site is a not-found failure that names the site', async () => {
    const error = await failureOf(
      findSharePointLibrary(
        leader,
        { hostname: 'contoso.sharepoint.com', serverRelativePath: 'sites/nope' },
        'Documents',
      ),
    );
    expect(error.kind).toBe('not-found');
    expect(error.code).toBe(SPACES_SITE_NOT_FOUND);
  });

  it('a site without a library of that name is a not-found failure of its own', async () => {
    const error = await failureOf(findSharePointLibrary(leader, SITE, 'Records'));
    expect(error.kind).toBe('not-found');
    expect(error.code).toBe(SPACES_LIBRARY_NOT_FOUND);
  });

  it('a person who is not a member gets 403 accessDenied, on the site and on the file', async () => {
    const outsider = connect(sophie);
    const onSite = await failureOf(findSharePointLibrary(outsider, SITE, 'Documents'));
    expect(onSite.kind).toBe('forbidden');
    expect(onSite.code).toBe(SPACES_LIBRARY_FORBIDDEN);
    expect(onSite.status).toBe(403);

    const { driveId } = await findSharePointLibrary(leader, SITE, 'Documents');
    await writeDriveFile(leader, { driveId, rootPath: pairPath }, '{"v":1}', null);
    const onFile = await failureOf(readDriveFile(outsider, { driveId, rootPath: pairPath }));
    expect(onFile.kind).toBe('forbidden');
    const write = await failureOf(writeDriveFile(outsider, { driveId, rootPath: pairPath }, '{}', null));
    expect(write.kind).toBe('forbidden');
    expect((await readDriveFile(leader, { driveId, rootPath: pairPath }))?.text).toBe('{"v":1}');
  });

  it('without Sites.Read.All the site cannot be looked up (Files.ReadWrite.All does not cover it)', async () => {
    const filesOnly = connect(claire, GRAPH_SCOPES);
    const error = await failureOf(findSharePointLibrary(filesOnly, SITE, 'Documents'));
    expect(error.kind).toBe('forbidden');
  });

  it('a library has no OneDrive app folder', async () => {
    const { driveId } = await findSharePointLibrary(leader, SITE, 'Documents');
    const response = await tenant.fetchAs(claire, `/drives/${driveId}/special/approot`, {}, [
      ...GRAPH_SCOPES,
      ...SPACES_LIBRARY_SCOPES,
    ]);
    expect(response.status).toBe(404);
  });
});

describe('librarySpaceDocument', () => {
  const person = (email: string, name: string) => ({ id: email, displayName: name, email, jobTitle: null });
  const asLeader: AgendaParticipants = {
    me: person(claire, 'Claire'),
    counterpart: { email: daniel, name: 'Daniel' },
    myRole: 'leader',
  };
  const asEmployee: AgendaParticipants = {
    me: person(daniel, 'Daniel'),
    counterpart: { email: claire, name: 'Claire' },
    myRole: 'employee',
  };
  const now = () => new Date('2026-11-18T15:00:00Z');

  it('the employee finds nothing until the leader opens the space, then the same document, with no invite', async () => {
    const invites: string[] = [];
    tenant.server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/invite')) invites.push(request.url);
    });
    const employeeLibrary = await new SpacesLibraryLocator(employee, SITE, 'Documents').locate();
    const early = librarySpaceDocument({
      graph: employee,
      store: memoryKeyValueStore(),
      participants: asEmployee,
      library: employeeLibrary,
      now,
    });
    await early.load();
    const status = early.snapshot().status;
    expect(status.state === 'error' && status.error.kind).toBe('not-found');

    const leaderLibrary = await new SpacesLibraryLocator(leader, SITE, 'Documents').locate();
    const leaderSpace = librarySpaceDocument({
      graph: leader,
      store: memoryKeyValueStore(),
      participants: asLeader,
      library: leaderLibrary,
      now,
    });
    await leaderSpace.load();
    expect(leaderSpace.snapshot().status.state).toBe('saved');

    const employeeSpace = librarySpaceDocument({
      graph: employee,
      store: memoryKeyValueStore(),
      participants: asEmployee,
      library: employeeLibrary,
      now,
    });
    await employeeSpace.load();
    expect(employeeSpace.snapshot().status.state).toBe('saved');
    expect(employeeSpace.snapshot().document?.spaceId).toBe(leaderSpace.snapshot().document?.spaceId);
    expect(employeeSpace.snapshot().document?.spaceId).toBeTruthy();
    expect(invites).toEqual([]);
    const stored = await readDriveFile(leader, { driveId: leaderLibrary.driveId, rootPath: pairPath });
    expect(stored?.itemId).toBe(employeeSpace.snapshot().file?.itemId);
  });

  it('asks for the library once, and again after a failed lookup', async () => {
    let siteLookups = 0;
    tenant.server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.includes('/sites/contoso.sharepoint.com:')) siteLookups += 1;
    });
    const locator = new SpacesLibraryLocator(leader, SITE, 'Documents');
    const [a, b] = await Promise.all([locator.locate(), locator.locate()]);
    expect(a.driveId).toBe(b.driveId);
    await locator.locate();
    expect(siteLookups).toBe(1);

    const missing = new SpacesLibraryLocator(leader, SITE, 'Records');
    await expect(missing.locate()).rejects.toMatchObject({ code: SPACES_LIBRARY_NOT_FOUND });
    await expect(missing.locate()).rejects.toMatchObject({ code: SPACES_LIBRARY_NOT_FOUND });
    expect(siteLookups).toBe(3);
  });
});
