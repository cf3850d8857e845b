import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpaceEdit } from '../../src/domain/space/spaceEdits';
import type { GraphConnection } from '../../src/graph/createGraphClient';
import { ACTION_ITEM_LIST_NAME } from '../../src/graph/todoTasks';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import type { AgendaSession } from '../../src/services/agenda/agendaSession';
import { openPairAgenda } from '../../src/services/agenda/openPairAgenda';
import { syncActionItemTasks } from '../../src/services/todo/syncActionItemTasks';
import { connectAs } from '../support/demoGraphConnection';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

// One clock for the app's stamps and To Do's: the real one (To Do's "last modified" decides who changed last).
const tenant = graphEmulatorPerFile({ now: () => new Date() });
let graph: GraphConnection;
let session: AgendaSession;
const store = memoryKeyValueStore();
// Shared by the syncs, as in the app: after the first one, the list is not looked up again.
const listCache = { listId: null as string | null };

beforeAll(async () => {
  graph = connectAs(tenant, SEED_PEOPLE.claire);
  session = (await openPairAgenda({ graph, store, counterpartEmail: SEED_PEOPLE.daniel })).session;
});
afterAll(() => session.dispose());

const space = () => {
  if (!session.space) throw new Error('no space');
  return session.space;
};
const sync = () =>
  syncActionItemTasks({
    graph,
    store,
    userId: 'claire',
    spaces: [
      {
        space: space(),
        myRole: 'leader',
        webUrl: 'https://agenda.contoso.ca/?space=x',
        linkTitle: '1:1 with Daniel Okafor',
      },
    ],
    timeZone: 'America/Toronto',
    now: () => new Date(),
    listCache,
  });

type EditBody = SpaceEdit extends infer E
  ? E extends SpaceEdit
    ? Omit<E, 'id' | 'at' | 'by'>
    : never
  : never;

async function edit(edit: EditBody): Promise<void> {
  space().submit({
    ...edit,
    id: crypto.randomUUID(),
    at: new Date().toISOString(),
    by: 'leader',
  } as SpaceEdit);
  await space().flush();
}

interface Task {
  id: string;
  title: string;
  status: string;
  dueDateTime?: { dateTime: string; timeZone: string };
  linkedResources: { webUrl: string; applicationName: string; displayName: string; externalId: string }[];
}

async function tasks(): Promise<{ listId: string; tasks: Task[] }> {
  const lists = (await (await tenant.fetchAs(SEED_PEOPLE.claire, '/me/todo/lists')).json()) as {
    value: { id: string; displayName: string }[];
  };
  const list = lists.value.find((candidate) => candidate.displayName === ACTION_ITEM_LIST_NAME);
  if (!list) return { listId: '', tasks: [] };
  const page = await tenant.fetchAs(
    SEED_PEOPLE.claire,
    `/me/todo/lists/${list.id}/tasks?$expand=linkedResources&$top=100`,
  );
  return { listId: list.id, tasks: ((await page.json()) as { value: Task[] }).value };
}

const itemStatus = (id: string) =>
  space()
    .snapshot()
    .document?.actionItems.find((item) => item.id === id)?.status;

