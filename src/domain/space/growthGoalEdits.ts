import { isEntityId } from './entityId';
import { GROWTH_GOAL_STATUSES, type GrowthGoal, type GrowthGoalStatus } from './growthGoal';
import { isFull, updateEntry, upsertEntry } from './performanceEntryLists';
import { MAX_GROWTH_GOALS } from './spaceCountLimits';
import type { SpaceDocument } from './spaceDocument';
import type { SpaceEditBase } from './spaceEdits';
import type { Stamp } from './spaceStamp';
import { CAPABILITY_TEXT_MAX, checkText, GROWTH_STEP_TEXT_MAX } from './textLimits';

/**
 * Edits of the growth plan's goals. Either person proposes and edits; only the leader confirms. An employee's
 * change to a confirmed goal's capability withdraws the confirmation.
 */

export interface ProposeGrowthGoalEdit extends SpaceEditBase {
  type: 'proposeGrowthGoal';
  growthGoalId: string;
  capability: string;
  nextStep: string;
  leaderSupport: string;
}

export interface EditGrowthGoalEdit extends SpaceEditBase {
  type: 'editGrowthGoal';
  growthGoalId: string;
  capability?: string;
  nextStep?: string;
  leaderSupport?: string;
}

export interface SetGrowthGoalStatusEdit extends SpaceEditBase {
  type: 'setGrowthGoalStatus';
  growthGoalId: string;
  status: GrowthGoalStatus;
}

export interface ConfirmGrowthGoalEdit extends SpaceEditBase {
  type: 'confirmGrowthGoal';
  growthGoalId: string;
}

export type GrowthGoalEdit =
  | ProposeGrowthGoalEdit
  | EditGrowthGoalEdit
  | SetGrowthGoalStatusEdit
  | ConfirmGrowthGoalEdit;

export function applyGrowthGoalEdit(
  document: SpaceDocument,
  edit: GrowthGoalEdit,
  stamp: Stamp,
): SpaceDocument {
  switch (edit.type) {
    case 'proposeGrowthGoal':
      return proposeGrowthGoal(document, edit, stamp);
    case 'editGrowthGoal':
      return editGrowthGoal(document, edit, stamp);
    case 'setGrowthGoalStatus':
      if (!(GROWTH_GOAL_STATUSES as readonly string[]).includes(edit.status)) return document;
      return changeGrowthGoal(document, edit.growthGoalId, stamp, { status: edit.status });
    case 'confirmGrowthGoal':
      if (edit.by !== 'leader') return document;
      return changeGrowthGoal(document, edit.growthGoalId, stamp, { confirmed: true });
  }
}

type GrowthGoalFields = Partial<
  Pick<GrowthGoal, 'capability' | 'nextStep' | 'leaderSupport' | 'status' | 'confirmed'>
>;

const GROWTH_GOAL_REGISTER_OF: Record<keyof GrowthGoalFields, keyof GrowthGoal['stamps']> = {
  capability: 'capability',
  nextStep: 'nextStep',
  leaderSupport: 'leaderSupport',
  status: 'status',
  confirmed: 'confirmation',
};

function proposeGrowthGoal(
  document: SpaceDocument,
  edit: ProposeGrowthGoalEdit,
  stamp: Stamp,
): SpaceDocument {
  const capability = checkText(edit.capability, CAPABILITY_TEXT_MAX);
  const nextStep = checkText(edit.nextStep, GROWTH_STEP_TEXT_MAX, true);
  const leaderSupport = checkText(edit.leaderSupport, GROWTH_STEP_TEXT_MAX, true);
  if (!capability.ok || !nextStep.ok || !leaderSupport.ok) return document;
  if (!isEntityId(edit.growthGoalId) || isFull(document.growthGoals, edit.growthGoalId, MAX_GROWTH_GOALS)) {
    return document;
  }
  return upsertEntry(document, 'growthGoals', {
    id: edit.growthGoalId,
    proposedBy: edit.by,
    createdAt: stamp.at,
    capability: capability.value,
    nextStep: nextStep.value,
    leaderSupport: leaderSupport.value,
    status: 'active',
    confirmed: edit.by === 'leader',
    deleted: false,
    stamps: {
      capability: stamp,
      nextStep: stamp,
      leaderSupport: stamp,
      status: stamp,
      confirmation: stamp,
      deleted: stamp,
    },
  });
}

function editGrowthGoal(document: SpaceDocument, edit: EditGrowthGoalEdit, stamp: Stamp): SpaceDocument {
  const fields: GrowthGoalFields = {};
  const texts = [
    ['capability', edit.capability, CAPABILITY_TEXT_MAX, false],
    ['nextStep', edit.nextStep, GROWTH_STEP_TEXT_MAX, true],
    ['leaderSupport', edit.leaderSupport, GROWTH_STEP_TEXT_MAX, true],
  ] as const;
  for (const [field, raw, maxLength, allowEmpty] of texts) {
    if (raw === undefined) continue;
    const check = checkText(raw, maxLength, allowEmpty);
    if (!check.ok) return document;
    fields[field] = check.value;
  }
  if (Object.keys(fields).length === 0) return document;
  if (stamp.by === 'employee' && fields.capability !== undefined) fields.confirmed = false;
  return changeGrowthGoal(document, edit.growthGoalId, stamp, fields);
}

function changeGrowthGoal(
  document: SpaceDocument,
  id: string,
  stamp: Stamp,
  fields: GrowthGoalFields,
): SpaceDocument {
  return updateEntry(document, 'growthGoals', id, (goal) => {
    const stamps = { ...goal.stamps };
    for (const field of Object.keys(fields) as (keyof GrowthGoalFields)[]) {
      stamps[GROWTH_GOAL_REGISTER_OF[field]] = stamp;
    }
    return { ...goal, ...fields, stamps };
  });
}
