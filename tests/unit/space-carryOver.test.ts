import { describe, expect, it } from 'vitest';
import {
  agendaForOccurrence,
  carryOverPreview,
  nextHeldOccurrence,
  occurrenceHistory,
} from '../../src/domain/space/agendaForOccurrence';
import { effectivePrompts } from '../../src/domain/space/agendaTemplate';
import type { OccurrenceInfo } from '../../src/domain/space/occurrenceTimeline';
import type { SpaceDocument } from '../../src/domain/space/spaceDocument';
import { applySpaceEdits, type SpaceEdit } from '../../src/domain/space/spaceEdits';
import { addActionItemEdit, addTopicEdit, emptySpace, occurrence, spaceEdit } from '../support/spaceBuilders';

// A weekly Monday 1:1 at 14:00 UTC, 30 minutes.
const W1 = '2026-11-02T14:00:00.000Z';
const W2 = '2026-11-09T14:00:00.000Z';
const W3 = '2026-11-16T14:00:00.000Z';
const W4 = '2026-11-23T14:00:00.000Z';
const weekly = [W1, W2, W3, W4].map((key) => occurrence(key));
const BEFORE_W1 = '2026-10-30T09:00:00.000Z';
const DURING_W1 = '2026-11-02T14:10:00.000Z';
const BETWEEN_W1_W2 = '2026-11-04T09:00:00.000Z';
const BETWEEN_W2_W3 = '2026-11-11T09:00:00.000Z';
const prompts = effectivePrompts(null, 'en');

function space(edits: SpaceEdit[]): SpaceDocument {
  return applySpaceEdits(emptySpace(), edits);
}

/** Topics shown at `key` as `text:state`, with `+carried` when carried over. */
function topicsAt(document: SpaceDocument, occurrences: OccurrenceInfo[], key: string): string[] {
  const agenda = agendaForOccurrence(document, occurrences, key, prompts);
  if (agenda === null) throw new Error('no agenda');
  return agenda.sections.flatMap((section) =>
    section.topics.map((entry) => `${entry.topic.text}:${entry.state}${entry.carriedOver ? '+carried' : ''}`),
  );
}

function actionsAt(document: SpaceDocument, occurrences: OccurrenceInfo[], key: string): string[] {
  const agenda = agendaForOccurrence(document, occurrences, key, prompts);
  if (agenda === null) throw new Error('no agenda');
  const elsewhere = agenda.sections.filter((s) => s.id !== 'accountability').flatMap((s) => s.actionItems);
  expect(elsewhere).toEqual([]);
  return agenda.sections
    .flatMap((section) => section.actionItems)
    .map((entry) => `${entry.actionItem.text}:${entry.state}${entry.carriedOver ? '+carried' : ''}`);
}

interface CarryOverCase {
  name: string;
  occurrences: OccurrenceInfo[];
  edits: SpaceEdit[];
  /** Expected topics per occurrence key. */
  expected: Record<string, string[]>;
}