async function patchTask(taskId: string, status: string): Promise<void> {
  const { listId } = await tasks();
  const response = await tenant.fetchAs(SEED_PEOPLE.claire, `/me/todo/lists/${listId}/tasks/${taskId}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ status }),
  });
  expect(response.status).toBe(200);
}

describe('action items in Microsoft To Do', () => {
  it('makes a task, with a link back to the 1:1, of each open item the user owns', async () => {
    await edit({
      type: 'addActionItem',
      actionItemId: 'mine',
      text: 'Book the offsite room',
      owner: 'leader',
      dueDate: '2026-12-04',
      createdInOccurrence: null,
    });
    await edit({
      type: 'addActionItem',
      actionItemId: 'his',
      text: 'Draft the plan',
      owner: 'employee',
      dueDate: null,
      createdInOccurrence: null,
    });
    expect(await sync()).toEqual({ created: 1, completed: 0, reopened: 0, closed: 0, updated: 0 });
    const { tasks: made } = await tasks();
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      title: 'Book the offsite room',
      status: 'notStarted',
      // Midnight in Toronto, kept by To Do as an instant and answered in UTC.
      dueDateTime: { dateTime: '2026-12-04T05:00:00.0000000', timeZone: 'UTC' },
      linkedResources: [
        {
          webUrl: 'https://agenda.contoso.ca/?space=x',
          applicationName: '1:1 Agenda',
          displayName: '1:1 with Daniel Okafor',
          externalId: `${space().snapshot().document?.spaceId}/mine`,
        },
      ],
    });
    // Nothing changes on a second run.
    expect(await sync()).toEqual({ created: 0, completed: 0, reopened: 0, closed: 0, updated: 0 });
  });

  it('closes the item at the next sync when the task is completed in To Do', async () => {
    const [task] = (await tasks()).tasks;
    await patchTask(task?.id ?? '', 'completed');
    expect(await sync()).toEqual({ created: 0, completed: 0, reopened: 0, closed: 1, updated: 0 });
    expect(itemStatus('mine')).toBe('done');
    expect(space().snapshot().pendingEdits).toBe(0);
    expect(await sync()).toEqual({ created: 0, completed: 0, reopened: 0, closed: 0, updated: 0 });
  });

  it('reopens the task when the item is reopened in the app, and completes it when the item is closed', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    await edit({ type: 'setActionItemStatus', actionItemId: 'mine', status: 'open', occurrence: null });
    expect(await sync()).toEqual({ created: 0, completed: 0, reopened: 1, closed: 0, updated: 0 });
    expect((await tasks()).tasks[0]?.status).toBe('notStarted');

    await edit({ type: 'setActionItemStatus', actionItemId: 'mine', status: 'dropped', occurrence: null });
    expect(await sync()).toEqual({ created: 0, completed: 1, reopened: 0, closed: 0, updated: 0 });
    expect((await tasks()).tasks[0]?.status).toBe('completed');
  });

  it('does not bring back a task the person deleted in To Do', async () => {
    await edit({
      type: 'addActionItem',
      actionItemId: 'second',
      text: 'Call the vendor',
      owner: 'leader',
      dueDate: null,
      createdInOccurrence: null,
    });
    expect((await sync()).created).toBe(1);
    const { listId, tasks: all } = await tasks();
    const second = all.find((task) => task.title === 'Call the vendor');
    await tenant.fetchAs(SEED_PEOPLE.claire, `/me/todo/lists/${listId}/tasks/${second?.id}`, {
      method: 'DELETE',
    });
    expect(await sync()).toEqual({ created: 0, completed: 0, reopened: 0, closed: 0, updated: 0 });
    expect(itemStatus('second')).toBe('open');
  });

  it('gives the open task the title and due date the item was changed to in the app, but keeps a rename made in To Do', async () => {
    await edit({
      type: 'addActionItem',
      actionItemId: 'third',
      text: 'Send the minutes',
      owner: 'leader',
      dueDate: null,
      createdInOccurrence: null,
    });
    expect((await sync()).created).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await edit({
      type: 'editActionItem',
      actionItemId: 'third',
      text: 'Send the minutes to council',
      dueDate: '2026-12-11',
    });
    expect(await sync()).toEqual({ created: 0, completed: 0, reopened: 0, closed: 0, updated: 1 });
    const { listId, tasks: all } = await tasks();
    const third = all.find((task) => task.linkedResources[0]?.externalId.endsWith('/third'));
    expect(third).toMatchObject({
      title: 'Send the minutes to council',
      dueDateTime: { dateTime: '2026-12-11T05:00:00.0000000', timeZone: 'UTC' },
    });
    expect((await sync()).updated).toBe(0);

    // Renamed in To Do afterwards: the person's wording stays, and a due date cleared in the app is not forced.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const renamed = await tenant.fetchAs(SEED_PEOPLE.claire, `/me/todo/lists/${listId}/tasks/${third?.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Minutes → council' }),
    });
    expect(renamed.status).toBe(200);
    expect((await sync()).updated).toBe(0);
    expect((await tasks()).tasks.find((task) => task.id === third?.id)?.title).toBe('Minutes → council');

    // A later edit in the app wins again, and clearing the due date clears it in To Do.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await edit({ type: 'editActionItem', actionItemId: 'third', dueDate: null });
    expect((await sync()).updated).toBe(1);
    const after = (await tasks()).tasks.find((task) => task.id === third?.id);
    expect(after?.title).toBe('Send the minutes to council');
    expect(after?.dueDateTime ?? null).toBeNull();
  });
});
