/**
 * Delegated permissions in the Graph emulator: each route family answers 403, in its workload's words, to a
 * token without a scope the route needs, and the app's own GRAPH_SCOPES are enough, and each of them needed,
 * for every Graph call the app makes.
 */
import { describe, expect, it } from 'vitest';
import { GRAPH_SCOPES } from '../../src/auth/authConfig';
import { DemoTokenProvider } from '../../src/auth/DemoTokenProvider';
import { authorizeScopes, scopeRuleFor } from '../../src/demo/http/authorizeScopes';
import { GraphErrorResponse } from '../../src/demo/http/graphErrorResponse';
import { DEFAULT_APP_FOLDER_NAME } from '../../src/demo/routes/driveRoutes';
import { emulatedGraphRoutes } from '../../src/demo/routes/emulatedGraphRoutes';
import { getAvailability } from '../../src/graph/availability';
import { getSeriesRecurrences, listCalendarView } from '../../src/graph/calendar';
import { createGraphClient, type GraphConnection } from '../../src/graph/createGraphClient';
import { readDriveFile, shareDriveFileWith, writeDriveFile } from '../../src/graph/driveFiles';
import { getEventBodies } from '../../src/graph/eventBody';
import { getMailboxTimeZone } from '../../src/graph/mailboxSettings';
import { getPeopleAroundMe } from '../../src/graph/people';
import { getSeriesCancellations } from '../../src/graph/seriesCancellations';
import {
  createLinkedTask,
  ensureActionItemList,
  listLinkedTasks,
  setTaskCompleted,
} from '../../src/graph/todoTasks';
import { TEST_RETRY_POLICY } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile({ resetBeforeEach: true });
const { claire, daniel } = SEED_PEOPLE;
const DANIEL_1ON1 = 'Daniel / Claire weekly 1:1';

interface GraphErrorJson {
  error: { code: string; message: string };
}

/** A request as `user` with a token that carries exactly `scopes`. */
function callWith(scopes: readonly string[], user: string, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  return tenant.fetchAs(user, path, { ...init, headers }, scopes);
}

async function expectDenied(response: Response, code: string, message?: string): Promise<void> {
  expect(response.status).toBe(403);
  const body = (await response.json()) as GraphErrorJson;
  expect(body.error.code).toBe(code);
  if (message !== undefined) expect(body.error.message).toBe(message);
}

const DIRECTORY_DENIED = 'Insufficient privileges to complete the operation.';
const EXCHANGE_DENIED = 'Access is denied. Check credentials and try again.';

describe('directory routes', () => {
  it('GET /me needs User.Read or a higher user scope', async () => {
    await expectDenied(
      await callWith(['Calendars.ReadWrite'], claire, '/me'),
      'Authorization_RequestDenied',
      DIRECTORY_DENIED,
    );
    expect((await callWith(['User.Read'], claire, '/me')).status).toBe(200);
    expect((await callWith(['User.ReadBasic.All'], claire, '/me')).status).toBe(200);
    // Scope names are case-insensitive, as in Entra ID.
    expect((await callWith(['user.read'], claire, '/me')).status).toBe(200);
  });

  it("another user's profile needs User.ReadBasic.All: User.Read covers only the signed-in user", async () => {
    await expectDenied(
      await callWith(['User.Read'], claire, `/users/${daniel}`),
      'Authorization_RequestDenied',
    );
    expect((await callWith(['User.ReadBasic.All'], claire, `/users/${daniel}`)).status).toBe(200);
  });

  it('my manager and reports need User.Read with User.ReadBasic.All (or User.Read.All); neither alone', async () => {
    for (const path of ['/me/manager', '/me/directReports']) {
      await expectDenied(
        await callWith(['User.Read'], claire, path),
        'Authorization_RequestDenied',
        DIRECTORY_DENIED,
      );
      await expectDenied(await callWith(['User.ReadBasic.All'], claire, path), 'Authorization_RequestDenied');
      expect((await callWith(['User.Read', 'User.ReadBasic.All'], claire, path)).status, path).toBe(200);
      expect((await callWith(['User.Read.All'], claire, path)).status, path).toBe(200);
    }
  });

  it("another user's manager and reports need User.Read.All: the app's scopes are not enough", async () => {
    for (const path of [`/users/${daniel}/manager`, `/users/${daniel}/directReports`]) {
      await expectDenied(await callWith(GRAPH_SCOPES, claire, path), 'Authorization_RequestDenied');
      expect((await callWith(['User.Read.All'], claire, path)).status, path).toBe(200);
    }
  });
});

