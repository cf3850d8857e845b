import { applyCoachingNoteEdit, type CoachingNoteEdit } from './coachingNoteEdits';
import { applyExpectationEdit, type ExpectationEdit } from './expectationEdits';
import { applyFeedbackEdit, type FeedbackEdit } from './feedbackEdits';
import { applyGrowthGoalEdit, type GrowthGoalEdit } from './growthGoalEdits';
import { applyTombstoneEdit, type TombstoneEdit } from './performanceTombstoneEdits';
import { applySectionPromptsEdit, type SetSectionPromptsEdit } from './sectionPromptsEdit';
import type { SpaceDocument } from './spaceDocument';
import type { Stamp } from './spaceStamp';

/**
 * The edits of the version 2 entities, applied by the same rules as every space edit (see
 * `applySpaceEdit`): a write of its fields with stamp `{at, by}` joined into the document, safe to
 * replay, a no-op when the document could not store it validly or the entity is unknown.
 *
 * Who may do what: either person proposes expectations and growth goals, records feedback and adds
 * coaching notes; only the leader confirms, and only the leader sets the pair's prompts (the same
 * edit by the employee is a no-op). Feedback and coaching notes are their author's words: only the
 * author edits, deletes or restores one. An employee's change to the wording of a confirmed expectation
 * or goal withdraws the confirmation, so the leader confirms what it now says.
 */

export type PerformanceEdit =
  | ExpectationEdit
  | GrowthGoalEdit
  | CoachingNoteEdit
  | FeedbackEdit
  | TombstoneEdit
  | SetSectionPromptsEdit;

/** Applies one version 2 edit with its stamp (already checked by `applySpaceEdit`), by the entity's own file. */
export function applyPerformanceEdit(
  document: SpaceDocument,
  edit: PerformanceEdit,
  stamp: Stamp,
): SpaceDocument {
  switch (edit.type) {
    case 'proposeExpectation':
    case 'editExpectation':
    case 'setExpectationStatus':
    case 'confirmExpectation':
      return applyExpectationEdit(document, edit, stamp);
    case 'proposeGrowthGoal':
    case 'editGrowthGoal':
    case 'setGrowthGoalStatus':
    case 'confirmGrowthGoal':
      return applyGrowthGoalEdit(document, edit, stamp);
    case 'addCoachingNote':
    case 'editCoachingNote':
      return applyCoachingNoteEdit(document, edit, stamp);
    case 'recordFeedback':
    case 'editFeedback':
      return applyFeedbackEdit(document, edit, stamp);
    case 'deletePerformanceEntry':
    case 'restorePerformanceEntry':
      return applyTombstoneEdit(document, edit, stamp);
    case 'setSectionPrompts':
      return applySectionPromptsEdit(document, edit, stamp);
  }
}