const cases: CarryOverCase[] = [
  {
    name: 'an open topic carries to every following held occurrence',
    occurrences: weekly,
    edits: [addTopicEdit({ topicId: 'a', text: 'A', at: BEFORE_W1, createdForOccurrence: W1 })],
    expected: { [W1]: ['A:open'], [W2]: ['A:open+carried'], [W3]: ['A:open+carried'] },
  },
  {
    name: 'a topic for a later occurrence does not show earlier',
    occurrences: weekly,
    edits: [addTopicEdit({ topicId: 'a', text: 'A', at: BEFORE_W1, createdForOccurrence: W3 })],
    expected: { [W1]: [], [W2]: [], [W3]: ['A:open'], [W4]: ['A:open+carried'] },
  },
  {
    name: 'a topic for a cancelled occurrence skips to the next held one',
    occurrences: [occurrence(W1), occurrence(W2, { cancelled: true }), occurrence(W3)],
    edits: [addTopicEdit({ topicId: 'a', text: 'A', at: BETWEEN_W1_W2, createdForOccurrence: W2 })],
    expected: { [W1]: [], [W3]: ['A:open+carried'] },
  },
  {
    name: 'a cancelled occurrence the calendar no longer lists: the topic goes to the next held one',
    occurrences: [occurrence(W1), occurrence(W3)],
    edits: [addTopicEdit({ topicId: 'a', text: 'A', at: BEFORE_W1, createdForOccurrence: W2 })],
    expected: { [W1]: [], [W3]: ['A:open'] },
  },
  {
    name: 'a topic discussed in a cancelled occurrence is not consumed there',
    occurrences: [occurrence(W1), occurrence(W2, { cancelled: true }), occurrence(W3), occurrence(W4)],
    edits: [
      addTopicEdit({ topicId: 'a', text: 'A', at: BEFORE_W1, createdForOccurrence: W1 }),
      spaceEdit('setTopicStatus', { topicId: 'a', status: 'discussed', occurrence: W2, at: BETWEEN_W1_W2 }),
    ],
    expected: { [W1]: ['A:open'], [W2]: ['A:open+carried'], [W3]: ['A:discussed+carried'], [W4]: [] },
  },
  {
    name: 'a postponed occurrence (moved later) gets the topics written for its old time',
    occurrences: [occurrence(W1), occurrence('2026-11-11T16:00:00.000Z'), occurrence(W3)],
    edits: [addTopicEdit({ topicId: 'a', text: 'A', at: BETWEEN_W1_W2, createdForOccurrence: W2 })],
    expected: { [W1]: [], '2026-11-11T16:00:00.000Z': ['A:open'], [W3]: ['A:open+carried'] },
  },
  {
    name: 'an occurrence pulled forward by a few days gets them too, and the week before does not',
    occurrences: [occurrence(W1), occurrence('2026-11-06T10:00:00.000Z'), occurrence(W3)],
    edits: [addTopicEdit({ topicId: 'a', text: 'A', at: BEFORE_W1, createdForOccurrence: W2 })],
    expected: { [W1]: [], '2026-11-06T10:00:00.000Z': ['A:open'], [W3]: ['A:open+carried'] },
  },
  {
    name: 'a recreated series (new times, new keys) picks up open topics of the old one',
    occurrences: [occurrence('2026-11-10T15:00:00.000Z'), occurrence('2026-11-17T15:00:00.000Z')],
    edits: [
      addTopicEdit({ topicId: 'a', text: 'old open', at: BEFORE_W1, createdForOccurrence: W1 }),
      addTopicEdit({ topicId: 'b', text: 'for old W2', at: BETWEEN_W1_W2, createdForOccurrence: W2 }),
      addTopicEdit({ topicId: 'c', text: 'done in W1', at: BEFORE_W1, createdForOccurrence: W1 }),
      spaceEdit('setTopicStatus', { topicId: 'c', status: 'discussed', occurrence: W1, at: DURING_W1 }),
    ],
    expected: {
      '2026-11-10T15:00:00.000Z': ['old open:open+carried', 'for old W2:open'],
      '2026-11-17T15:00:00.000Z': ['old open:open+carried', 'for old W2:open+carried'],
    },
  },
  {
    name: 'a discussed topic stays in its occurrence, ticked, and not in the next',
    occurrences: weekly,
    edits: [
      addTopicEdit({ topicId: 'a', text: 'A', at: BEFORE_W1, createdForOccurrence: W1 }),
      spaceEdit('setTopicStatus', { topicId: 'a', status: 'discussed', occurrence: W1, at: DURING_W1 }),
    ],
    expected: { [W1]: ['A:discussed'], [W2]: [], [W3]: [] },
  },
  {
    name: 'a topic carried for two meetings is discussed in the third',
    occurrences: weekly,
    edits: [
      addTopicEdit({ topicId: 'a', text: 'A', at: BEFORE_W1, createdForOccurrence: W1 }),
      spaceEdit('setTopicStatus', { topicId: 'a', status: 'discussed', occurrence: W3, at: W3 }),
    ],
    expected: { [W1]: ['A:open'], [W2]: ['A:open+carried'], [W3]: ['A:discussed+carried'], [W4]: [] },
  },
  {
    name: 'a deferred topic shows as deferred where it was deferred, then open in the next ones',
    occurrences: weekly,
    edits: [
      addTopicEdit({ topicId: 'a', text: 'A', at: BEFORE_W1, createdForOccurrence: W1 }),
      spaceEdit('setTopicStatus', { topicId: 'a', status: 'deferred', occurrence: W1, at: DURING_W1 }),
    ],
    expected: { [W1]: ['A:deferred'], [W2]: ['A:open+carried'], [W3]: ['A:open+carried'] },
  },
  {
    name: 'deferred, then discussed: history keeps both',
    occurrences: weekly,
    edits: [
      addTopicEdit({ topicId: 'a', text: 'A', at: BEFORE_W1, createdForOccurrence: W1 }),
      spaceEdit('setTopicStatus', { topicId: 'a', status: 'deferred', occurrence: W1, at: DURING_W1 }),
      spaceEdit('setTopicStatus', { topicId: 'a', status: 'discussed', occurrence: W2, at: W2 }),
    ],
    expected: { [W1]: ['A:deferred'], [W2]: ['A:discussed+carried'], [W3]: [] },
  },
  {
    name: 'a reopened topic is open again where it had been ticked, and carries on',
    occurrences: weekly,
    edits: [
      addTopicEdit({ topicId: 'a', text: 'A', at: BEFORE_W1, createdForOccurrence: W1 }),
      spaceEdit('setTopicStatus', { topicId: 'a', status: 'discussed', occurrence: W1, at: DURING_W1 }),
      spaceEdit('setTopicStatus', {
        topicId: 'a',
        status: 'open',
        occurrence: null,
        at: '2026-11-02T14:11:00.000Z',
      }),
    ],
    expected: { [W1]: ['A:open'], [W2]: ['A:open+carried'] },
  },
  {
    name: 'a topic for "the next 1:1" goes to the meeting in progress or to come when it was written',
    occurrences: weekly,
    edits: [
      addTopicEdit({ topicId: 'a', text: 'during W1', at: DURING_W1 }),
      addTopicEdit({ topicId: 'b', text: 'after W1', at: BETWEEN_W1_W2 }),
      addTopicEdit({ topicId: 'c', text: 'after W2', at: BETWEEN_W2_W3 }),
    ],
    expected: {
      [W1]: ['during W1:open'],
      [W2]: ['during W1:open+carried', 'after W1:open'],
      [W3]: ['during W1:open+carried', 'after W1:open+carried', 'after W2:open'],
    },
  },
  {
    name: 'deleted topics never show; one edited after its delete comes back',
    occurrences: weekly,
    edits: [
      addTopicEdit({ topicId: 'a', text: 'deleted', at: BEFORE_W1, createdForOccurrence: W1 }),
      spaceEdit('deleteTopic', { topicId: 'a', at: DURING_W1 }),
      addTopicEdit({ topicId: 'b', text: 'revived', at: BEFORE_W1, createdForOccurrence: W1 }),
      spaceEdit('deleteTopic', { topicId: 'b', at: DURING_W1, by: 'leader' }),
      spaceEdit('editTopicText', {
        topicId: 'b',
        text: 'revived, edited',
        at: '2026-11-02T14:12:00.000Z',
        by: 'employee',
      }),
    ],
    expected: { [W1]: ['revived, edited:open'], [W2]: ['revived, edited:open+carried'] },
  },
];

