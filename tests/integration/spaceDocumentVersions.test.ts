import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryPerson } from '../../src/domain/calendarEvent';
import type { SpaceEdit } from '../../src/domain/space/spaceEdits';
import type { GraphConnection } from '../../src/graph/createGraphClient';
import { readDriveFile, writeDriveFile } from '../../src/graph/driveFiles';
import { getPeopleAroundMe } from '../../src/graph/people';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import { AGENDA_PATHS, openAgendaSession } from '../../src/services/agenda/agendaSession';
import { connectAs } from '../support/demoGraphConnection';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

/**
 * The space file across app versions, through the storage layer and the emulator: a version 1 file is
 * read, left as it is until the next edit, then written as version 2 with nothing lost; a file from a
 * newer version is never written.
 */

const tenant = graphEmulatorPerFile();
let leaderGraph: GraphConnection;
let claire: DirectoryPerson;
let daniel: DirectoryPerson;

beforeAll(async () => {
  leaderGraph = connectAs(tenant, SEED_PEOPLE.claire);
  claire = (await getPeopleAroundMe(leaderGraph)).me;
  daniel = (await getPeopleAroundMe(connectAs(tenant, SEED_PEOPLE.daniel))).me;
});

const V1_EVERYDAY = readFileSync(join(import.meta.dirname, '../fixtures/space-v1/everyday.json'), 'utf8');

async function putSpaceFile(text: string): Promise<void> {
  const location = { appFolderPath: AGENDA_PATHS.space(daniel.email) };
  const existing = await readDriveFile(leaderGraph, location);
  await writeDriveFile(leaderGraph, location, text, existing ? { ifMatch: existing.eTag } : null);
}

async function spaceFileText(): Promise<string | undefined> {
  return (await readDriveFile(leaderGraph, { appFolderPath: AGENDA_PATHS.space(daniel.email) }))?.text;
}

function openAsLeader() {
  return openAgendaSession({
    graph: leaderGraph,
    store: memoryKeyValueStore(),
    participants: {
      me: claire,
      counterpart: { email: daniel.email, name: daniel.displayName },
      myRole: 'leader',
    },
    upcomingEventIds: async () => [],
    now: () => new Date('2026-11-18T15:00:00Z'),
  });
}

const recognition: SpaceEdit = {
  id: 'edit-recognition',
  at: '2026-11-18T15:00:00.000Z',
  by: 'leader',
  type: 'recordFeedback',
  feedbackId: 'feedback-1',
  kind: 'recognition',
  text: 'The permit backlog report was excellent.',
  date: '2026-11-17',
  linkedTo: null,
};

describe('space documents of other app versions', () => {
  it('reads a version 1 file, leaves it until the next edit, then writes version 2 with nothing lost', async () => {
    await putSpaceFile(V1_EVERYDAY);
    const leader = await openAsLeader();
    expect(leader.space?.snapshot().status.state).toBe('saved');
    expect(leader.space?.snapshot().document?.version).toBe(2);
    // Opening alone writes nothing.
    expect(await spaceFileText()).toBe(V1_EVERYDAY);

    leader.space?.submit(recognition);
    await leader.space?.flush();
    const written = JSON.parse((await spaceFileText()) ?? '{}');
    const v1 = JSON.parse(V1_EVERYDAY);
    expect(written.version).toBe(2);
    expect(written.topics).toEqual(v1.topics);
    expect(written.actionItems).toEqual(v1.actionItems);
    expect(written.occurrenceNotes).toEqual(v1.occurrenceNotes);
    expect(written.feedback.map((f: { text: string }) => f.text)).toEqual([
      'The permit backlog report was excellent.',
    ]);
  });

  it('never writes a file made by a newer version, and says so as its own state', async () => {
    const newer = JSON.stringify({ ...JSON.parse(V1_EVERYDAY), version: 3, somethingNew: [{ id: 'x' }] });
    await putSpaceFile(newer);
    const leader = await openAsLeader();
    const status = leader.space?.snapshot().status;
    expect(status?.state === 'unreadable' && status.reason).toBe('newer-version');
    // Shown read-only: what this version can read of it, never the document it edits.
    expect(leader.space?.snapshot().readOnlyDocument?.topics).toEqual(JSON.parse(V1_EVERYDAY).topics);
    expect(leader.space?.snapshot().document).toBeNull();

    leader.space?.submit(recognition);
    await leader.space?.flush();
    expect(await spaceFileText()).toBe(newer);
    expect(leader.space?.snapshot().pendingEdits).toBe(1);
  });
});
