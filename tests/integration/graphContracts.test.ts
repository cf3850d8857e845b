/**
 * Contracts: every Graph request the app sends, as Microsoft documents its answer (tests/contract/fixtures),
 * sent to the emulator, whose answer must have the documented status, headers and body shape. A second part
 * runs the app's own Graph adapters and fails when one of them calls an endpoint no fixture covers.
 *
 * A fixture the emulator does not honour carries `knownDeviation`; its test is `it.fails`, naming it.
 */
import { describe, expect, it } from 'vitest';
import { getAvailability } from '../../src/graph/availability';
import { getSeriesRecurrences, listCalendarView } from '../../src/graph/calendar';
import { readDriveFile, shareDriveFileWith, writeDriveFile } from '../../src/graph/driveFiles';
import { getEventBodies } from '../../src/graph/eventBody';
import { getMailboxTimeZone } from '../../src/graph/mailboxSettings';
import { getMeetingChatInfo } from '../../src/graph/meetingChat';
import { getPeopleAroundMe } from '../../src/graph/people';
import { getSeriesCancellations } from '../../src/graph/seriesCancellations';
import {
  createLinkedTask,
  ensureActionItemList,
  listLinkedTasks,
  setTaskCompleted,
  setTaskDetails,
} from '../../src/graph/todoTasks';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import { attachAgendaToInvite } from '../../src/services/invites/attachAgendaToInvite';
import { scheduleOneOnOne } from '../../src/services/scheduling/scheduleOneOnOne';
import { GRAPH_CONTRACTS } from '../contract/fixtures';
import type { ContractPlaceholder, GraphContract } from '../contract/graphContract';
import { connectAs } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile();
const { claire } = SEED_PEOPLE;

/** The anchor week of the default seed (DEFAULT_TEST_NOW is its Wednesday), UTC without a zone designator. */
const WINDOW = { start: '2026-11-16T00:00:00', end: '2026-11-23T00:00:00' };
const DANIEL_ONE_ON_ONE = 'Daniel / Claire weekly 1:1';
const AGENDA_PATH = '/me/drive/special/approot:/contracts/agenda.json:';

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

interface DriveItemJson {
  id: string;
  eTag: string;
  parentReference: { driveId: string };
}

/** What the fixtures' placeholders stand for in this tenant, made once (writes are by the leader, Claire). */
interface TenantFacts {
  file: { driveId: string; itemId: string; staleETag: string };
  seriesMasterId: string;
  occurrenceId: string;
  staleOccurrenceETag: string;
  chatId: string;
  listId: string;
  taskId: string;
}

let facts: TenantFacts | null = null;
let unique = 0;

async function putAgenda(text: string): Promise<DriveItemJson> {
  const response = await tenant.fetchAs(claire, `${AGENDA_PATH}/content`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: text,
  });
  return json<DriveItemJson>(response, 'writing the agenda file');
}

async function occurrenceOf(masterId: string): Promise<{ id: string; eTag: string; body: string }> {
  const view = await json<{ value: { id: string; seriesMasterId: string | null }[] }>(
    await tenant.fetchAs(
      claire,
      `/me/calendarView?startDateTime=${WINDOW.start}&endDateTime=${WINDOW.end}&$select=id,seriesMasterId&$top=100`,
    ),
    'reading the week',
  );
  const id = view.value.find((event) => event.seriesMasterId === masterId)?.id;
  if (!id) throw new Error(`No occurrence of ${DANIEL_ONE_ON_ONE} this week`);
  const event = await json<{ '@odata.etag': string; body: { content: string } }>(
    await tenant.fetchAs(claire, `/me/events/${encodeURIComponent(id)}?$select=id,body`),
    'reading the occurrence',
  );
  return { id, eTag: event['@odata.etag'], body: event.body.content };
}

