import { describe, expect, it } from 'vitest';
import { createGraphEmulator } from '../../src/demo/graphEmulator';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import { parseDemoSeed } from '../../src/demo/seed/demoSeedSchema';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile({ resetBeforeEach: true });

const { claire, daniel } = SEED_PEOPLE;

interface TaskJson {
  id: string;
  title: string;
  status: string;
  completedDateTime?: { dateTime: string; timeZone: string } | null;
  lastModifiedDateTime: string;
  linkedResources?: { id: string; webUrl: string; applicationName: string; externalId: string }[];
}

async function send<T>(
  user: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const response = await tenant.fetchAs(user, path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : null) as T };
}

async function newList(user = claire): Promise<string> {
  const { status, json } = await send<{ id: string; displayName: string }>(user, 'POST', '/me/todo/lists', {
    displayName: '1:1 action items',
  });
  expect(status).toBe(201);
  return json.id;
}

const LINK = {
  webUrl: 'https://agenda.contoso.ca/?space=abc',
  applicationName: '1:1 Agenda',
  displayName: '1:1 with Daniel Okafor',
  externalId: 'space-1/item-1',
};

describe('To Do lists', () => {
  it('has a default "Tasks" list for everyone, and lists created by the user', async () => {
    const before = await send<{ value: { displayName: string; wellknownListName: string }[] }>(
      claire,
      'GET',
      '/me/todo/lists',
    );
    expect(before.json.value).toEqual([
      expect.objectContaining({ displayName: 'Tasks', wellknownListName: 'defaultList' }),
    ]);
    await newList();
    const after = await send<{ value: { displayName: string }[] }>(claire, 'GET', '/me/todo/lists');
    expect(after.json.value.map((list) => list.displayName)).toEqual(['Tasks', '1:1 action items']);
    // Per user: Daniel does not see Claire's list, and cannot reach her To Do.
    const his = await send<{ value: unknown[] }>(daniel, 'GET', '/me/todo/lists');
    expect(his.json.value).toHaveLength(1);
    expect((await send(daniel, 'GET', `/users/${claire}/todo/lists`)).status).toBe(403);
  });

  it('renames and deletes a list; the default list cannot be deleted', async () => {
    const id = await newList();
    expect((await send(claire, 'PATCH', `/me/todo/lists/${id}`, { displayName: 'Renamed' })).status).toBe(
      200,
    );
    expect((await send(claire, 'DELETE', `/me/todo/lists/${id}`)).status).toBe(204);
    expect((await send(claire, 'GET', `/me/todo/lists/${id}`)).status).toBe(404);
    const lists = await send<{ value: { id: string }[] }>(claire, 'GET', '/me/todo/lists');
    expect((await send(claire, 'DELETE', `/me/todo/lists/${lists.json.value[0]?.id}`)).status).toBe(400);
  });
});

