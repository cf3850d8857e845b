import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSpaceDocuments } from '../../src/domain/space/mergeSpaceDocuments';
import { nextEditTime } from '../../src/domain/space/nextEditTime';
import { applySpaceEdit, applySpaceEdits, type SpaceEdit } from '../../src/domain/space/spaceEdits';
import { compareTopicsForDisplay, orderAtEnd, orderBetween } from '../../src/domain/space/topicOrder';
import { addActionItemEdit, addTopicEdit, emptySpace, spaceEdit } from '../support/spaceBuilders';

const T0 = '2026-11-01T10:00:00.000Z';
const T1 = '2026-11-01T11:00:00.000Z';
const T2 = '2026-11-01T12:00:00.000Z';
const W1 = '2026-11-02T14:00:00.000Z';

describe('applySpaceEdit', () => {
  const withTopic = applySpaceEdit(emptySpace(), addTopicEdit({ topicId: 't', text: 'Workload', at: T0 }));

  it('adds a topic with the author, creation time and stamps of the edit', () => {
    expect(withTopic.topics).toEqual([
      {
        id: 't',
        author: 'employee',
        createdAt: T0,
        createdForOccurrence: null,
        section: 'checkIn',
        order: 0,
        text: 'Workload',
        status: 'open',
        discussedInOccurrence: null,
        deferredFromOccurrence: null,
        deleted: false,
        stamps: {
          text: { at: T0, by: 'employee' },
          placement: { at: T0, by: 'employee' },
          status: { at: T0, by: 'employee' },
          deferral: { at: T0, by: 'employee' },
          deleted: { at: T0, by: 'employee' },
        },
      },
    ]);
  });

  it('is idempotent: replaying an edit (an outbox retry) changes nothing', () => {
    const edits: SpaceEdit[] = [
      addTopicEdit({ topicId: 'u', text: 'Second', at: T1 }),
      spaceEdit('editTopicText', { topicId: 't', text: 'Workload, again', at: T1 }),
      spaceEdit('setTopicStatus', { topicId: 't', status: 'deferred', occurrence: W1, at: T2 }),
      addActionItemEdit({ actionItemId: 'x', at: T1 }),
      spaceEdit('setSharedNote', { occurrence: W1, text: 'Notes', at: T1 }),
    ];
    const once = applySpaceEdits(withTopic, edits);
    for (const edit of edits) expect(applySpaceEdit(once, edit)).toBe(once);
    expect(applySpaceEdits(once, edits)).toBe(once);
    expect(once.topics.map((t) => t.id)).toEqual(['t', 'u']);
  });

  it('does not let an older edit override a newer value, whatever the order of arrival', () => {
    const newer = spaceEdit('editTopicText', { topicId: 't', text: 'Newer', at: T2 });
    const older = spaceEdit('editTopicText', { topicId: 't', text: 'Older', at: T1 });
    expect(applySpaceEdits(withTopic, [newer, older]).topics[0]?.text).toBe('Newer');
    expect(applySpaceEdits(withTopic, [older, newer]).topics[0]?.text).toBe('Newer');
    const afterNewer = applySpaceEdit(withTopic, newer);
    expect(applySpaceEdit(afterNewer, older)).toBe(afterNewer);
  });

  it('commutes with merge: apply then merge equals merge then apply', () => {
    const remote = applySpaceEdit(
      withTopic,
      spaceEdit('moveTopic', { topicId: 't', section: 'direction', order: 2, at: T1 }),
    );
    const edit = spaceEdit('editTopicText', { topicId: 't', text: 'Local', at: T2, by: 'employee' });
    expect(mergeSpaceDocuments(applySpaceEdit(withTopic, edit), remote)).toEqual(
      applySpaceEdit(mergeSpaceDocuments(withTopic, remote), edit),
    );
  });

  it('ignores edits of entities the document does not have', () => {
    const document = emptySpace();
    expect(
      applySpaceEdit(document, spaceEdit('editTopicText', { topicId: 'missing', text: 'x', at: T1 })),
    ).toBe(document);
    expect(applySpaceEdit(document, spaceEdit('deleteActionItem', { actionItemId: 'missing', at: T1 }))).toBe(
      document,
    );
  });

  it.each<[string, SpaceEdit]>([
    ['blank text', addTopicEdit({ topicId: 'n', text: '  \n ', at: T1 })],
    ['text over the limit', addTopicEdit({ topicId: 'n', text: 'x'.repeat(2001), at: T1 })],
    ['a bad topic id', addTopicEdit({ topicId: 'has space', at: T1 })],
    ['an unparseable time', addTopicEdit({ topicId: 'n', at: 'yesterday' })],
    ['a non-finite order', addTopicEdit({ topicId: 'n', at: T1, order: Number.POSITIVE_INFINITY })],
    ['an impossible due date', addActionItemEdit({ actionItemId: 'n', at: T1, dueDate: '2026-02-30' })],
    [
      'a bad occurrence',
      spaceEdit('setTopicStatus', { topicId: 't', status: 'discussed', occurrence: 'W1', at: T1 }),
    ],
  ])('refuses an edit it could not store validly: %s', (_name, edit) => {
    expect(applySpaceEdit(withTopic, edit)).toBe(withTopic);
  });

  it('cleans text the way textLimits does and canonicalizes instants', () => {
    const document = applySpaceEdit(
      emptySpace(),
      addTopicEdit({ topicId: 'n', text: '  Line one\r\nline two\u0007  ', at: '2026-11-01T06:00:00-04:00' }),
    );
    expect(document.topics[0]?.text).toBe('Line one\nline two');
    expect(document.topics[0]?.createdAt).toBe(T0);
  });

  it('edits only the action-item fields given', () => {
    const withItem = applySpaceEdit(
      emptySpace(),
      addActionItemEdit({ actionItemId: 'x', text: 'Draft', at: T0 }),
    );
    const edited = applySpaceEdit(
      withItem,
      spaceEdit('editActionItem', { actionItemId: 'x', dueDate: '2026-11-20', at: T1 }),
    ).actionItems[0];
    expect([edited?.text, edited?.owner, edited?.dueDate]).toEqual(['Draft', 'employee', '2026-11-20']);
    expect([edited?.stamps.text.at, edited?.stamps.dueDate.at]).toEqual([T0, T1]);
  });

  it('keeps one shared note per author and occurrence', () => {
    const document = applySpaceEdits(emptySpace(), [
      spaceEdit('setSharedNote', { occurrence: W1, text: 'Leader notes', at: T0, by: 'leader' }),
      spaceEdit('setSharedNote', { occurrence: W1, text: 'Employee notes', at: T1, by: 'employee' }),
      spaceEdit('setSharedNote', { occurrence: W1, text: 'Leader notes, edited', at: T2, by: 'leader' }),
    ]);
    expect(document.occurrenceNotes.map((n) => [n.author, n.text])).toEqual([
      ['employee', 'Employee notes'],
      ['leader', 'Leader notes, edited'],
    ]);
  });
});

