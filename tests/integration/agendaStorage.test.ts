import { beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryPerson } from '../../src/domain/calendarEvent';
import { privateNoteFor } from '../../src/domain/space/privateNotes';
import type { SpaceEdit } from '../../src/domain/space/spaceEdits';
import type { GraphConnection } from '../../src/graph/createGraphClient';
import { readDriveFile, writeDriveFile } from '../../src/graph/driveFiles';
import { GraphRequestError } from '../../src/graph/graphRequestError';
import { getPeopleAroundMe } from '../../src/graph/people';
import { type KeyValueStore, memoryKeyValueStore } from '../../src/host/keyValueStore';
import {
  AGENDA_PATHS,
  type AgendaParticipants,
  openAgendaSession,
} from '../../src/services/agenda/agendaSession';
import { connectAs } from '../support/demoGraphConnection';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile();
let leaderGraph: GraphConnection;
let employeeGraph: GraphConnection;
let claire: DirectoryPerson;
let daniel: DirectoryPerson;

beforeAll(async () => {
  leaderGraph = connectAs(tenant, SEED_PEOPLE.claire);
  employeeGraph = connectAs(tenant, SEED_PEOPLE.daniel);
  claire = (await getPeopleAroundMe(leaderGraph)).me;
  daniel = (await getPeopleAroundMe(employeeGraph)).me;
});

const NOW = () => new Date('2026-11-18T15:00:00Z');
const leaderSide = (): AgendaParticipants => ({
  me: claire,
  counterpart: { email: daniel.email, name: daniel.displayName },
  myRole: 'leader',
});
const employeeSide = (): AgendaParticipants => ({
  me: daniel,
  counterpart: { email: claire.email, name: claire.displayName },
  myRole: 'employee',
});

function addTopic(by: 'leader' | 'employee', text: string, at = '2026-11-18T15:00:00.000Z'): SpaceEdit {
  return {
    id: crypto.randomUUID(),
    at,
    by,
    type: 'addTopic',
    topicId: crypto.randomUUID(),
    section: 'direction',
    text,
    order: 1,
    createdForOccurrence: null,
  };
}

async function openAsLeader(store: KeyValueStore = memoryKeyValueStore()) {
  return openAgendaSession({
    graph: leaderGraph,
    store,
    participants: leaderSide(),
    upcomingEventIds: async () => [],
    now: NOW,
  });
}