describe('To Do tasks and linked resources', () => {
  it('answers a due date in UTC whatever zone it was written in, as To Do does', async () => {
    const listId = await newList();
    const created = await send<TaskJson & { dueDateTime?: unknown }>(
      claire,
      'POST',
      `/me/todo/lists/${listId}/tasks`,
      {
        title: 'Book the room',
        dueDateTime: { dateTime: '2026-12-10T00:00:00', timeZone: 'Eastern Standard Time' },
      },
    );
    expect(created.status).toBe(201);
    const expected = { dateTime: '2026-12-10T05:00:00.0000000', timeZone: 'UTC' };
    expect(created.json.dueDateTime).toEqual(expected);
    const listed = await send<{ value: (TaskJson & { dueDateTime?: unknown })[] }>(
      claire,
      'GET',
      `/me/todo/lists/${listId}/tasks`,
    );
    expect(listed.json.value[0]?.dueDateTime).toEqual(expected);
    const bad = await send(claire, 'POST', `/me/todo/lists/${listId}/tasks`, {
      title: 'x',
      dueDateTime: { dateTime: '2026-12-10T00:00:00', timeZone: 'Mars/Olympus' },
    });
    expect(bad.status).toBe(400);
  });

  it('creates a task with a linked resource inline, and returns the resources with $expand only', async () => {
    const listId = await newList();
    const created = await send<TaskJson>(claire, 'POST', `/me/todo/lists/${listId}/tasks`, {
      title: 'Send the Q1 plan',
      dueDateTime: { dateTime: '2026-11-27T00:00:00', timeZone: 'UTC' },
      linkedResources: [LINK],
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      title: 'Send the Q1 plan',
      status: 'notStarted',
      linkedResources: [LINK],
    });

    const plain = await send<{ value: TaskJson[] }>(claire, 'GET', `/me/todo/lists/${listId}/tasks`);
    expect(plain.json.value[0]).not.toHaveProperty('linkedResources');
    const expanded = await send<{ value: TaskJson[] }>(
      claire,
      'GET',
      `/me/todo/lists/${listId}/tasks?$expand=linkedResources`,
    );
    expect(expanded.json.value[0]?.linkedResources).toEqual([expect.objectContaining(LINK)]);
    expect((await send(claire, 'GET', `/me/todo/lists/${listId}/tasks?$expand=attachments`)).status).toBe(
      400,
    );
  });

  it('completes a task (completedDateTime set), reopens it (cleared), and deletes it', async () => {
    const listId = await newList();
    const { json: task } = await send<TaskJson>(claire, 'POST', `/me/todo/lists/${listId}/tasks`, {
      title: 'A',
    });
    const done = await send<TaskJson>(claire, 'PATCH', `/me/todo/lists/${listId}/tasks/${task.id}`, {
      status: 'completed',
    });
    expect(done.json.status).toBe('completed');
    expect(done.json.completedDateTime).toEqual({ dateTime: '2026-11-18T15:00:00.0000000', timeZone: 'UTC' });
    expect(done.json.lastModifiedDateTime).toBe('2026-11-18T15:00:00.0000000Z');
    const reopened = await send<TaskJson>(claire, 'PATCH', `/me/todo/lists/${listId}/tasks/${task.id}`, {
      status: 'notStarted',
    });
    expect(reopened.json.completedDateTime ?? null).toBeNull();
    expect(
      (await send(claire, 'PATCH', `/me/todo/lists/${listId}/tasks/${task.id}`, { status: 'finished' }))
        .status,
    ).toBe(400);
    expect((await send(claire, 'DELETE', `/me/todo/lists/${listId}/tasks/${task.id}`)).status).toBe(204);
    expect((await send(claire, 'GET', `/me/todo/lists/${listId}/tasks/${task.id}`)).status).toBe(404);
  });

  it('adds, lists and removes linked resources of a task', async () => {
    const listId = await newList();
    const { json: task } = await send<TaskJson>(claire, 'POST', `/me/todo/lists/${listId}/tasks`, {
      title: 'B',
    });
    const base = `/me/todo/lists/${listId}/tasks/${task.id}/linkedResources`;
    const added = await send<{ id: string }>(claire, 'POST', base, LINK);
    expect(added.status).toBe(201);
    const listed = await send<{ value: { id: string }[] }>(claire, 'GET', base);
    expect(listed.json.value).toEqual([expect.objectContaining({ ...LINK, id: added.json.id })]);
    expect((await send(claire, 'DELETE', `${base}/${added.json.id}`)).status).toBe(204);
    expect((await send<{ value: unknown[] }>(claire, 'GET', base)).json.value).toEqual([]);
  });

  it('pages tasks (10 by default) with a nextLink', async () => {
    const listId = await newList();
    for (let index = 0; index < 12; index++) {
      await send(claire, 'POST', `/me/todo/lists/${listId}/tasks`, { title: `Task ${index}` });
    }
    const first = await send<{ value: TaskJson[]; '@odata.nextLink': string }>(
      claire,
      'GET',
      `/me/todo/lists/${listId}/tasks`,
    );
    expect(first.json.value).toHaveLength(10);
    const second = await send<{ value: TaskJson[] }>(claire, 'GET', first.json['@odata.nextLink']);
    expect(second.json.value.map((task) => task.title)).toEqual(['Task 10', 'Task 11']);
  });

  it('keeps To Do in the state: a seed or saved state with lists loads, validated, and moves with the weeks', () => {
    const seed = loadDefaultDemoSeed();
    const withTodo = parseDemoSeed(
      {
        ...seed,
        todoLists: [
          {
            owner: seed.users[0]?.id,
            id: 'list-1',
            displayName: '1:1 action items',
            tasks: [
              {
                id: 't1',
                title: 'T',
                dueDateTime: { dateTime: '2026-11-20T00:00:00.0000000', timeZone: 'UTC' },
              },
            ],
          },
        ],
      },
      'test seed',
    );
    const later = createGraphEmulator({ seed: withTodo, now: () => new Date('2026-12-02T15:00:00Z') });
    expect(later.getState().todoLists?.[0]?.tasks?.[0]?.dueDateTime?.dateTime).toBe(
      '2026-12-04T00:00:00.0000000',
    );
    expect(() =>
      parseDemoSeed({ ...seed, todoLists: [{ owner: 'x', id: 'l', displayName: '' }] }, 'bad seed'),
    ).toThrow(/todoLists\[0\]\.displayName/);
  });
});
