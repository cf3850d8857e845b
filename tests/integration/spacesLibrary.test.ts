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
import type { SpaceEdit } from '../../src/domain/space/spaceEdits';
import { decodeSpaceReference } from '../../src/domain/space/spaceReference';
import {
  type SharePointSiteAddress,
  type SpaceStore,
  spaceFilePathInLibrary,
} from '../../src/domain/space/spaceStore';
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
import {
  AGENDA_PATHS,
  leaderSpaceDocument,
  openAgendaSession,
  publishedReference,
} from '../../src/services/agenda/agendaSession';
import { pairSpaceStore, SpacesLibraryLocator } from '../../src/services/agenda/pairSpaceStore';
import { SyncedDriveDocument } from '../../src/services/storage/syncedDriveDocument';
import { pairSpaceEntityId } from '../../src/services/teamsSetup/pairSpaceEntityId';
import { explainError } from '../../src/ui/explainError';
import { en as messagesEn } from '../../src/ui/i18n/messages.en';
import { frCA as messagesFrCa } from '../../src/ui/i18n/messages.fr-CA';
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

describe('the agenda in library mode', () => {
  const person = (email: string, name: string) => ({ id: email, displayName: name, email, jobTitle: null });
  const pair = (leaderEmail: string, employeeEmail: string) => ({
    asLeader: {
      me: person(leaderEmail, 'Leader'),
      counterpart: { email: employeeEmail, name: 'Employee' },
      myRole: 'leader',
    } satisfies AgendaParticipants,
    asEmployee: {
      me: person(employeeEmail, 'Employee'),
      counterpart: { email: leaderEmail, name: 'Leader' },
      myRole: 'employee',
    } satisfies AgendaParticipants,
  });
  const { asLeader, asEmployee } = pair(claire, daniel);
  const now = () => new Date('2026-11-18T15:00:00Z');
  const librarySetting = (site = SITE, library = 'Documents'): SpaceStore => ({
    kind: 'sharepoint-library',
    site,
    library,
  });

  function open(
    graph: GraphConnection,
    participants: AgendaParticipants,
    setting: SpaceStore = librarySetting(),
    store = memoryKeyValueStore(),
  ) {
    return openAgendaSession({
      graph,
      store,
      participants,
      upcomingEventIds: async () => [],
      now,
      spaces: pairSpaceStore(graph, setting),
    });
  }

  function topic(by: 'leader' | 'employee', text: string): SpaceEdit {
    return {
      id: crypto.randomUUID(),
      at: '2026-11-18T15:00:00.000Z',
      by,
      type: 'addTopic',
      topicId: crypto.randomUUID(),
      section: 'direction',
      text,
      order: 1,
      createdForOccurrence: null,
    };
  }

  /** Every request the app sends from here on, as method and path. */
  function recordRequests(): string[] {
    const seen: string[] = [];
    tenant.server.events.on('request:start', ({ request }) => {
      seen.push(`${request.method} ${decodeURIComponent(new URL(request.url).pathname)}`);
    });
    return seen;
  }

  it('the leader creates the space in the library and the employee opens the same one, with no share', async () => {
    const requests = recordRequests();
    const leaderSession = await open(leader, asLeader);
    expect(leaderSession.space?.snapshot().status.state).toBe('saved');
    expect(leaderSession.sharing).toBeNull();
    leaderSession.space?.submit(topic('leader', 'Priorities for the next quarter'));
    await leaderSession.space?.flush();

    const employeeSession = await open(employee, asEmployee);
    expect(employeeSession.space?.snapshot().status.state).toBe('saved');
    const texts = employeeSession.space?.snapshot().document?.topics.map((t) => t.text);
    expect(texts).toContain('Priorities for the next quarter');
    const { driveId } = await findSharePointLibrary(leader, SITE, 'Documents');
    expect(leaderSession.reference?.driveId).toBe(driveId);
    expect(employeeSession.reference).toEqual(leaderSession.reference);

    employeeSession.space?.submit(topic('employee', 'Training budget'));
    await employeeSession.space?.flush();
    await leaderSession.space?.refresh();
    expect(leaderSession.space?.snapshot().document?.topics.map((t) => t.text)).toContain('Training budget');

    // No sharing step, and nothing in the leader's OneDrive: the space is only in the library.
    expect(requests.filter((r) => r.endsWith('/invite'))).toEqual([]);
    expect(requests.some((r) => r.includes('approot:/spaces/'))).toBe(false);
    expect(await readDriveFile(leader, { appFolderPath: AGENDA_PATHS.space(daniel) })).toBeNull();
    leaderSession.dispose();
    employeeSession.dispose();
  });

  it('keeps the employee’s topics aside until the leader has opened the space, then brings them in', async () => {
    const employeeStore = memoryKeyValueStore();
    const early = await open(employee, asEmployee, librarySetting(), employeeStore);
    expect(early.space).toBeNull();
    early.pending?.submit({ id: 'p1', add: topic('employee', 'Asked before the leader opened it') });
    await early.pending?.flush();
    early.dispose();

    (await open(leader, asLeader)).dispose();
    const later = await open(employee, asEmployee, librarySetting(), employeeStore);
    expect(later.space?.snapshot().document?.topics.map((t) => t.text)).toContain(
      'Asked before the leader opened it',
    );
    later.dispose();
  });

  it('the team view, the invite sync’s reference and the Teams tab’s entity id read the library', async () => {
    const spaces = pairSpaceStore(leader, librarySetting());
    const participants = asLeader;
    const space = leaderSpaceDocument({
      graph: leader,
      store: memoryKeyValueStore(),
      participants,
      now,
      spaces,
    });
    await space.load();
    const reference = await publishedReference(
      { graph: leader, store: memoryKeyValueStore(), participants, now, spaces },
      space,
    );
    const { driveId } = await findSharePointLibrary(leader, SITE, 'Documents');
    expect(reference?.driveId).toBe(driveId);
    const entityId = await pairSpaceEntityId(
      { graph: leader, store: memoryKeyValueStore(), people: { me: participants.me }, now: now(), spaces },
      { email: daniel, name: 'Daniel' },
    );
    expect(entityId && decodeSpaceReference(entityId)).toEqual(reference);

    // The team view only reads: a report without a space in the library gets none created.
    const readOnly = leaderSpaceDocument(
      {
        graph: leader,
        store: memoryKeyValueStore(),
        participants: pair(claire, sophie).asLeader,
        now,
        spaces,
      },
      { createIfMissing: false },
    );
    await readOnly.load();
    expect(readOnly.snapshot().status).toMatchObject({ state: 'error', error: { kind: 'not-found' } });
    expect(
      await readDriveFile(leader, { driveId, rootPath: spaceFilePathInLibrary(claire, sophie) }),
    ).toBeNull();
    space.dispose();
  });

  it('a person the library is not shared with is told so (403), and nothing is written', async () => {
    const outsider = connect(sophie);
    const { asLeader: sophieLeads } = pair(sophie, daniel);
    const session = await open(outsider, sophieLeads);
    const status = session.space?.snapshot().status;
    expect(status?.state).toBe('error');
    const error = status?.state === 'error' ? status.error : null;
    expect(error?.code).toBe(SPACES_LIBRARY_FORBIDDEN);
    expect(explainError(error, messagesEn).message).toBe(messagesEn.errorSpacesLibraryForbidden);
    expect(explainError(error, messagesFrCa).message).toBe(messagesFrCa.errorSpacesLibraryForbidden);
    const { driveId } = await findSharePointLibrary(leader, SITE, 'Documents');
    expect(
      await readDriveFile(leader, { driveId, rootPath: spaceFilePathInLibrary(sophie, daniel) }),
    ).toBeNull();

    // The employee's side is refused the same way (not "ask your leader to share it").
    const { asEmployee: sophieReports } = pair(claire, sophie);
    const employeeSide = await open(outsider, sophieReports);
    const employeeStatus = employeeSide.space?.snapshot().status;
    expect(employeeStatus?.state === 'error' && employeeStatus.error.code).toBe(SPACES_LIBRARY_FORBIDDEN);
    session.dispose();
    employeeSide.dispose();
  });

  it('a missing site or library (404) is told so, for the leader and the employee, and nothing is written', async () => {
    const missingSite = librarySetting({
      hostname: 'contoso.sharepoint.com',
      serverRelativePath: 'sites/gone',
    });
    const requests = recordRequests();
    const leaderSession = await open(leader, asLeader, missingSite);
    const leaderStatus = leaderSession.space?.snapshot().status;
    const siteError = leaderStatus?.state === 'error' ? leaderStatus.error : null;
    expect(siteError?.code).toBe(SPACES_SITE_NOT_FOUND);
    expect(explainError(siteError, messagesEn).message).toBe(messagesEn.errorSpacesSiteNotFound);
    expect(explainError(siteError, messagesFrCa).message).toBe(messagesFrCa.errorSpacesSiteNotFound);

    const employeeSession = await open(employee, asEmployee, librarySetting(SITE, 'Records'));
    const employeeStatus = employeeSession.space?.snapshot().status;
    const libraryError = employeeStatus?.state === 'error' ? employeeStatus.error : null;
    expect(libraryError?.code).toBe(SPACES_LIBRARY_NOT_FOUND);
    expect(explainError(libraryError, messagesFrCa).message).toBe(messagesFrCa.errorSpacesLibraryNotFound);

    // Never a write to the space (the private notes, in each person's own app folder, are not touched either).
    expect(requests.filter((r) => r.startsWith('PUT') || r.startsWith('POST'))).toEqual([]);
    leaderSession.dispose();
    employeeSession.dispose();
  });
});

describe('SpacesLibraryLocator', () => {
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
