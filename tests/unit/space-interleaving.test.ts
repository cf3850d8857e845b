import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isActionItemLive, isTopicLive } from '../../src/domain/space/entityLiveness';
import { mergeSpaceDocuments } from '../../src/domain/space/mergeSpaceDocuments';
import { nextEditTime } from '../../src/domain/space/nextEditTime';
import type { ActionItem, SpaceDocument, Topic } from '../../src/domain/space/spaceDocument';
import type { SpaceEdit } from '../../src/domain/space/spaceEdits';
import type { SpaceRole } from '../../src/domain/space/spaceStamp';
import {
  expectedRegisters,
  expectReflects,
  run,
  type Step,
  step,
  type World,
  type Write,
} from '../support/sharedFileSimulation';

/**
 * Two replicas of one space (the leader's and the employee's app) edit concurrently and write to
 * one shared file the way the storage layer does: conditional PUT with the last eTag seen; on 412,
 * re-read, merge into the local copy, retry later. Requests get lost both ways (the write never
 * arrives; or it lands but the answer is lost, so the client retries a write that already
 * happened), and some writes ignore If-Match altogether (Graph's simple PUT is not verified to
 * honour it), overwriting the other side's work on the server.
 *
 * The property: once both replicas have synced one last time, every edit either side made is in
 * the file. For each field, the value is that of the latest-stamped edit that wrote it; every
 * added entity is there; an entity is live exactly when its latest write is not a delete.
 */

const OCCURRENCES = ['2026-11-02T14:00:00.000Z', '2026-11-09T14:00:00.000Z', '2026-11-16T14:00:00.000Z'];

/** A plausible edit of `who`'s local copy, chosen by the step's numbers. */
function makeEdit(world: World, who: SpaceRole, s: Extract<Step, { kind: 'edit' }>): SpaceEdit {
  const replica = world.replicas[who];
  world.nowMs += s.advanceMs;
  const at = nextEditTime(replica.local, new Date(world.nowMs + replica.skewMs));
  const id = `e${world.edits.length + 1}`;
  const base = { id, at, by: who };
  const occurrence = OCCURRENCES[s.value % OCCURRENCES.length] as string;
  const topics = replica.local.topics;
  const items = replica.local.actionItems;
  const topic = topics[s.target % Math.max(1, topics.length)];
  const item = items[s.target % Math.max(1, items.length)];
  const c = s.choice;
  if (topic !== undefined && c < 45) {
    if (c < 12) return { ...base, type: 'editTopicText', topicId: topic.id, text: `text by ${id}` };
    if (c < 22) {
      const status = (['open', 'discussed', 'deferred'] as const)[s.value % 3] as Topic['status'];
      return { ...base, type: 'setTopicStatus', topicId: topic.id, status, occurrence };
    }
    if (c < 32) {
      const section = (['checkIn', 'direction', 'capability', 'accountability'] as const)[
        s.value % 4
      ] as Topic['section'];
      return { ...base, type: 'moveTopic', topicId: topic.id, section, order: (s.value % 17) / 4 };
    }
    if (c < 40) return { ...base, type: 'deleteTopic', topicId: topic.id };
    return { ...base, type: 'restoreTopic', topicId: topic.id };
  }
  if (item !== undefined && c >= 45 && c < 75) {
    if (c < 55) {
      const fields = s.value % 3;
      return {
        ...base,
        type: 'editActionItem',
        actionItemId: item.id,
        ...(fields !== 1 ? { text: `item text by ${id}` } : {}),
        ...(fields !== 2 ? { owner: s.value % 2 === 0 ? ('leader' as const) : ('employee' as const) } : {}),
        ...(fields === 2
          ? { dueDate: s.value % 4 === 0 ? null : `2026-12-${String((s.value % 28) + 1).padStart(2, '0')}` }
          : {}),
      };
    }
    if (c < 65) {
      const status = (['open', 'done', 'dropped'] as const)[s.value % 3] as ActionItem['status'];
      return { ...base, type: 'setActionItemStatus', actionItemId: item.id, status, occurrence };
    }
    if (c < 70) return { ...base, type: 'deleteActionItem', actionItemId: item.id };
    return { ...base, type: 'restoreActionItem', actionItemId: item.id };
  }
  if (c >= 90)
    return { ...base, type: 'setSharedNote', occurrence, text: s.value % 5 === 0 ? '' : `note by ${id}` };
  if (c % 2 === 0) {
    return {
      ...base,
      type: 'addActionItem',
      actionItemId: `item-${id}`,
      text: `item by ${id}`,
      owner: who,
      dueDate: null,
      createdInOccurrence: occurrence,
    };
  }
  return {
    ...base,
    type: 'addTopic',
    topicId: `topic-${id}`,
    section: 'checkIn',
    text: `topic by ${id}`,
    order: s.value % 10,
    createdForOccurrence: s.value % 3 === 0 ? null : occurrence,
  };
}

