import { describe, expect, it } from 'vitest';
import { preparationBrief } from '../../src/domain/space/preparationBrief';
import type { SpaceDocument } from '../../src/domain/space/spaceDocument';
import { applySpaceEdits, type SpaceEdit } from '../../src/domain/space/spaceEdits';
import { addActionItemEdit, addTopicEdit, emptySpace, occurrence, spaceEdit } from '../support/spaceBuilders';

const W1 = '2026-11-03T14:00:00.000Z';
const W2 = '2026-11-10T14:00:00.000Z'; // cancelled
const W3 = '2026-11-17T14:00:00.000Z';
const OCCURRENCES = [occurrence(W1), occurrence(W2, { cancelled: true }), occurrence(W3)];
const CLOCK = { now: new Date('2026-11-16T12:00:00.000Z'), timeZone: 'UTC' };

function feedback(id: string, at: string, by: 'leader' | 'employee' = 'leader'): SpaceEdit {
  return spaceEdit('recordFeedback', {
    feedbackId: id,
    at,
    by,
    kind: 'recognition',
    text: `Feedback ${id}`,
    date: at.slice(0, 10),
    linkedTo: null,
  });
}

function expectation(id: string, at: string, by: 'leader' | 'employee' = 'leader'): SpaceEdit {
  return spaceEdit('proposeExpectation', {
    expectationId: id,
    at,
    by,
    priority: `Priority ${id}`,
    whatGoodLooksLike: '',
    goalLink: null,
    reviewDate: null,
  });
}

function goal(id: string, at: string): SpaceEdit {
  return spaceEdit('proposeGrowthGoal', {
    growthGoalId: id,
    at,
    by: 'employee',
    capability: `Capability ${id}`,
    nextStep: '',
    leaderSupport: '',
  });
}

const space: SpaceDocument = applySpaceEdits(emptySpace('2026-10-01T12:00:00.000Z'), [
  addTopicEdit({ topicId: 'old-employee', at: '2026-11-01T10:00:00.000Z', by: 'employee' }),
  addTopicEdit({ topicId: 'new-employee', at: '2026-11-05T10:00:00.000Z', by: 'employee' }),
  addTopicEdit({ topicId: 'new-leader', at: '2026-11-05T11:00:00.000Z', by: 'leader' }),
  addTopicEdit({ topicId: 'deleted-employee', at: '2026-11-05T12:00:00.000Z', by: 'employee' }),
  spaceEdit('deleteTopic', { topicId: 'deleted-employee', at: '2026-11-05T12:01:00.000Z', by: 'employee' }),
  addActionItemEdit({ actionItemId: 'overdue', at: '2026-11-03T14:20:00.000Z', dueDate: '2026-11-12' }),
  addActionItemEdit({ actionItemId: 'due-that-day', at: '2026-11-03T14:21:00.000Z', dueDate: '2026-11-17' }),
  addActionItemEdit({ actionItemId: 'due-later', at: '2026-11-03T14:22:00.000Z', dueDate: '2026-11-30' }),
  addActionItemEdit({ actionItemId: 'done', at: '2026-11-03T14:23:00.000Z', dueDate: '2026-11-10' }),
  spaceEdit('setActionItemStatus', {
    actionItemId: 'done',
    status: 'done',
    occurrence: null,
    at: '2026-11-09T09:00:00.000Z',
  }),
  feedback('before', '2026-11-02T09:00:00.000Z'),
  feedback('since', '2026-11-06T09:00:00.000Z', 'employee'),
  feedback('deleted', '2026-11-07T09:00:00.000Z'),
  spaceEdit('deletePerformanceEntry', {
    list: 'feedback',
    entryId: 'deleted',
    at: '2026-11-07T09:01:00.000Z',
  }),
  expectation('unchanged', '2026-10-20T09:00:00.000Z'),
  expectation('status-changed', '2026-10-20T09:01:00.000Z'),
  spaceEdit('setExpectationStatus', {
    expectationId: 'status-changed',
    status: 'achieved',
    at: '2026-11-08T09:00:00.000Z',
  }),
  expectation('proposed-since', '2026-11-09T09:00:00.000Z', 'employee'),
  goal('goal-with-note', '2026-10-15T09:00:00.000Z'),
  goal('goal-untouched', '2026-10-15T09:01:00.000Z'),
  spaceEdit('addCoachingNote', {
    coachingNoteId: 'note-1',
    growthGoalId: 'goal-with-note',
    occurrence: null,
    text: 'Tried the new format',
    at: '2026-11-10T09:00:00.000Z',
    by: 'employee',
  }),
]);

describe('preparationBrief: since your last 1:1', () => {
  const brief = preparationBrief(space, OCCURRENCES, W3, 'leader', CLOCK);

  it('counts from the last held 1:1, skipping the cancelled one', () => {
    expect(brief?.lastOccurrence).toBe(W1);
    expect(brief?.daysSinceLast).toBe(13);
  });

  it('lists the topics the other person added since then, still open', () => {
    expect(brief?.topicsFromOther.map((t) => t.id)).toEqual(['new-employee']);
    const forEmployee = preparationBrief(space, OCCURRENCES, W3, 'employee', CLOCK);
    expect(forEmployee?.topicsFromOther.map((t) => t.id)).toEqual(['new-leader']);
  });

  it('lists open action items due by the meeting, marking the overdue ones', () => {
    expect(brief?.actionItemsDue.map((d) => [d.actionItem.id, d.overdue])).toEqual([
      ['overdue', true],
      ['due-that-day', false],
    ]);
  });

  it('lists feedback recorded since then, by either person, without deleted entries', () => {
    expect(brief?.feedbackSince.map((f) => f.id)).toEqual(['since']);
  });

  it('lists the priorities and goals changed since then, with who changed them and when', () => {
    expect(brief?.expectationsChanged.map((c) => [c.expectation.id, c.lastChange])).toEqual([
      ['status-changed', { at: '2026-11-08T09:00:00.000Z', by: 'leader' }],
      ['proposed-since', { at: '2026-11-09T09:00:00.000Z', by: 'employee' }],
    ]);
    // A coaching note is a change of its goal.
    expect(brief?.growthGoalsChanged.map((c) => [c.growthGoal.id, c.lastChange])).toEqual([
      ['goal-with-note', { at: '2026-11-10T09:00:00.000Z', by: 'employee' }],
    ]);
  });

  it('before the first 1:1, counts from the space’s creation', () => {
    const first = preparationBrief(space, OCCURRENCES, W1, 'leader', {
      now: new Date('2026-11-02T12:00:00.000Z'),
      timeZone: 'UTC',
    });
    expect(first?.lastOccurrence).toBeNull();
    expect(first?.daysSinceLast).toBeNull();
    expect(first?.feedbackSince.map((f) => f.id)).toEqual(['before', 'since']);
  });

  it('counts days in the viewer’s zone', () => {
    // 2026-11-16T03:00Z is still 15 November in Toronto: 12 days after 3 November.
    const early = preparationBrief(space, OCCURRENCES, W3, 'leader', {
      now: new Date('2026-11-16T03:00:00.000Z'),
      timeZone: 'America/Toronto',
    });
    expect(early?.daysSinceLast).toBe(12);
  });

  it('is null for a target that is not an instant', () => {
    expect(preparationBrief(space, OCCURRENCES, 'not a time', 'leader', CLOCK)).toBeNull();
  });
});
