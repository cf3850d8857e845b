import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SectionId } from '../../src/domain/space/agendaSections';
import { createSpaceDocument } from '../../src/domain/space/createSpaceDocument';
import { nextEditTime } from '../../src/domain/space/nextEditTime';
import { parseSpaceDocument, serializeSpaceDocument } from '../../src/domain/space/parseSpaceDocument';
import type { SpaceDocument } from '../../src/domain/space/spaceDocument';
import { applySpaceEdits, type SpaceEdit } from '../../src/domain/space/spaceEdits';
import type { SpaceRole } from '../../src/domain/space/spaceStamp';
import type { GraphConnection } from '../../src/graph/createGraphClient';
import { readDriveFile, shareDriveFileWith } from '../../src/graph/driveFiles';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import { spaceDocumentCodec } from '../../src/services/agenda/agendaDocumentCodecs';
import { SyncedDriveDocument } from '../../src/services/storage/syncedDriveDocument';
import { connectAs } from '../support/demoGraphConnection';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const RUNS = 500;
const SECTIONS: SectionId[] = ['checkIn', 'direction', 'capability', 'accountability'];

type Step =
  | { kind: 'edit'; side: SpaceRole; op: number; pick: number; text: string; section: number }
  | { kind: 'flushBoth' }
  | { kind: 'refresh'; side: SpaceRole }
  | { kind: 'drop' }
  | { kind: 'unavailable' };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      side: fc.constantFrom<SpaceRole>('leader', 'employee'),
      op: fc.nat(5),
      pick: fc.nat(),
      text: fc.string({ minLength: 1, maxLength: 12 }),
      section: fc.nat(3),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'flushBoth' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('refresh' as const),
      side: fc.constantFrom<SpaceRole>('leader', 'employee'),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'drop' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'unavailable' as const }) },
);

const tenant = graphEmulatorPerFile();
let leaderGraph: GraphConnection;
let employeeGraph: GraphConnection;

beforeAll(() => {
  // No client-side retries: a 503 reaches the outbox at once, which is the path under test.
  leaderGraph = connectAs(tenant, SEED_PEOPLE.claire, { delaySeconds: 0, maxRetries: 0 });
  employeeGraph = connectAs(tenant, SEED_PEOPLE.daniel, { delaySeconds: 0, maxRetries: 0 });
});

/** Turns a random step into a real edit on ids that side has seen (or an unknown id, which must be harmless). */
function buildEdit(step: Extract<Step, { kind: 'edit' }>, seen: SpaceDocument, counter: number): SpaceEdit {
  const base = {
    id: `e${counter}`,
    at: nextEditTime(seen, new Date(Date.UTC(2026, 10, 18, 15, 0, counter))),
    by: step.side,
  };
  const topicIds = seen.topics.map((t) => t.id);
  const itemIds = seen.actionItems.map((a) => a.id);
  const topicId = topicIds.length ? (topicIds[step.pick % topicIds.length] as string) : `missing-${counter}`;
  const itemId = itemIds.length ? (itemIds[step.pick % itemIds.length] as string) : `missing-${counter}`;
  const section = SECTIONS[step.section] as SectionId;
  switch (step.op) {
    case 0:
      return {
        ...base,
        type: 'addTopic',
        topicId: `t${counter}`,
        section,
        text: step.text,
        order: counter,
        createdForOccurrence: null,
      };
    case 1:
      return { ...base, type: 'editTopicText', topicId, text: step.text };
    case 2:
      return {
        ...base,
        type: 'setTopicStatus',
        topicId,
        status: step.pick % 2 ? 'discussed' : 'open',
        occurrence: '2026-11-24T14:00:00.000Z',
      };
    case 3:
      return { ...base, type: 'deleteTopic', topicId };
    case 4:
      return {
        ...base,
        type: 'addActionItem',
        actionItemId: `a${counter}`,
        text: step.text,
        owner: step.side,
        dueDate: null,
        createdInOccurrence: null,
      };
    default:
      return {
        ...base,
        type: 'setActionItemStatus',
        actionItemId: itemId,
        status: step.pick % 2 ? 'done' : 'open',
        occurrence: null,
      };
  }
}

describe('concurrent edits by leader and employee through Graph', () => {
  it(`lose nothing across random interleavings, 412s and dropped requests (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 14 }), async (steps) => {
        tenant.emulator.reset();
        tenant.emulator.faults.clear();
        const initial = createSpaceDocument({
          spaceId: 'space-under-test',
          leader: { id: 'claire', email: SEED_PEOPLE.claire, name: 'Claire' },
          employee: { id: 'daniel', email: SEED_PEOPLE.daniel, name: 'Daniel' },
          now: '2026-11-18T15:00:00.000Z',
        });
        const leader = new SyncedDriveDocument({
          graph: leaderGraph,
          store: memoryKeyValueStore(),
          storeKey: 'leader',
          location: { appFolderPath: 'spaces/test.json' },
          codec: spaceDocumentCodec,
          create: { initial: () => initial, eager: true },
          autoRetry: false,
        });
        await leader.load();
        const file = leader.snapshot().file;
        if (!file) throw new Error('The space was not created');
        await shareDriveFileWith(leaderGraph, file, SEED_PEOPLE.daniel, 'write');
        const employee = new SyncedDriveDocument({
          graph: employeeGraph,
          store: memoryKeyValueStore(),
          storeKey: 'employee',
          location: { driveId: file.driveId, itemId: file.itemId },
          codec: spaceDocumentCodec,
          autoRetry: false,
        });
        await employee.load();
        const sides = { leader, employee };
        const submitted: SpaceEdit[] = [];
        const inFlight: Promise<void>[] = [];

        steps.forEach((step, counter) => {
          if (step.kind === 'edit') {
            const side = sides[step.side];
            const edit = buildEdit(step, side.snapshot().document ?? initial, counter);
            submitted.push(edit);
            side.submit(edit); // starts a write without waiting: writes of both sides overlap
          } else if (step.kind === 'flushBoth') {
            inFlight.push(leader.flush(), employee.flush());
          } else if (step.kind === 'refresh') {
            inFlight.push(sides[step.side].refresh());
          } else if (step.kind === 'drop') {
            tenant.emulator.faults.enqueue({ networkError: true, times: 1, match: '/drive' });
          } else {
            tenant.emulator.faults.enqueue({ status: 503, times: 1, match: '/drive' });
          }
        });
        await Promise.all(inFlight);
        tenant.emulator.faults.clear();
        for (
          let round = 0;
          round < 6 && leader.snapshot().pendingEdits + employee.snapshot().pendingEdits > 0;
          round++
        ) {
          await leader.flush();
          await employee.flush();
        }
        expect(leader.snapshot().pendingEdits + employee.snapshot().pendingEdits).toBe(0);

        const stored = await readDriveFile(leaderGraph, file);
        const parsed = parseSpaceDocument(stored?.text ?? '');
        if (!parsed.ok) throw new Error(parsed.problems.join('; '));
        // Applying every edit ever made, in any order, is the single right outcome.
        expect(serializeSpaceDocument(parsed.document)).toBe(
          serializeSpaceDocument(applySpaceEdits(initial, submitted)),
        );
        leader.dispose();
        employee.dispose();
      }),
      { numRuns: RUNS },
    );
  }, 240_000);
});