describe('Exchange routes', () => {
  const week = 'startDateTime=2026-11-16T00:00:00Z&endDateTime=2026-11-23T00:00:00Z';

  it('reading the calendar needs Calendars.ReadBasic or higher', async () => {
    for (const path of [`/me/calendarView?${week}`, '/me/events?$top=5']) {
      await expectDenied(await callWith(['User.Read'], claire, path), 'ErrorAccessDenied', EXCHANGE_DENIED);
      expect((await callWith(['Calendars.ReadBasic'], claire, path)).status, path).toBe(200);
      expect((await callWith(['Calendars.ReadWrite'], claire, path)).status, path).toBe(200);
    }
  });

  it('writing events needs Calendars.ReadWrite: Calendars.Read is refused', async () => {
    const post = {
      method: 'POST',
      body: JSON.stringify({ subject: 'Scopes', start: WHEN.start, end: WHEN.end }),
    };
    await expectDenied(await callWith(['Calendars.Read'], claire, '/me/events', post), 'ErrorAccessDenied');
    const created = await callWith(['Calendars.ReadWrite'], claire, '/me/events', post);
    expect(created.status).toBe(201);
    const event = `/me/events/${((await created.json()) as { id: string }).id}`;
    const patch = { method: 'PATCH', body: JSON.stringify({ categories: ['1:1'] }) };
    await expectDenied(await callWith(['Calendars.Read'], claire, event, patch), 'ErrorAccessDenied');
    expect((await callWith(['Calendars.ReadWrite'], claire, event, patch)).status).toBe(200);
  });

  it('free/busy needs Calendars.ReadBasic or higher', async () => {
    const body = JSON.stringify({
      schedules: [daniel],
      startTime: WHEN.start,
      endTime: WHEN.end,
      availabilityViewInterval: 30,
    });
    const init = { method: 'POST', body };
    await expectDenied(
      await callWith(['User.Read'], claire, '/me/calendar/getSchedule', init),
      'ErrorAccessDenied',
    );
    expect((await callWith(['Calendars.ReadBasic'], claire, '/me/calendar/getSchedule', init)).status).toBe(
      200,
    );
  });

  it('mailbox settings need MailboxSettings.Read', async () => {
    const withoutIt = GRAPH_SCOPES.filter((scope) => scope !== 'MailboxSettings.Read');
    await expectDenied(await callWith(withoutIt, claire, '/me/mailboxSettings'), 'ErrorAccessDenied');
    await expectDenied(
      await callWith(withoutIt, claire, '/me/mailboxSettings/timeZone'),
      'ErrorAccessDenied',
    );
    expect((await callWith(['MailboxSettings.Read'], claire, '/me/mailboxSettings/timeZone')).status).toBe(
      200,
    );
  });

  it('To Do reads need Tasks.Read, writes Tasks.ReadWrite', async () => {
    await expectDenied(await callWith(['User.Read'], claire, '/me/todo/lists'), 'ErrorAccessDenied');
    expect((await callWith(['Tasks.Read'], claire, '/me/todo/lists')).status).toBe(200);
    const create = { method: 'POST', body: JSON.stringify({ displayName: 'Scopes' }) };
    await expectDenied(await callWith(['Tasks.Read'], claire, '/me/todo/lists', create), 'ErrorAccessDenied');
    const created = await callWith(['Tasks.ReadWrite'], claire, '/me/todo/lists', create);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await expectDenied(
      await callWith(['Tasks.Read'], claire, `/me/todo/lists/${id}`, { method: 'DELETE' }),
      'ErrorAccessDenied',
    );
  });
});

describe('Teams chat routes', () => {
  it('GET /chats/{id} needs Chat.ReadBasic or higher, and Teams names what was missing', async () => {
    const chat = `/chats/${encodeURIComponent(tenant.emulator.chatIdForEvent(DANIEL_1ON1) ?? '')}`;
    await expectDenied(
      await callWith(['User.Read', 'Calendars.ReadWrite'], claire, chat),
      'Forbidden',
      "Missing scope permissions on the request. API requires one of 'Chat.ReadBasic, Chat.Read, Chat.ReadWrite'. Scopes on the request 'User.Read Calendars.ReadWrite'",
    );
    expect((await callWith(['Chat.ReadBasic'], claire, chat)).status).toBe(200);
    expect((await callWith(['Chat.ReadBasic'], claire, `/me${chat}`)).status).toBe(200);
  });
});