async function prepareFacts(): Promise<TenantFacts> {
  // The agenda file, written twice so that the first eTag is stale.
  const first = await putAgenda(JSON.stringify({ topics: [] }));
  await putAgenda(JSON.stringify({ topics: [], version: 2 }));

  const events = await json<{ value: { id: string; subject: string; type: string }[] }>(
    await tenant.fetchAs(claire, '/me/events?$select=id,subject,type&$top=100'),
    'listing events',
  );
  const master = events.value.find((e) => e.subject === DANIEL_ONE_ON_ONE && e.type === 'seriesMaster');
  if (!master) throw new Error(`No series master "${DANIEL_ONE_ON_ONE}"`);
  // An occurrence's eTag, then a save that makes it stale.
  const before = await occurrenceOf(master.id);
  await json(
    await tenant.fetchAs(claire, `/me/events/${encodeURIComponent(before.id)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ body: { contentType: 'html', content: before.body } }),
    }),
    'saving the occurrence',
  );

  const chatId = tenant.emulator.chatIdForEvent(DANIEL_ONE_ON_ONE);
  if (!chatId) throw new Error(`No meeting chat for "${DANIEL_ONE_ON_ONE}"`);

  const list = await json<{ id: string }>(
    await tenant.fetchAs(claire, '/me/todo/lists', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ displayName: '1:1 action items' }),
    }),
    'creating a To Do list',
  );
  const task = await json<{ id: string }>(
    await tenant.fetchAs(claire, `/me/todo/lists/${encodeURIComponent(list.id)}/tasks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Book the training',
        linkedResources: [
          {
            webUrl: 'https://contoso.example/',
            applicationName: '1:1 Agenda',
            displayName: '1:1',
            externalId: 'x1',
          },
        ],
      }),
    }),
    'creating a task',
  );
  return {
    file: { driveId: first.parentReference.driveId, itemId: first.id, staleETag: first.eTag },
    seriesMasterId: master.id,
    occurrenceId: before.id,
    staleOccurrenceETag: before.eTag,
    chatId,
    listId: list.id,
    taskId: task.id,
  };
}

/** A placeholder's value now (eTags and bodies are read when the request is sent, so they are current). */
async function placeholderValue(name: ContractPlaceholder): Promise<string> {
  facts ??= await prepareFacts();
  const f = facts;
  const item = () =>
    tenant
      .fetchAs(claire, `/drives/${f.file.driveId}/items/${f.file.itemId}`)
      .then((r) => json<DriveItemJson>(r, 'reading the agenda file'));
  switch (name) {
    case 'driveId':
      return f.file.driveId;
    case 'itemId':
      return f.file.itemId;
    case 'fileETag':
      return (await item()).eTag;
    case 'staleFileETag':
      return f.file.staleETag;
    case 'seriesMasterId':
      return f.seriesMasterId;
    case 'occurrenceId':
      return f.occurrenceId;
    case 'occurrenceETag':
      return (await occurrenceOf(f.seriesMasterId)).eTag;
    case 'staleOccurrenceETag':
      return f.staleOccurrenceETag;
    case 'occurrenceBody':
      return (await occurrenceOf(f.seriesMasterId)).body;
    case 'chatId':
      return f.chatId;
    case 'listId':
      return f.listId;
    case 'taskId':
      return f.taskId;
    case 'windowStart':
      return WINDOW.start;
    case 'windowEnd':
      return WINDOW.end;
    case 'unique':
      return String(++unique);
  }
}

/** Every `{placeholder}` in the text, filled in (path segments URL-encoded, other text as is). */
async function fill(text: string, encode: boolean): Promise<string> {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(/\{([A-Za-z]+)\}/g)) {
    const value = await placeholderValue(match[1] as ContractPlaceholder);
    out += text.slice(last, match.index) + (encode ? encodeURIComponent(value) : value);
    last = (match.index ?? 0) + match[0].length;
  }
  return out + text.slice(last);
}

