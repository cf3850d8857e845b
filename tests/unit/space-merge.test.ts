import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isActionItemLive, isTopicLive } from '../../src/domain/space/entityLiveness';
import { mergeSpaceDocuments } from '../../src/domain/space/mergeSpaceDocuments';
import type { ActionItem, SharedNote, SpaceDocument, Topic } from '../../src/domain/space/spaceDocument';
import { applySpaceEdits } from '../../src/domain/space/spaceEdits';
import { compareStamps, type SpaceRole, type Stamp } from '../../src/domain/space/spaceStamp';
import { addTopicEdit, emptySpace, generateSpaceDocument, spaceEdit } from '../support/spaceBuilders';

// Few ids, instants and values, so generated copies share entities and collide on stamps often.
const role = fc.constantFrom<SpaceRole>('leader', 'employee');
const instant = fc.constantFrom(
  '2026-11-01T10:00:00.000Z',
  '2026-11-01T10:00:00.001Z',
  '2026-11-02T09:00:00.000Z',
);
const stamp: fc.Arbitrary<Stamp> = fc.record({ at: instant, by: role });
const key = fc.constantFrom('2026-11-02T14:00:00.000Z', '2026-11-09T14:00:00.000Z');
const nullableKey = fc.option(key, { nil: null });
const text = fc.constantFrom('alpha', 'beta', 'gamma');

const topic: fc.Arbitrary<Topic> = fc.record({
  id: fc.constantFrom('t1', 't2', 't3', 't4'),
  author: role,
  createdAt: instant,
  createdForOccurrence: nullableKey,
  section: fc.constantFrom('checkIn', 'direction', 'capability', 'accountability'),
  order: fc.constantFrom(0, 1, 1.5),
  text,
  status: fc.constantFrom('open', 'discussed', 'deferred'),
  discussedInOccurrence: nullableKey,
  deferredFromOccurrence: nullableKey,
  deleted: fc.boolean(),
  stamps: fc.record({ text: stamp, placement: stamp, status: stamp, deferral: stamp, deleted: stamp }),
});

const actionItem: fc.Arbitrary<ActionItem> = fc.record({
  id: fc.constantFrom('a1', 'a2', 'a3'),
  createdBy: role,
  createdAt: instant,
  createdInOccurrence: nullableKey,
  text,
  owner: role,
  dueDate: fc.constantFrom(null, '2026-11-20'),
  status: fc.constantFrom('open', 'done', 'dropped'),
  closedInOccurrence: nullableKey,
  deleted: fc.boolean(),
  stamps: fc.record({ text: stamp, owner: stamp, dueDate: stamp, status: stamp, deleted: stamp }),
});

const note: fc.Arbitrary<SharedNote> = fc.record({
  occurrence: key,
  author: role,
  text: fc.constantFrom('', 'notes', 'more notes'),
  stamps: fc.record({ text: stamp }),
});

/** A copy of one space in canonical form (sorted, one entry per id), as documents always are. */
const spaceCopy: fc.Arbitrary<SpaceDocument> = fc
  .record({
    topics: fc.uniqueArray(topic, { selector: (t) => t.id }),
    actionItems: fc.uniqueArray(actionItem, { selector: (a) => a.id }),
    occurrenceNotes: fc.uniqueArray(note, { selector: (n) => `${n.occurrence}|${n.author}` }),
  })
  .map(({ topics, actionItems, occurrenceNotes }) => ({
    ...emptySpace(),
    topics: topics.sort((a, b) => (a.id < b.id ? -1 : 1)),
    actionItems: actionItems.sort((a, b) => (a.id < b.id ? -1 : 1)),
    occurrenceNotes: occurrenceNotes.sort((a, b) =>
      a.occurrence !== b.occurrence ? (a.occurrence < b.occurrence ? -1 : 1) : a.author < b.author ? -1 : 1,
    ),
  }));