describe('agendaForOccurrence: carry-over', () => {
  it.each(cases)('$name', ({ occurrences, edits, expected }) => {
    const document = space(edits);
    for (const [key, topics] of Object.entries(expected)) {
      expect({ key, topics: topicsAt(document, occurrences, key) }).toEqual({ key, topics });
    }
  });

  it('lists topics in section order, then by their order within the section', () => {
    const document = space([
      addTopicEdit({
        topicId: 'd',
        text: 'accountability',
        section: 'accountability',
        order: 0,
        at: BEFORE_W1,
      }),
      addTopicEdit({
        topicId: 'c2',
        text: 'capability second',
        section: 'capability',
        order: 2,
        at: BEFORE_W1,
      }),
      addTopicEdit({
        topicId: 'c1',
        text: 'capability first',
        section: 'capability',
        order: 1,
        at: BEFORE_W1,
      }),
      addTopicEdit({ topicId: 'a', text: 'check-in', section: 'checkIn', order: 5, at: BEFORE_W1 }),
    ]);
    const agenda = agendaForOccurrence(document, weekly, W1, prompts);
    expect(agenda?.sections.map((s) => [s.id, s.prompts.length, s.topics.map((t) => t.topic.text)])).toEqual([
      ['checkIn', 3, ['check-in']],
      ['direction', 3, []],
      ['capability', 3, ['capability first', 'capability second']],
      ['accountability', 3, ['accountability']],
    ]);
    expect(agenda?.sections[0]?.prompts).toEqual(prompts.checkIn);
  });

  it('shows a cancelled occurrence with what was due and where it moves, consuming nothing', () => {
    const occurrences = [occurrence(W1), occurrence(W2, { cancelled: true }), occurrence(W3)];
    const document = space([
      addTopicEdit({ topicId: 'a', text: 'for W2', at: BETWEEN_W1_W2, createdForOccurrence: W2 }),
      addTopicEdit({ topicId: 'b', text: 'for W3', at: BETWEEN_W1_W2, createdForOccurrence: W3 }),
    ]);
    const agenda = agendaForOccurrence(document, occurrences, W2, prompts);
    expect(agenda?.occurrence.isCancelled).toBe(true);
    expect(agenda?.movesTo?.key).toBe(W3);
    expect(topicsAt(document, occurrences, W2)).toEqual(['for W2:open']);
    expect(topicsAt(document, occurrences, W3)).toEqual(['for W2:open+carried', 'for W3:open']);
  });

  it('treats a key the calendar does not list as a held meeting at that instant', () => {
    const document = space([
      addTopicEdit({ topicId: 'a', text: 'A', at: BEFORE_W1, createdForOccurrence: W1 }),
    ]);
    expect(topicsAt(document, [], W2)).toEqual(['A:open']);
    expect(agendaForOccurrence(document, [], 'not a date', prompts)).toBeNull();
  });

  it('accepts occurrence keys in any ISO spelling', () => {
    const document = space([
      addTopicEdit({ topicId: 'a', text: 'A', at: BEFORE_W1, createdForOccurrence: W1 }),
    ]);
    const spelledDifferently = [{ ...occurrence(W1), key: '2026-11-02T09:00:00-05:00' }];
    expect(topicsAt(document, spelledDifferently, '2026-11-02T14:00:00Z')).toEqual(['A:open']);
  });
});

