import { describe, expect, it } from 'vitest';
import { carryInEdits, carryInPlan } from '../../src/domain/record/carryIn';
import { createSpaceDocument } from '../../src/domain/space/createSpaceDocument';
import { applySpaceEdits, type SpaceEdit } from '../../src/domain/space/spaceEdits';
import { emptySpace, spaceEdit } from '../support/spaceBuilders';

const AT = '2026-11-01T10:00:00.000Z';
const later = (minutes: number) => new Date(Date.parse(AT) + minutes * 60_000).toISOString();

function previousSpace() {
  const edits: SpaceEdit[] = [
    spaceEdit('addActionItem', {
      actionItemId: 'mine-open',
      at: AT,
      by: 'employee',
      text: 'Draft the runbook',
      owner: 'employee',
      dueDate: '2026-12-01',
      createdInOccurrence: null,
    }),
    spaceEdit('addActionItem', {
      actionItemId: 'mine-done',
      at: AT,
      text: 'Done already',
      owner: 'employee',
      dueDate: null,
      createdInOccurrence: null,
    }),
    spaceEdit('setActionItemStatus', {
      actionItemId: 'mine-done',
      at: later(1),
      status: 'done',
      occurrence: null,
    }),
    spaceEdit('addActionItem', {
      actionItemId: 'leaders',
      at: AT,
      text: 'Old leader’s own task',
      owner: 'leader',
      dueDate: null,
      createdInOccurrence: null,
    }),
    spaceEdit('addActionItem', {
      actionItemId: 'deleted',
      at: AT,
      text: 'Deleted',
      owner: 'employee',
      dueDate: null,
      createdInOccurrence: null,
    }),
    spaceEdit('deleteActionItem', { actionItemId: 'deleted', at: later(2) }),
    spaceEdit('proposeExpectation', {
      expectationId: 'p-active',
      at: AT,
      priority: 'Permit backlog',
      whatGoodLooksLike: 'Under 30',
      goalLink: null,
      reviewDate: null,
    }),
    spaceEdit('proposeExpectation', {
      expectationId: 'p-retired',
      at: AT,
      priority: 'Old',
      whatGoodLooksLike: '',
      goalLink: null,
      reviewDate: null,
    }),
    spaceEdit('setExpectationStatus', { expectationId: 'p-retired', at: later(3), status: 'retired' }),
    spaceEdit('proposeGrowthGoal', {
      growthGoalId: 'g-active',
      at: AT,
      capability: 'Facilitation',
      nextStep: 'Course',
      leaderSupport: 'Budget',
    }),
    spaceEdit('proposeGrowthGoal', {
      growthGoalId: 'g-paused',
      at: AT,
      capability: 'Paused goal',
      nextStep: '',
      leaderSupport: '',
    }),
    spaceEdit('setGrowthGoalStatus', { growthGoalId: 'g-paused', at: later(4), status: 'paused' }),
    spaceEdit('addCoachingNote', {
      coachingNoteId: 'c1',
      growthGoalId: 'g-active',
      at: later(5),
      occurrence: null,
      text: 'Coaching of the old pair',
    }),
    spaceEdit('setSharedNote', {
      occurrence: '2026-10-20T14:00:00.000Z',
      at: later(6),
      text: 'Shared note of the old pair',
    }),
    spaceEdit('recordFeedback', {
      feedbackId: 'f1',
      at: later(7),
      kind: 'recognition',
      text: 'Old feedback',
      date: '2026-10-20',
      linkedTo: null,
    }),
  ];
  return applySpaceEdits(emptySpace(), edits);
}

const newSpace = () =>
  createSpaceDocument({
    spaceId: 'space-new',
    leader: { id: 'id-nora', email: 'nora@contoso.test', name: 'Nora New' },
    employee: { id: 'id-sam', email: 'sam@contoso.test', name: 'Sam Report' },
    now: '2026-11-15T12:00:00.000Z',
  });

describe('carrying the employee’s work to a new leader', () => {
  it('takes only the employee’s open action items, the active priorities and the active growth goals', () => {
    const plan = carryInPlan(previousSpace());
    expect(plan.actionItems.map((i) => i.id)).toEqual(['mine-open']);
    expect(plan.expectations.map((e) => e.id)).toEqual(['p-active']);
    expect(plan.growthGoals.map((g) => g.id)).toEqual(['g-active']);
  });

  it('arrives in the new space as the employee’s proposals, once, and nothing else of the old pair', () => {
    const edits = carryInEdits(carryInPlan(previousSpace()), '2026-11-16T09:00:00.000Z');
    const carried = applySpaceEdits(newSpace(), edits);
    expect(carried.actionItems.map((i) => [i.text, i.owner, i.dueDate, i.status])).toEqual([
      ['Draft the runbook', 'employee', '2026-12-01', 'open'],
    ]);
    expect(carried.expectations.map((e) => [e.priority, e.confirmed, e.proposedBy])).toEqual([
      ['Permit backlog', false, 'employee'],
    ]);
    expect(carried.growthGoals.map((g) => [g.capability, g.confirmed])).toEqual([['Facilitation', false]]);
    expect(carried.coachingNotes).toEqual([]);
    expect(carried.occurrenceNotes).toEqual([]);
    expect(carried.feedback).toEqual([]);
    expect(carried.topics).toEqual([]);
    expect(JSON.stringify(carried)).not.toContain('old pair');
    // Agreeing twice (two devices) carries nothing more.
    expect(applySpaceEdits(carried, edits)).toBe(carried);
  });
});
