import { isActionItemLive, isEntryLive } from '../space/entityLiveness';
import type { Expectation } from '../space/expectation';
import type { GrowthGoal } from '../space/growthGoal';
import type { IsoInstant } from '../space/isoInstant';
import type { ActionItem, SpaceDocument } from '../space/spaceDocument';
import type { SpaceEdit } from '../space/spaceEdits';

/**
 * What the employee takes to a new leader's space when their manager changes, once they agree: their own
 * open action items, the active priorities and the active growth goals. Nothing else: no topics, notes,
 * feedback or coaching notes of the previous relationship (and private notes are never in a space at all).
 */
export interface CarryInPlan {
  actionItems: ActionItem[];
  expectations: Expectation[];
  growthGoals: GrowthGoal[];
}

export function carryInPlan(previous: SpaceDocument): CarryInPlan {
  return {
    actionItems: previous.actionItems.filter(
      (item) => isActionItemLive(item) && item.status === 'open' && item.owner === 'employee',
    ),
    expectations: previous.expectations.filter((e) => isEntryLive(e) && e.status === 'active'),
    growthGoals: previous.growthGoals.filter((g) => isEntryLive(g) && g.status === 'active'),
  };
}

export function isEmptyCarryIn(plan: CarryInPlan): boolean {
  return plan.actionItems.length + plan.expectations.length + plan.growthGoals.length === 0;
}

/** The id a carried entry gets: derived from the old one, so carrying twice adds nothing. */
function carriedId(id: string): string {
  return `carried-${id}`.slice(0, 100);
}

/**
 * The plan as the employee's edits on the new space. Priorities and goals arrive as the employee's
 * proposals, so the new leader confirms them; action items keep their text, owner and due date.
 */
export function carryInEdits(plan: CarryInPlan, at: IsoInstant): SpaceEdit[] {
  const base = (id: string) => ({ id: carriedId(`edit-${id}`), at, by: 'employee' as const });
  return [
    ...plan.actionItems.map(
      (item): SpaceEdit => ({
        ...base(item.id),
        type: 'addActionItem',
        actionItemId: carriedId(item.id),
        text: item.text,
        owner: 'employee',
        dueDate: item.dueDate,
        createdInOccurrence: null,
      }),
    ),
    ...plan.expectations.map(
      (e): SpaceEdit => ({
        ...base(e.id),
        type: 'proposeExpectation',
        expectationId: carriedId(e.id),
        priority: e.priority,
        whatGoodLooksLike: e.whatGoodLooksLike,
        goalLink: e.goalLink,
        reviewDate: e.reviewDate,
      }),
    ),
    ...plan.growthGoals.map(
      (g): SpaceEdit => ({
        ...base(g.id),
        type: 'proposeGrowthGoal',
        growthGoalId: carriedId(g.id),
        capability: g.capability,
        nextStep: g.nextStep,
        leaderSupport: g.leaderSupport,
      }),
    ),
  ];
}
