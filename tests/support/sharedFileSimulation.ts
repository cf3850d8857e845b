import fc from 'fast-check';
import { expect } from 'vitest';
import { mergeSpaceDocuments } from '../../src/domain/space/mergeSpaceDocuments';
import type { SpaceDocument } from '../../src/domain/space/spaceDocument';
import { applySpaceEdit, type SpaceEdit } from '../../src/domain/space/spaceEdits';
import type { SpaceRole } from '../../src/domain/space/spaceStamp';
import { emptySpace } from './spaceBuilders';

/**
 * Two replicas of one space (the leader's and the employee's app) edit concurrently and write to
 * one shared file the way the storage layer does: conditional PUT with the last eTag seen; on 412,
 * re-read, merge into the local copy, retry later. Requests get lost both ways (the write never
 * arrives; or it lands but the answer is lost, so the client retries a write that already
 * happened), and some writes ignore If-Match altogether (Graph's simple PUT is not verified to
 * honour it), overwriting the other side's work on the server. The tests that use it choose the
 * edits (`MakeEdit`) and say what each edit writes (`Write`), and compare the final file with
 * `expectedRegisters`.
 */

export const START_MS = Date.parse('2026-11-01T09:00:00.000Z');

export type Fault = 'none' | 'dropRequest' | 'dropResponse' | 'ignoresIfMatch';

export type Step =
  | { kind: 'edit'; side: SpaceRole; choice: number; target: number; value: number; advanceMs: number }
  | { kind: 'read'; side: SpaceRole }
  | { kind: 'write'; side: SpaceRole; fault: Fault };

const side = fc.constantFrom<SpaceRole>('leader', 'employee');
export const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      side,
      choice: fc.nat(99),
      target: fc.nat(),
      value: fc.nat(),
      // 0 makes both people edit in the same millisecond now and then.
      advanceMs: fc.constantFrom(0, 1, 1000, 60_000),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('read' as const), side }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('write' as const),
      side,
      fault: fc.constantFrom<Fault>('none', 'none', 'none', 'dropRequest', 'dropResponse', 'ignoresIfMatch'),
    }),
  },
);

export interface Replica {
  local: SpaceDocument;
  /** eTag of the server version `local` was last reconciled with; null before the first read. */
  etag: number | null;
  /** Edits made but not yet acknowledged by a successful write. */
  unacknowledged: SpaceEdit[];
  /** Each device's clock is off by a different amount. */
  skewMs: number;
}

export interface World {
  server: { document: SpaceDocument; etag: number };
  replicas: Record<SpaceRole, Replica>;
  edits: SpaceEdit[];
  acknowledged: SpaceEdit[];
  nowMs: number;
  stats: { conflicts: number; overwrites: number };
}

export function newWorld(skews: [number, number]): World {
  const initial = emptySpace('2026-11-01T08:00:00.000Z');
  const replica = (skewMs: number): Replica => ({ local: initial, etag: null, unacknowledged: [], skewMs });
  return {
    server: { document: initial, etag: 1 },
    replicas: { leader: replica(skews[0]), employee: replica(skews[1]) },
    edits: [],
    acknowledged: [],
    nowMs: START_MS,
    stats: { conflicts: 0, overwrites: 0 },
  };
}

export function read(world: World, who: SpaceRole): void {
  const replica = world.replicas[who];
  replica.local = mergeSpaceDocuments(replica.local, world.server.document);
  replica.etag = world.server.etag;
}

/** One write attempt, as the outbox makes it. Returns whether it was acknowledged. */
export function write(world: World, who: SpaceRole, fault: Fault): boolean {
  const replica = world.replicas[who];
  if (replica.etag === null) read(world, who);
  if (fault === 'dropRequest') return false;
  if (fault !== 'ignoresIfMatch' && replica.etag !== world.server.etag) {
    // 412: re-read and merge; the retry is a later write step.
    world.stats.conflicts++;
    read(world, who);
    return false;
  }
  if (fault === 'ignoresIfMatch' && replica.etag !== world.server.etag) world.stats.overwrites++;
  world.server = { document: replica.local, etag: world.server.etag + 1 };
  if (fault === 'dropResponse') return false;
  replica.etag = world.server.etag;
  world.acknowledged.push(...replica.unacknowledged);
  replica.unacknowledged = [];
  return true;
}