describe('agendaForOccurrence: action items under Accountability', () => {
  const edits = [
    addActionItemEdit({ actionItemId: 'x', text: 'Send the draft', at: DURING_W1, createdInOccurrence: W1 }),
    addActionItemEdit({ actionItemId: 'y', text: 'Book training', at: DURING_W1, createdInOccurrence: W1 }),
    spaceEdit('setActionItemStatus', { actionItemId: 'y', status: 'done', occurrence: W3, at: W3 }),
    addActionItemEdit({ actionItemId: 'z', text: 'Made in W2', at: W2, createdInOccurrence: W2 }),
    spaceEdit('setActionItemStatus', {
      actionItemId: 'z',
      status: 'dropped',
      occurrence: W2,
      at: '2026-11-09T14:20:00.000Z',
    }),
  ];

  it.each([
    [W1, ['Send the draft:open', 'Book training:open']],
    [W2, ['Send the draft:open+carried', 'Book training:open+carried', 'Made in W2:dropped']],
    [W3, ['Send the draft:open+carried', 'Book training:done+carried']],
    [W4, ['Send the draft:open+carried']],
  ])('at %s', (key, expected) => {
    expect(actionsAt(space(edits), weekly, key)).toEqual(expected);
  });

  it('an item closed between meetings shows closed in the next meeting, once', () => {
    const document = space([
      addActionItemEdit({ actionItemId: 'x', text: 'X', at: DURING_W1, createdInOccurrence: W1 }),
      spaceEdit('setActionItemStatus', {
        actionItemId: 'x',
        status: 'done',
        occurrence: null,
        at: BETWEEN_W1_W2,
      }),
    ]);
    expect(actionsAt(document, weekly, W1)).toEqual(['X:open']);
    expect(actionsAt(document, weekly, W2)).toEqual(['X:done+carried']);
    expect(actionsAt(document, weekly, W3)).toEqual([]);
  });

  it('an item closed in a cancelled occurrence shows closed in the next held one', () => {
    const occurrences = [occurrence(W1), occurrence(W2, { cancelled: true }), occurrence(W3)];
    const document = space([
      addActionItemEdit({ actionItemId: 'x', text: 'X', at: DURING_W1, createdInOccurrence: W1 }),
      spaceEdit('setActionItemStatus', {
        actionItemId: 'x',
        status: 'done',
        occurrence: W2,
        at: BETWEEN_W1_W2,
      }),
    ]);
    expect(actionsAt(document, occurrences, W2)).toEqual(['X:open+carried']);
    expect(actionsAt(document, occurrences, W3)).toEqual(['X:done+carried']);
  });

  it('a deleted item is not shown', () => {
    const document = space([
      addActionItemEdit({ actionItemId: 'x', text: 'X', at: DURING_W1, createdInOccurrence: W1 }),
      spaceEdit('deleteActionItem', { actionItemId: 'x', at: BETWEEN_W1_W2 }),
    ]);
    expect(actionsAt(document, weekly, W1)).toEqual([]);
  });
});