describe('nextEditTime', () => {
  it('uses the clock when it is ahead of everything in the document', () => {
    expect(nextEditTime(emptySpace(), new Date(T2))).toBe(T2);
  });

  it('orders a new edit after everything its author has seen, even with a clock behind', () => {
    const document = applySpaceEdit(emptySpace(), addTopicEdit({ topicId: 't', at: T2, by: 'leader' }));
    expect(nextEditTime(document, T1)).toBe('2026-11-01T12:00:00.001Z');
  });
});

describe('topic order', () => {
  it('places between, before the first and after the last', () => {
    expect(orderBetween(1, 2)).toBe(1.5);
    expect(orderBetween(null, 2)).toBe(1);
    expect(orderBetween(1, null)).toBe(2);
    expect(orderBetween(null, null)).toBe(0);
    expect(orderAtEnd([{ order: 3 }, { order: -1 }])).toBe(4);
  });

  it('always lands between its neighbours or, once the gap is exhausted, on one of them', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (x, y) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          const middle = orderBetween(low, high);
          expect(middle >= low && middle <= high).toBe(true);
          expect(Object.is(middle, -0)).toBe(false);
        },
      ),
    );
  });

  it('breaks equal orders by creation time, then id', () => {
    const add = (id: string, at: string) =>
      applySpaceEdit(emptySpace(), addTopicEdit({ topicId: id, at, order: 1 })).topics[0];
    const a = add('b', T0);
    const b = add('a', T1);
    const c = add('c', T1);
    if (a === undefined || b === undefined || c === undefined) throw new Error('missing');
    expect([c, b, a].sort(compareTopicsForDisplay).map((t) => t.id)).toEqual(['b', 'a', 'c']);
  });
});