function writesOf(edit: SpaceEdit): Write[] {
  const w = (entity: string, register: string, value: unknown, isDelete = false): Write => ({
    entity,
    register,
    at: edit.at,
    by: edit.by,
    value,
    isDelete,
  });
  switch (edit.type) {
    case 'addTopic': {
      const e = `topic:${edit.topicId}`;
      return [
        w(e, 'text', edit.text),
        w(e, 'placement', [edit.section, edit.order]),
        w(e, 'status', ['open', null]),
        w(e, 'deferral', null),
        w(e, 'deleted', false),
      ];
    }
    case 'editTopicText':
      return [w(`topic:${edit.topicId}`, 'text', edit.text)];
    case 'setTopicStatus': {
      const e = `topic:${edit.topicId}`;
      if (edit.status === 'discussed') return [w(e, 'status', ['discussed', edit.occurrence])];
      if (edit.status === 'deferred')
        return [w(e, 'status', ['deferred', null]), w(e, 'deferral', edit.occurrence)];
      return [w(e, 'status', ['open', null])];
    }
    case 'moveTopic':
      return [w(`topic:${edit.topicId}`, 'placement', [edit.section, edit.order])];
    case 'deleteTopic':
      return [w(`topic:${edit.topicId}`, 'deleted', true, true)];
    case 'restoreTopic':
      return [w(`topic:${edit.topicId}`, 'deleted', false)];
    case 'addActionItem': {
      const e = `item:${edit.actionItemId}`;
      return [
        w(e, 'text', edit.text),
        w(e, 'owner', edit.owner),
        w(e, 'dueDate', edit.dueDate),
        w(e, 'status', ['open', null]),
        w(e, 'deleted', false),
      ];
    }
    case 'editActionItem': {
      const e = `item:${edit.actionItemId}`;
      const writes: Write[] = [];
      if (edit.text !== undefined) writes.push(w(e, 'text', edit.text));
      if (edit.owner !== undefined) writes.push(w(e, 'owner', edit.owner));
      if (edit.dueDate !== undefined) writes.push(w(e, 'dueDate', edit.dueDate));
      return writes;
    }
    case 'setActionItemStatus':
      return [
        w(`item:${edit.actionItemId}`, 'status', [
          edit.status,
          edit.status === 'open' ? null : edit.occurrence,
        ]),
      ];
    case 'deleteActionItem':
      return [w(`item:${edit.actionItemId}`, 'deleted', true, true)];
    case 'restoreActionItem':
      return [w(`item:${edit.actionItemId}`, 'deleted', false)];
    case 'setSharedNote':
      return [w(`note:${edit.occurrence}|${edit.by}`, 'text', edit.text)];
    default:
      // This simulation makes no version 2 edits; space-performance-interleaving.test.ts does.
      return [];
  }
}

function registersOf(document: SpaceDocument): Map<string, Map<string, unknown>> {
  const result = new Map<string, Map<string, unknown>>();
  for (const t of document.topics) {
    result.set(
      `topic:${t.id}`,
      new Map<string, unknown>([
        ['text', t.text],
        ['placement', [t.section, t.order]],
        ['status', [t.status, t.discussedInOccurrence]],
        ['deferral', t.deferredFromOccurrence],
        ['deleted', t.deleted],
        ['live', isTopicLive(t)],
      ]),
    );
  }
  for (const i of document.actionItems) {
    result.set(
      `item:${i.id}`,
      new Map<string, unknown>([
        ['text', i.text],
        ['owner', i.owner],
        ['dueDate', i.dueDate],
        ['status', [i.status, i.closedInOccurrence]],
        ['deleted', i.deleted],
        ['live', isActionItemLive(i)],
      ]),
    );
  }
  for (const n of document.occurrenceNotes) {
    result.set(`note:${n.occurrence}|${n.author}`, new Map<string, unknown>([['text', n.text]]));
  }
  return result;
}

describe('concurrent editing through a shared file', () => {
  const totals = { conflicts: 0, overwrites: 0, edits: 0 };

  it('keeps every acknowledged edit, with the latest edit of each field winning', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 80, size: 'large' }),
        fc.tuple(fc.integer({ min: -120_000, max: 120_000 }), fc.integer({ min: -120_000, max: 120_000 })),
        (steps, skews) => {
          const world = run(steps, skews, makeEdit);
          totals.conflicts += world.stats.conflicts;
          totals.overwrites += world.stats.overwrites;
          totals.edits += world.edits.length;
          const final = world.server.document;

          // Everyone's edits were acknowledged by the end.
          expect(world.acknowledged.length).toBe(world.edits.length);
          expectReflects(final, world.edits);
          // Field by field, the value of the latest-stamped edit; every entity present.
          expect(registersOf(final)).toEqual(expectedRegisters(world.edits, writesOf));
          // Both replicas converge on the final file after reading it.
          for (const who of ['leader', 'employee'] as const) {
            expect(mergeSpaceDocuments(world.replicas[who].local, final)).toEqual(final);
          }
        },
      ),
      { numRuns: 500 },
    );
    // The runs did exercise conflicts and lost writes, not only the happy path.
    expect(totals.conflicts).toBeGreaterThan(100);
    expect(totals.overwrites).toBeGreaterThan(10);
    expect(totals.edits).toBeGreaterThan(5000);
  });
});