async function fillJson(value: unknown): Promise<unknown> {
  if (typeof value === 'string') return fill(value, false);
  if (Array.isArray(value)) return Promise.all(value.map(fillJson));
  if (value && typeof value === 'object') {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, entry]) => [key, await fillJson(entry)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

/** Sends the fixture's request; lists every way the answer differs from the documented one. */
async function contractProblems(contract: GraphContract): Promise<string[]> {
  const { request, response: expected } = contract;
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers ?? {}))
    headers.set(name, await fill(value, false));
  let body: string | undefined;
  if (typeof request.body === 'string') body = await fill(request.body, false);
  else if (request.body !== undefined) {
    body = JSON.stringify(await fillJson(request.body));
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  }
  const path = await fill(request.path, true);
  if (request.fault) tenant.emulator.faults.enqueue(request.fault);
  // A 302 is the documented answer for a download: see it rather than follow it.
  const init: RequestInit = { method: request.method, headers, body, redirect: 'manual' };
  const response = request.as
    ? await tenant.fetchAs(SEED_PEOPLE[request.as], path, init)
    : await fetch(`https://graph.microsoft.com/v1.0${path}`, init);

  const problems: string[] = [];
  const statuses: readonly number[] =
    typeof expected.status === 'number' ? [expected.status] : expected.status;
  if (!statuses.includes(response.status))
    problems.push(`status ${response.status}, documented ${statuses.join(' or ')}`);
  for (const [name, pattern] of Object.entries(expected.headers ?? {})) {
    const value = response.headers.get(name);
    if (value === null || !pattern.test(value))
      problems.push(`header ${name}: ${value ?? 'missing'}, documented ${pattern}`);
  }
  const text = await response.text();
  if (expected.body === null) return problems;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [...problems, `body is not JSON: ${text.slice(0, 200)}`];
  }
  const result = expected.body.safeParse(parsed);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(`body.${issue.path.join('.')}: ${issue.message}`);
  }
  return problems;
}

describe('the emulator answers every Graph request of the app as Microsoft documents it', () => {
  for (const [area, contracts] of Object.entries(GRAPH_CONTRACTS)) {
    describe(area, () => {
      for (const contract of contracts) {
        const check = async () => {
          expect(await contractProblems(contract), contract.documentedAt).toEqual([]);
        };
        if (contract.knownDeviation) {
          // A known deviation of the emulator from the documented contract (named in the title): this test
          // fails until the emulator is fixed, and then turns red so that the mark is removed.
          it.fails(`${contract.name} [known deviation: ${contract.knownDeviation}]`, check);
        } else {
          it(contract.name, check);
        }
      }
    });
  }
});