describe('nextHeldOccurrence', () => {
  const list = [occurrence(W3), occurrence(W1), occurrence(W2, { cancelled: true })];

  it.each([
    ['before the first', BEFORE_W1, W1],
    ['during one (in progress counts)', DURING_W1, W1],
    ['after one ended, skipping a cancelled one', BETWEEN_W1_W2, W3],
    ['after the last', '2026-12-01T00:00:00.000Z', null],
  ])('%s', (_name, now, expected) => {
    expect(nextHeldOccurrence(list, now)?.key ?? null).toBe(expected);
  });

  it("returns the caller's own object", () => {
    const withEvent = list.map((o) => ({ ...o, eventId: `event-${o.key}` }));
    expect(nextHeldOccurrence(withEvent, new Date(BEFORE_W1))?.eventId).toBe(`event-${W1}`);
  });
});

describe('carryOverPreview', () => {
  it('lists what moves to the next held 1:1: undiscussed topics and open action items', () => {
    const occurrences = [occurrence(W1), occurrence(W2, { cancelled: true }), occurrence(W3)];
    const document = space([
      addTopicEdit({ topicId: 'a', text: 'open', at: BEFORE_W1, createdForOccurrence: W1 }),
      addTopicEdit({ topicId: 'b', text: 'discussed', at: BEFORE_W1, createdForOccurrence: W1 }),
      addTopicEdit({ topicId: 'c', text: 'deferred', at: BEFORE_W1, createdForOccurrence: W1 }),
      addTopicEdit({ topicId: 'd', text: 'for later', at: BEFORE_W1, createdForOccurrence: W3 }),
      spaceEdit('setTopicStatus', { topicId: 'b', status: 'discussed', occurrence: W1, at: DURING_W1 }),
      spaceEdit('setTopicStatus', { topicId: 'c', status: 'deferred', occurrence: W1, at: DURING_W1 }),
      addActionItemEdit({ actionItemId: 'x', text: 'open item', at: DURING_W1, createdInOccurrence: W1 }),
      addActionItemEdit({ actionItemId: 'y', text: 'done item', at: DURING_W1, createdInOccurrence: W1 }),
      spaceEdit('setActionItemStatus', {
        actionItemId: 'y',
        status: 'done',
        occurrence: W1,
        at: '2026-11-02T14:20:00.000Z',
      }),
    ]);
    const preview = carryOverPreview(document, occurrences, W1);
    expect(preview?.to?.key).toBe(W3);
    expect(preview?.topics.map((t) => t.text)).toEqual(['open', 'deferred']);
    expect(preview?.actionItems.map((a) => a.text)).toEqual(['open item']);
  });
});