describe('OneDrive routes', () => {
  it("own files need Files.Read to read and Files.ReadWrite to write; another user's need the .All scopes", async () => {
    await expectDenied(await callWith(['User.Read'], claire, '/me/drive'), 'accessDenied', 'Access denied');
    expect((await callWith(['Files.Read'], claire, '/me/drive')).status).toBe(200);
    const path = '/me/drive/special/approot:/scopes.json:/content';
    await expectDenied(
      await callWith(['Files.Read'], claire, path, { method: 'PUT', body: '{}' }),
      'accessDenied',
    );
    const written = await callWith(['Files.ReadWrite'], claire, path, { method: 'PUT', body: '{}' });
    expect(written.status).toBe(201);
    const item = (await written.json()) as { id: string; parentReference: { driveId: string } };
    const shared = `/drives/${item.parentReference.driveId}/items/${item.id}`;
    const invite = {
      method: 'POST',
      body: JSON.stringify({
        recipients: [{ email: daniel }],
        roles: ['write'],
        requireSignIn: true,
        sendInvitation: false,
      }),
    };
    await expectDenied(await callWith(['Files.Read'], claire, `${shared}/invite`, invite), 'accessDenied');
    expect((await callWith(['Files.ReadWrite'], claire, `${shared}/invite`, invite)).status).toBe(200);

    // Shared with Daniel for writing, yet his Files.ReadWrite reaches only his own drive.
    await expectDenied(await callWith(['Files.ReadWrite'], daniel, shared), 'accessDenied');
    expect((await callWith(['Files.Read.All'], daniel, shared)).status).toBe(200);
    const put = { method: 'PUT', body: '{"by":"daniel"}' };
    await expectDenied(await callWith(['Files.Read.All'], daniel, `${shared}/content`, put), 'accessDenied');
    expect((await callWith(['Files.ReadWrite.All'], daniel, `${shared}/content`, put)).status).toBe(200);
  });
});

describe('$batch', () => {
  it('needs no scope itself; each step is checked as a request of its own', async () => {
    const response = await callWith(['User.Read'], claire, '/$batch', {
      method: 'POST',
      body: JSON.stringify({
        requests: [
          { id: 'me', method: 'GET', url: '/me' },
          { id: 'calendar', method: 'GET', url: '/me/events?$top=1' },
        ],
      }),
    });
    expect(response.status).toBe(200);
    const { responses } = (await response.json()) as {
      responses: { id: string; status: number; body: GraphErrorJson }[];
    };
    expect(responses.find((step) => step.id === 'me')?.status).toBe(200);
    const calendar = responses.find((step) => step.id === 'calendar');
    expect(calendar?.status).toBe(403);
    expect(calendar?.body.error.code).toBe('ErrorAccessDenied');
  });
});

describe('the table', () => {
  const emulatedRoutes = emulatedGraphRoutes({
    appFolderName: DEFAULT_APP_FOLDER_NAME,
    runSubRequest: () => Promise.resolve(new Response()),
  });

  it('lists every emulated route', () => {
    const missing = emulatedRoutes
      .filter((route) => !scopeRuleFor(route))
      .map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
  });

  it('fails closed: a route it does not list answers 403 whatever the token carries', () => {
    const user = tenant.emulator.getState().users[0];
    if (!user) throw new Error('no seed user');
    const everything = new Set([
      'user.read.all',
      'directory.readwrite.all',
      'calendars.readwrite',
      'files.readwrite.all',
    ]);
    const attempt = () =>
      authorizeScopes(
        { method: 'GET', path: '/users/{user}/onlineMeetings' },
        { user: user.id },
        { user, scp: '', scopes: everything },
      );
    expect(attempt).toThrow(GraphErrorResponse);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ status: 403, code: 'Forbidden' });
      expect((error as Error).message).toContain('src/demo/http/requiredScopes.ts');
    }
  });
});

/** A week from Tuesday 14:00 Toronto, when Claire and Daniel are both free in the seed. */
const WHEN = {
  start: { dateTime: '2026-11-24T19:00:00', timeZone: 'UTC' },
  end: { dateTime: '2026-11-24T19:30:00', timeZone: 'UTC' },
};

function connect(user: string, scopes: readonly string[]): GraphConnection {
  const person = tenant.emulator.listUsers().find((candidate) => candidate.userPrincipalName === user);
  if (!person) throw new Error(`No seed user ${user}`);
  return createGraphClient(new DemoTokenProvider(person, scopes), GRAPH_SCOPES, TEST_RETRY_POLICY);
}

/**
 * Every Graph call the app makes, through the app's own adapters where one exists and with the same request
 * where the call lives in a use case (named at each step). The leader is Claire, the employee Daniel.
 */
