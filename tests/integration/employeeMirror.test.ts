import { describe, expect, it } from 'vitest';
import { buildPeriodRecord } from '../../src/domain/record/buildPeriodRecord';
import { last12Months } from '../../src/domain/record/recordPeriod';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import { AGENDA_PATHS } from '../../src/services/agenda/agendaSession';
import { openPairAgenda } from '../../src/services/agenda/openPairAgenda';
import { readEmployeeMirror, refreshEmployeeMirror } from '../../src/services/record/employeeMirror';
import { connectAs } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerTest, SEED_PEOPLE } from '../support/graphEmulatorServer';

const startTenant = graphEmulatorPerTest();
const now = () => DEFAULT_TEST_NOW;

describe("the employee's own copy of the space", () => {
  it('is merged from the shared space on each open and stays readable once the leader’s file is gone', async () => {
    const tenant = startTenant();
    const claire = connectAs(tenant, SEED_PEOPLE.claire);
    const daniel = connectAs(tenant, SEED_PEOPLE.daniel);
    const leader = await openPairAgenda({
      graph: claire,
      store: memoryKeyValueStore(),
      counterpartEmail: SEED_PEOPLE.daniel,
      now,
    });
    const leaderSpace = leader.session.space;
    if (!leaderSpace) throw new Error('no space');
    const addNote = (occurrence: string, text: string) =>
      leaderSpace.submit({
        id: `n-${occurrence}`,
        at: occurrence.replace('T14', 'T15'),
        by: 'leader',
        type: 'setSharedNote',
        occurrence,
        text,
      });
    addNote('2026-11-10T14:00:00.000Z', 'First shared note');
    leader.session.privateNotes.submit({
      id: 'p1',
      occurrence: '2026-11-10T14:00:00.000Z',
      text: 'CLAIRE PRIVATE',
      at: '2026-11-10T15:00:00.000Z',
    });
    await Promise.all([leaderSpace.flush(), leader.session.privateNotes.flush()]);

    const open = () =>
      openPairAgenda({
        graph: daniel,
        store: memoryKeyValueStore(),
        counterpartEmail: SEED_PEOPLE.claire,
        reference: leader.session.reference,
        now,
      });
    const first = await open();
    const shared = first.session.space?.snapshot().document;
    if (!shared) throw new Error('Daniel cannot read the space');
    await refreshEmployeeMirror(daniel, shared);
    expect((await readEmployeeMirror(daniel, SEED_PEOPLE.claire)).kind).toBe('found');
    // Only Daniel can read his copy: it is in his drive.
    expect((await readEmployeeMirror(claire, SEED_PEOPLE.claire)).kind).toBe('missing');

    addNote('2026-11-17T14:00:00.000Z', 'Second shared note');
    await leaderSpace.flush();
    const second = await open();
    const sharedAgain = second.session.space?.snapshot().document;
    if (!sharedAgain) throw new Error('Daniel cannot read the space');
    await refreshEmployeeMirror(daniel, sharedAgain);

    // The leader leaves: the shared file is deleted with her OneDrive.
    const file = leaderSpace.snapshot().file;
    if (!file) throw new Error('no file');
    leader.session.dispose();
    const deleted = await tenant.fetchAs(
      SEED_PEOPLE.claire,
      `/me/drive/special/approot:/${AGENDA_PATHS.space(SEED_PEOPLE.daniel)}:`,
      { method: 'DELETE' },
    );
    expect(deleted.status).toBe(204);
    const afterwards = await open();
    expect(afterwards.session.space?.snapshot().document ?? null).toBeNull();

    const mirror = await readEmployeeMirror(daniel, SEED_PEOPLE.claire);
    if (mirror.kind !== 'found') throw new Error(`mirror ${mirror.kind}`);
    const texts = mirror.document.occurrenceNotes.map((note) => note.text);
    expect(texts).toEqual(expect.arrayContaining(['First shared note', 'Second shared note']));
    const record = buildPeriodRecord(mirror.document, {
      period: last12Months('2026-11-18'),
      occurrences: [],
      cancelledDates: [],
      now: DEFAULT_TEST_NOW,
      timeZone: 'America/Toronto',
    });
    expect(record.meetings.occurrences.flatMap((m) => m.notes.map((n) => n.text))).toContain(
      'Second shared note',
    );
    expect(JSON.stringify(mirror.document)).not.toContain('CLAIRE PRIVATE');
    for (const session of [first, second, afterwards]) session.session.dispose();
  });
});