/** One register write of one edit, as the oracle sees it. */
export interface Write {
  entity: string;
  register: string;
  at: string;
  by: SpaceRole;
  value: unknown;
  isDelete: boolean;
}

/** Notes and prompts are never deleted: no "live" to check. */
const ENTITIES_WITHOUT_LIVENESS = ['note:', 'prompts:'];

/** Stamps are unique per replica (nextEditTime), so (at, by) orders all writes; leader wins a tie. */
function isNewer(a: Write, b: Write): boolean {
  if (a.at !== b.at) return a.at > b.at;
  return a.by === 'leader' && b.by === 'employee';
}

export function expectedRegisters(
  edits: readonly SpaceEdit[],
  writesOf: (edit: SpaceEdit) => Write[],
): Map<string, Map<string, unknown>> {
  const latest = new Map<string, Map<string, Write>>();
  const latestOverall = new Map<string, Write>();
  for (const write of edits.flatMap(writesOf)) {
    let registers = latest.get(write.entity);
    if (registers === undefined) {
      registers = new Map();
      latest.set(write.entity, registers);
    }
    const current = registers.get(write.register);
    if (current === undefined || isNewer(write, current)) registers.set(write.register, write);
    const overall = latestOverall.get(write.entity);
    if (overall === undefined || isNewer(write, overall)) latestOverall.set(write.entity, write);
  }
  const result = new Map<string, Map<string, unknown>>();
  for (const [entity, registers] of latest) {
    const values = new Map<string, unknown>([...registers].map(([name, write]) => [name, write.value]));
    // Live exactly when the entity's latest write is not a delete.
    if (!ENTITIES_WITHOUT_LIVENESS.some((prefix) => entity.startsWith(prefix)))
      values.set('live', !(latestOverall.get(entity) as Write).isDelete);
    result.set(entity, values);
  }
  return result;
}

/** Every acknowledged edit is reflected: its entity exists, and each field it wrote is at least as new. */
export function expectReflects(document: SpaceDocument, edits: readonly SpaceEdit[]): void {
  const merged = mergeSpaceDocuments(document, document);
  expect(merged).toEqual(document);
  for (const edit of edits) {
    const after = applySpaceEdit(document, edit);
    // Applying an edit the document already reflects changes nothing.
    expect(after).toBe(document);
  }
}

export type MakeEdit = (world: World, who: SpaceRole, s: Extract<Step, { kind: 'edit' }>) => SpaceEdit;

export function run(steps: readonly Step[], skews: [number, number], makeEdit: MakeEdit): World {
  const world = newWorld(skews);
  for (const s of steps) {
    if (s.kind === 'edit') {
      const edit = makeEdit(world, s.side, s);
      const replica = world.replicas[s.side];
      replica.local = applySpaceEdit(replica.local, edit);
      replica.unacknowledged.push(edit);
      world.edits.push(edit);
    } else if (s.kind === 'read') {
      read(world, s.side);
    } else {
      const before = world.stats.overwrites;
      write(world, s.side, s.fault);
      // Conditional writes never lose an acknowledged edit; only a write ignoring If-Match can,
      // and only until the overwritten side syncs again.
      if (world.stats.overwrites === 0 && before === 0)
        expectReflects(world.server.document, world.acknowledged);
    }
  }
  // Final sync: each side writes until acknowledged (a 412 costs one more attempt).
  for (const who of ['leader', 'employee', 'leader'] as const) {
    let attempts = 0;
    while (!write(world, who, 'none')) {
      attempts++;
      expect(attempts).toBeLessThan(3);
    }
  }
  return world;
}