async function runAppCalls(scopes: readonly string[]): Promise<void> {
  const leader = connect(claire, scopes);
  const employee = connect(daniel, scopes);

  // loadUpcomingOneOnOnes and the team overview: who is around me, my calendar, the series and their state.
  const people = await getPeopleAroundMe(leader);
  expect(people.manager?.email).toBe(SEED_PEOPLE.marcAndre);
  // The zone times are shown in.
  expect(await getMailboxTimeZone(leader)).toBe('America/New_York');
  expect(people.directReports.map((report) => report.email)).toContain(daniel);
  const { events } = await listCalendarView(leader, {
    start: '2026-11-16T05:00:00Z',
    end: '2026-11-30T05:00:00Z',
  });
  const occurrence = events.find((event) => event.subject === DANIEL_1ON1 && event.isOrganizer);
  if (!occurrence?.seriesMasterId) throw new Error(`No occurrence of '${DANIEL_1ON1}' in the window`);
  // The batch adapters leave out what they cannot read, so their results are checked, not only their success.
  expect([...(await getSeriesRecurrences(leader, [occurrence.seriesMasterId])).keys()]).toEqual([
    occurrence.seriesMasterId,
  ]);
  expect(
    (await getSeriesCancellations(leader, [occurrence.seriesMasterId])).has(occurrence.seriesMasterId),
  ).toBe(true);
  const [body] = await getEventBodies(leader, [occurrence.id]);
  expect(body?.eventId).toBe(occurrence.id);

  // attachAgendaToInvite: a PATCH of the occurrence's body.
  await leader.run((client) =>
    client.api(`/me/events/${encodeURIComponent(occurrence.id)}`).patch({
      body: { contentType: 'html', content: `${body?.content ?? ''}<p>Agenda</p>` },
    }),
  );
  // scheduleOneOnOne: both people's free/busy, then the new series.
  const availability = await getAvailability(leader, [claire, daniel], {
    start: new Date(DEFAULT_TEST_NOW.getTime() + 864e5),
    end: new Date(DEFAULT_TEST_NOW.getTime() + 8 * 864e5),
  });
  expect(availability.size).toBe(2);
  await leader.run((client) =>
    client.api('/me/events').post({ subject: 'Daniel / Claire 1:1', start: WHEN.start, end: WHEN.end }),
  );

  // The meeting side panel: which event the meeting chat belongs to (meetingChat).
  const chatId = tenant.emulator.chatIdForEvent(DANIEL_1ON1) ?? '';
  await leader.run((client) =>
    client
      .api(`/chats/${encodeURIComponent(chatId)}`)
      .select(['onlineMeetingInfo'])
      .get(),
  );

  // The shared agenda: the leader creates and shares it, the employee reads and edits it in the leader's drive.
  const file = await writeDriveFile(leader, { appFolderPath: 'spaces/scopes.json' }, '{"v":1}', {
    ifNoneMatch: '*',
  });
  await shareDriveFileWith(leader, file, daniel, 'write');
  const opened = await readDriveFile(employee, { driveId: file.driveId, itemId: file.itemId });
  expect(opened?.text).toBe('{"v":1}');
  await writeDriveFile(employee, file, '{"v":2}', { ifMatch: opened?.eTag ?? '' });
  expect((await readDriveFile(leader, { appFolderPath: 'spaces/scopes.json' }))?.text).toBe('{"v":2}');

  // To Do sync.
  const listId = await ensureActionItemList(leader);
  const taskId = await createLinkedTask(leader, listId, {
    title: 'Send the roadmap',
    dueDate: null,
    timeZone: 'America/Toronto',
    link: {
      webUrl: 'https://agenda.contoso.ca/#/agenda/daniel',
      displayName: DANIEL_1ON1,
      externalId: 'item-1',
    },
  });
  await setTaskCompleted(leader, listId, taskId, true);
  expect(await listLinkedTasks(leader, listId, 'America/Toronto')).toContainEqual(
    expect.objectContaining({ taskId, completed: true }),
  );
}

describe("the app's GRAPH_SCOPES", () => {
  it('are enough for every Graph call the app makes', async () => {
    await runAppCalls(GRAPH_SCOPES);
  });

  it.each([...GRAPH_SCOPES])('each is needed: without %s a call the app makes is refused', async (scope) => {
    await expect(runAppCalls(GRAPH_SCOPES.filter((granted) => granted !== scope))).rejects.toMatchObject({
      status: 403,
    });
  });
});