describe('occurrenceHistory', () => {
  it('records per past meeting what was discussed, deferred, agreed and closed, newest first', () => {
    const document = space([
      addTopicEdit({ topicId: 'a', text: 'discussed in W1', at: BEFORE_W1, createdForOccurrence: W1 }),
      addTopicEdit({
        topicId: 'b',
        text: 'deferred in W1, discussed in W2',
        at: BEFORE_W1,
        createdForOccurrence: W1,
      }),
      spaceEdit('setTopicStatus', { topicId: 'a', status: 'discussed', occurrence: W1, at: DURING_W1 }),
      spaceEdit('setTopicStatus', { topicId: 'b', status: 'deferred', occurrence: W1, at: DURING_W1 }),
      spaceEdit('setTopicStatus', { topicId: 'b', status: 'discussed', occurrence: W2, at: W2 }),
      addActionItemEdit({ actionItemId: 'x', text: 'agreed in W1', at: DURING_W1, createdInOccurrence: W1 }),
      spaceEdit('setActionItemStatus', { actionItemId: 'x', status: 'done', occurrence: W2, at: W2 }),
      spaceEdit('setSharedNote', { occurrence: W1, text: 'W1 notes', at: DURING_W1 }),
      spaceEdit('setSharedNote', { occurrence: W2, text: '', at: W2, by: 'employee' }),
    ]);
    const history = occurrenceHistory(document, weekly, BETWEEN_W2_W3);
    expect(
      history.map((record) => ({
        key: record.occurrence.key,
        discussed: record.discussed.map((t) => t.text),
        deferred: record.deferred.map((t) => t.text),
        created: record.actionItemsCreated.map((a) => a.text),
        closed: record.actionItemsClosed.map((a) => a.text),
        notes: record.notes.map((n) => `${n.author}: ${n.text}`),
      })),
    ).toEqual([
      {
        key: W2,
        discussed: ['deferred in W1, discussed in W2'],
        deferred: [],
        created: [],
        closed: ['agreed in W1'],
        notes: [],
      },
      {
        key: W1,
        discussed: ['discussed in W1'],
        deferred: ['deferred in W1, discussed in W2'],
        created: ['agreed in W1'],
        closed: [],
        notes: ['leader: W1 notes'],
      },
    ]);
  });

  it('keeps meetings of a deleted series when the space recorded something in them', () => {
    const document = space([
      addTopicEdit({ topicId: 'a', text: 'A', at: BEFORE_W1, createdForOccurrence: W1 }),
      spaceEdit('setTopicStatus', { topicId: 'a', status: 'discussed', occurrence: W1, at: DURING_W1 }),
    ]);
    const newSeries = [occurrence('2026-11-10T15:00:00.000Z')];
    const history = occurrenceHistory(document, newSeries, '2026-11-20T00:00:00.000Z');
    expect(history.map((r) => [r.occurrence.key, r.discussed.map((t) => t.text)])).toEqual([
      ['2026-11-10T15:00:00.000Z', []],
      [W1, ['A']],
    ]);
  });

  it('leaves out meetings not over yet and cancelled ones', () => {
    const occurrences = [occurrence(W1), occurrence(W2, { cancelled: true }), occurrence(W3)];
    expect(occurrenceHistory(space([]), occurrences, DURING_W1)).toEqual([]);
    expect(occurrenceHistory(space([]), occurrences, W4).map((r) => r.occurrence.key)).toEqual([W3, W1]);
  });
});