describe('the shared 1:1 space in OneDrive', () => {
  it('is created in the leader app folder, shared with the employee, and carries both people’s topics', async () => {
    const leader = await openAsLeader();
    expect(leader.space?.snapshot().status.state).toBe('saved');
    expect(leader.reference).not.toBeNull();

    const employee = await openAgendaSession({
      graph: employeeGraph,
      store: memoryKeyValueStore(),
      participants: employeeSide(),
      upcomingEventIds: async () => [],
      reference: leader.reference,
      now: NOW,
    });
    employee.space?.submit(addTopic('employee', 'Training budget for next quarter'));
    await employee.space?.flush();
    expect(employee.space?.snapshot().pendingEdits).toBe(0);

    await leader.space?.refresh();
    const topics = leader.space?.snapshot().document?.topics ?? [];
    expect(topics.map((t) => [t.text, t.author])).toContainEqual([
      'Training budget for next quarter',
      'employee',
    ]);
  });

  it('gives the employee 403 on the leader’s private notes, even after the space is shared', async () => {
    const leader = await openAsLeader();
    leader.privateNotes.submit({
      id: 'n1',
      occurrence: '2026-11-24T14:00:00.000Z',
      text: 'Worried about workload',
      at: NOW().toISOString(),
    });
    await leader.privateNotes.flush();
    const notesFile = leader.privateNotes.snapshot().file;
    expect(notesFile).not.toBeNull();
    expect(privateNoteFor(leader.privateNotes.snapshot().document!, '2026-11-24T14:00:00.000Z')).toBe(
      'Worried about workload',
    );

    const failure = await readDriveFile(employeeGraph, {
      driveId: notesFile!.driveId,
      itemId: notesFile!.itemId,
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphRequestError);
    expect((failure as GraphRequestError).kind).toBe('forbidden');
    // The notes never went into the shared document either.
    const shared = await readDriveFile(employeeGraph, leader.reference!);
    expect(shared?.text).not.toContain('Worried about workload');
  });

  it('reports a corrupt shared document and never overwrites it, keeping the edit in the outbox', async () => {
    const corrupt = '{"schema":"one-on-one-space","version":1,"topics":[{"id":1}]'; // truncated
    const path = AGENDA_PATHS.space(daniel.email);
    const existing = await readDriveFile(leaderGraph, { appFolderPath: path });
    await writeDriveFile(
      leaderGraph,
      { appFolderPath: path },
      corrupt,
      existing ? { ifMatch: existing.eTag } : null,
    );

    const store = memoryKeyValueStore();
    const leader = await openAsLeader(store);
    const status = leader.space?.snapshot().status;
    expect(status?.state).toBe('unreadable');
    expect(status?.state === 'unreadable' && status.problems.length).toBeGreaterThan(0);

    leader.space?.submit(addTopic('leader', 'An edit made while the file is broken'));
    await leader.space?.flush();
    expect((await readDriveFile(leaderGraph, { appFolderPath: path }))?.text).toBe(corrupt);
    expect(leader.space?.snapshot().pendingEdits).toBe(1);

    // Restore a readable file for the other tests in this file.
    const broken = await readDriveFile(leaderGraph, { appFolderPath: path });
    await writeDriveFile(leaderGraph, { appFolderPath: path }, existing?.text ?? '', {
      ifMatch: broken!.eTag,
    });
  });

  it('keeps an edit made offline and writes it once Graph answers again', async () => {
    const store = memoryKeyValueStore();
    const leader = await openAgendaSession({
      graph: leaderGraph,
      store,
      participants: leaderSide(),
      upcomingEventIds: async () => [],
      now: NOW,
    });
    tenant.emulator.faults.enqueue({ networkError: true, times: 10, match: '/drives/' });
    leader.space?.submit(addTopic('leader', 'Typed on the train'));
    await leader.space?.flush();
    expect(leader.space?.snapshot().status.state).toBe('offline');
    expect(leader.space?.snapshot().pendingEdits).toBe(1);
    leader.dispose();

    // A reload: a new session from the same device's outbox.
    tenant.emulator.faults.clear();
    const reopened = await openAsLeader(store);
    expect(reopened.space?.snapshot().pendingEdits).toBe(0);
    const saved = await readDriveFile(leaderGraph, reopened.reference!);
    expect(saved?.text).toContain('Typed on the train');
  });

  it('treats a throttled or failing file download as passing: the document goes offline and retries, never to error', async () => {
    const leader = await openAsLeader();
    const reference = leader.reference;
    if (!reference) throw new Error('no space reference');
    for (const [status, kind] of [
      [429, 'throttled'],
      [503, 'unavailable'],
    ] as const) {
      tenant.emulator.faults.enqueue({ status, times: 1, match: 'download.aspx' });
      const failure = await readDriveFile(leaderGraph, reference).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(GraphRequestError);
      expect((failure as GraphRequestError).kind).toBe(kind);
    }

    tenant.emulator.faults.enqueue({ status: 429, times: 1, match: 'download.aspx' });
    await leader.space?.refresh();
    expect(leader.space?.snapshot().status.state).toBe('offline');
    await leader.space?.refresh();
    expect(leader.space?.snapshot().status.state).toBe('saved');
    leader.dispose();
  });

  it('learns the space reference after a failed first load, and shares the space then, without a reopen', async () => {
    const sophieGraph = connectAs(tenant, SEED_PEOPLE.sophie);
    const sophie = (await getPeopleAroundMe(sophieGraph)).me;
    tenant.emulator.faults.enqueue({ networkError: true, times: 50, match: '/drive' });
    const leader = await openAgendaSession({
      graph: leaderGraph,
      store: memoryKeyValueStore(),
      participants: {
        me: claire,
        counterpart: { email: sophie.email, name: sophie.displayName },
        myRole: 'leader',
      },
      upcomingEventIds: async () => [],
      now: NOW,
    });
    expect(leader.space?.snapshot().status.state).toBe('offline');
    expect(leader.reference).toBeNull();
    let referenceSeenByListener: unknown = 'not called';
    leader.space?.subscribe(({ file }) => {
      if (file && referenceSeenByListener === 'not called') referenceSeenByListener = leader.reference;
    });

    tenant.emulator.faults.clear();
    // What the view does when the window gets focus (the outbox's own retry timer would do the same).
    await leader.space?.refresh();
    expect(leader.space?.snapshot().status.state).toBe('saved');
    // Set before the view's listener runs, so "Update invite" appears with the first saved snapshot.
    expect(referenceSeenByListener).toEqual(leader.reference);
    const reference = leader.reference;
    if (!reference) throw new Error('no reference after the space was saved');
    await expect
      .poll(async () => (await readDriveFile(sophieGraph, reference).catch(() => null))?.text ?? '')
      .toContain(sophie.email);
    leader.dispose();
  });

  it('keeps the employee’s topics in their own drive until the space is found, then joins them to it', async () => {
    const ethan = (await getPeopleAroundMe(connectAs(tenant, SEED_PEOPLE.ethan))).me;
    const ethanGraph = connectAs(tenant, SEED_PEOPLE.ethan);
    const ethanSide: AgendaParticipants = {
      me: ethan,
      counterpart: { email: claire.email, name: claire.displayName },
      myRole: 'employee',
    };
    const ethanStore = memoryKeyValueStore();

    const before = await openAgendaSession({
      graph: ethanGraph,
      store: ethanStore,
      participants: ethanSide,
      upcomingEventIds: async () => [],
      now: NOW,
    });
    expect(before.space).toBeNull();
    before.pending?.submit({
      id: 'p1',
      add: addTopic('employee', 'Can we talk about the on-call rotation?'),
    });
    await before.pending?.flush();
    expect(
      (await readDriveFile(ethanGraph, { appFolderPath: AGENDA_PATHS.pendingTopics(claire.email) }))?.text,
    ).toContain('on-call rotation');

    const leader = await openAgendaSession({
      graph: leaderGraph,
      store: memoryKeyValueStore(),
      participants: {
        me: claire,
        counterpart: { email: ethan.email, name: ethan.displayName },
        myRole: 'leader',
      },
      upcomingEventIds: async () => [],
      now: NOW,
    });
    const after = await openAgendaSession({
      graph: ethanGraph,
      store: ethanStore,
      participants: ethanSide,
      upcomingEventIds: async () => [],
      reference: leader.reference,
      now: NOW,
    });
    expect(after.space?.snapshot().document?.topics.map((t) => t.text)).toContain(
      'Can we talk about the on-call rotation?',
    );
    await leader.space?.refresh();
    expect(leader.space?.snapshot().document?.topics.map((t) => t.text)).toContain(
      'Can we talk about the on-call rotation?',
    );
    expect(after.pending?.snapshot().document?.edits).toEqual([]);
  });
});