describe('mergeSpaceDocuments: algebra', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(spaceCopy, spaceCopy, (a, b) => {
        expect(mergeSpaceDocuments(a, b)).toEqual(mergeSpaceDocuments(b, a));
      }),
      { numRuns: 500 },
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(spaceCopy, spaceCopy, spaceCopy, (a, b, c) => {
        expect(mergeSpaceDocuments(mergeSpaceDocuments(a, b), c)).toEqual(
          mergeSpaceDocuments(a, mergeSpaceDocuments(b, c)),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(spaceCopy, spaceCopy, (a, b) => {
        expect(mergeSpaceDocuments(a, a)).toEqual(a);
        expect(mergeSpaceDocuments(a, structuredClone(a))).toEqual(a);
        const ab = mergeSpaceDocuments(a, b);
        expect(mergeSpaceDocuments(ab, b)).toEqual(ab);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every topic, action item and note of either side, once', () => {
    fc.assert(
      fc.property(spaceCopy, spaceCopy, (a, b) => {
        const merged = mergeSpaceDocuments(a, b);
        const ids = (d: SpaceDocument) => [...d.topics.map((t) => t.id), ...d.actionItems.map((i) => i.id)];
        expect(new Set(ids(merged))).toEqual(new Set([...ids(a), ...ids(b)]));
        expect(ids(merged).length).toBe(new Set(ids(merged)).size);
        const notes = (d: SpaceDocument) => d.occurrenceNotes.map((n) => `${n.occurrence}|${n.author}`);
        expect(new Set(notes(merged))).toEqual(new Set([...notes(a), ...notes(b)]));
      }),
      { numRuns: 300 },
    );
  });

  it('takes, per field, the value carrying the latest stamp', () => {
    const topicRegisters = {
      text: (t: Topic) => [t.text],
      placement: (t: Topic) => [t.section, t.order],
      status: (t: Topic) => [t.status, t.discussedInOccurrence],
      deferral: (t: Topic) => [t.deferredFromOccurrence],
      deleted: (t: Topic) => [t.deleted],
    } as const;
    fc.assert(
      fc.property(spaceCopy, spaceCopy, (a, b) => {
        const merged = mergeSpaceDocuments(a, b);
        for (const result of merged.topics) {
          const inputs = [...a.topics, ...b.topics].filter((t) => t.id === result.id);
          for (const [register, value] of Object.entries(topicRegisters)) {
            const name = register as keyof typeof topicRegisters;
            const latest = inputs.reduce((best, t) =>
              compareStamps(t.stamps[name], best.stamps[name]) > 0 ? t : best,
            ).stamps[name];
            expect(result.stamps[name]).toEqual(latest);
            // The value is one that was written with that stamp (on a tie of stamps, either).
            const candidates = inputs
              .filter((t) => compareStamps(t.stamps[name], latest) === 0)
              .map((t) => JSON.stringify(value(t)));
            expect(candidates).toContain(JSON.stringify(value(result)));
          }
        }
        for (const result of merged.actionItems) {
          const inputs = [...a.actionItems, ...b.actionItems].filter((i) => i.id === result.id);
          const latest = inputs.reduce((best, i) =>
            compareStamps(i.stamps.status, best.stamps.status) > 0 ? i : best,
          );
          expect(result.stamps.status).toEqual(latest.stamps.status);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('mergeSpaceDocuments: concrete rules', () => {
  const base = applySpaceEdits(emptySpace(), [
    addTopicEdit({ topicId: 't', text: 'Original', at: '2026-11-01T10:00:00.000Z', by: 'employee' }),
  ]);

  it('combines different fields edited on each side', () => {
    const leader = applySpaceEdits(base, [
      spaceEdit('moveTopic', {
        topicId: 't',
        section: 'direction',
        order: 3,
        at: '2026-11-01T11:00:00.000Z',
      }),
    ]);
    const employee = applySpaceEdits(base, [
      spaceEdit('editTopicText', {
        topicId: 't',
        text: 'Reworded',
        at: '2026-11-01T10:30:00.000Z',
        by: 'employee',
      }),
    ]);
    const merged = mergeSpaceDocuments(leader, employee).topics[0];
    expect([merged?.text, merged?.section, merged?.order]).toEqual(['Reworded', 'direction', 3]);
  });

  it('never lets an older copy undo a delete', () => {
    const deleted = applySpaceEdits(base, [
      spaceEdit('deleteTopic', { topicId: 't', at: '2026-11-01T12:00:00.000Z' }),
    ]);
    const merged = mergeSpaceDocuments(base, deleted);
    expect(merged.topics).toHaveLength(1);
    expect(isTopicLive(merged.topics[0] as Topic)).toBe(false);
  });

  it('edit versus delete: the later write decides, and the edit is kept either way', () => {
    const edit = (at: string) =>
      applySpaceEdits(base, [
        spaceEdit('editTopicText', { topicId: 't', text: 'Edited', at, by: 'employee' }),
      ]);
    const remove = applySpaceEdits(base, [
      spaceEdit('deleteTopic', { topicId: 't', at: '2026-11-01T12:00:00.000Z' }),
    ]);

    const editAfterDelete = mergeSpaceDocuments(remove, edit('2026-11-01T12:05:00.000Z')).topics[0] as Topic;
    expect([isTopicLive(editAfterDelete), editAfterDelete.text]).toEqual([true, 'Edited']);

    const editBeforeDelete = mergeSpaceDocuments(remove, edit('2026-11-01T11:55:00.000Z')).topics[0] as Topic;
    expect([isTopicLive(editBeforeDelete), editBeforeDelete.text]).toEqual([false, 'Edited']);
  });

  it('applies the same rule to action items', () => {
    const withItem = applySpaceEdits(emptySpace(), [
      spaceEdit('addActionItem', {
        actionItemId: 'x',
        text: 'Item',
        owner: 'employee',
        dueDate: null,
        createdInOccurrence: null,
        at: '2026-11-01T10:00:00.000Z',
      }),
    ]);
    const removed = applySpaceEdits(withItem, [
      spaceEdit('deleteActionItem', { actionItemId: 'x', at: '2026-11-01T12:00:00.000Z' }),
    ]);
    const closedLater = applySpaceEdits(withItem, [
      spaceEdit('setActionItemStatus', {
        actionItemId: 'x',
        status: 'done',
        occurrence: null,
        at: '2026-11-01T12:01:00.000Z',
        by: 'employee',
      }),
    ]);
    const merged = mergeSpaceDocuments(removed, closedLater).actionItems[0] as ActionItem;
    expect([isActionItemLive(merged), merged.status]).toEqual([true, 'done']);
  });

  it('refuses to merge two different spaces', () => {
    expect(() => mergeSpaceDocuments(emptySpace(), { ...emptySpace(), spaceId: 'other' })).toThrow(
      /different/,
    );
  });

  it('merges large replicas without losing anything', () => {
    const a = generateSpaceDocument(1000, 1);
    const b = generateSpaceDocument(1000, 2);
    const merged = mergeSpaceDocuments(a, b);
    expect(merged.topics).toHaveLength(1500);
    expect(merged).toEqual(mergeSpaceDocuments(b, a));
    expect(generateSpaceDocument(1000, 1)).toEqual(a);
  });
});