/** `/me/events/{occurrenceId}` → a pattern for concrete paths (ids and `:/path:` segments vary). */
function pathPattern(template: string): RegExp {
  const path = template.split('?')[0] ?? template;
  const pattern = path
    .split(/(:\/[^:]+:|\{[A-Za-z]+\})/)
    .map((part) => {
      if (/^:\/[^:]+:$/.test(part)) return ':/.+:';
      if (/^\{[A-Za-z]+\}$/.test(part)) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${pattern}$`);
}

interface SentRequest {
  method: string;
  path: string;
}

describe('every endpoint the app calls has a contract', () => {
  it('runs each Graph adapter and use case that calls Graph, and finds a fixture for each request sent', async () => {
    // The fixtures' own setup (listing events, writing the agenda file) is not the app's: do it first.
    const chatId = await placeholderValue('chatId');
    const sent: SentRequest[] = [];
    const reading: Promise<void>[] = [];
    const record = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.hostname !== 'graph.microsoft.com') return;
      const path = decodeURIComponent(url.pathname.replace(/^\/v1\.0/, ''));
      sent.push({ method: request.method, path });
      if (path !== '/$batch') return;
      // Each step of a batch is a request of its own.
      reading.push(
        request
          .clone()
          .json()
          .then((batch: { requests?: { method: string; url: string }[] }) => {
            for (const step of batch.requests ?? []) {
              sent.push({
                method: step.method,
                path: decodeURIComponent(step.url.split('?')[0] ?? step.url),
              });
            }
          }),
      );
    };
    tenant.server.events.on('request:start', record);
    try {
      const graph = connectAs(tenant, claire);
      const people = await getPeopleAroundMe(graph);
      const view = await listCalendarView(graph, { start: `${WINDOW.start}Z`, end: '2026-12-14T00:00:00Z' });
      const masters = [...new Set(view.events.flatMap((e) => (e.seriesMasterId ? [e.seriesMasterId] : [])))];
      await getSeriesRecurrences(graph, masters);
      await getSeriesCancellations(graph, masters);
      await getEventBodies(
        graph,
        view.events.slice(0, 3).map((e) => e.id),
      );
      await getMeetingChatInfo(graph, chatId);
      await getAvailability(graph, [claire, SEED_PEOPLE.daniel], {
        start: new Date(`${WINDOW.start}Z`),
        end: new Date(`${WINDOW.end}Z`),
      });
      const created = await writeDriveFile(graph, { appFolderPath: 'contracts/coverage.json' }, '{}', {
        ifNoneMatch: '*',
      });
      await writeDriveFile(graph, created, '{"a":1}', { ifMatch: created.eTag });
      await readDriveFile(graph, { appFolderPath: 'contracts/coverage.json' });
      await readDriveFile(graph, { driveId: created.driveId, itemId: created.itemId });
      await shareDriveFileWith(graph, created, SEED_PEOPLE.daniel, 'write');
      const listId = await ensureActionItemList(graph);
      const taskId = await createLinkedTask(graph, listId, {
        title: 'Send the draft',
        dueDate: '2026-12-01',
        timeZone: 'America/Toronto',
        link: { webUrl: 'https://contoso.example/', displayName: '1:1', externalId: 'coverage-1' },
      });
      expect(await getMailboxTimeZone(graph)).toBe('America/New_York');
      await listLinkedTasks(graph, listId, 'America/Toronto');
      await setTaskDetails(graph, listId, taskId, {
        title: 'Send the draft v2',
        dueDate: null,
        timeZone: 'America/Toronto',
      });
      await setTaskCompleted(graph, listId, taskId, true);
      const next = view.events.find(
        (e) => e.isOrganizer && e.kind === 'occurrence' && Date.parse(e.start) > DEFAULT_TEST_NOW.getTime(),
      );
      if (!next) throw new Error('No upcoming occurrence Claire organizes');
      const attached = await attachAgendaToInvite({
        graph,
        store: memoryKeyValueStore(),
        userId: people.me.id,
        occurrence: { eventId: next.id, start: next.start, isOrganizer: true },
        agenda: {
          locale: 'en',
          sections: [],
          actionItems: [],
          links: { teamsDeepLink: '', webUrl: 'https://agenda.contoso.ca/' },
        },
        now: DEFAULT_TEST_NOW,
        trigger: 'automatic',
      });
      expect(attached).toBe('attached');
      const scheduled = await scheduleOneOnOne({
        graph,
        store: memoryKeyValueStore(),
        deployment: { appOrigin: 'https://agenda.contoso.ca', teamsAppId: null },
        locale: 'en',
        me: people.me,
        report: { email: SEED_PEOPLE.aisha, name: 'Aisha Benali' },
        interval: 2,
        timeZone: 'America/Toronto',
        now: DEFAULT_TEST_NOW,
      });
      expect(scheduled.kind).toBe('scheduled');
      await Promise.all(reading);
    } finally {
      tenant.server.events.removeListener('request:start', record);
    }

    const contracts = Object.values(GRAPH_CONTRACTS).flat();
    const covered = (request: SentRequest) =>
      contracts.some(
        (contract) =>
          contract.request.method === request.method && pathPattern(contract.request.path).test(request.path),
      );
    const distinct = [...new Map(sent.map((r) => [`${r.method} ${r.path}`, r])).values()];
    expect(distinct.length).toBeGreaterThan(15);
    expect(
      distinct.filter((request) => !covered(request)).map((r) => `${r.method} ${r.path}`),
      'requests without a contract in tests/contract/fixtures',
    ).toEqual([]);
  });
});
