import { changeExpectationTombstone } from './expectationEdits';
import { isAuthorOfEntry, type PerformanceList, updateEntry } from './performanceEntryLists';
import type { SpaceDocument } from './spaceDocument';
import type { SpaceEditBase } from './spaceEdits';
import type { Stamp } from './spaceStamp';

/**
 * Deleting an entry of a version 2 list, and undoing it: a tombstone with its stamp, never a removal, so an
 * older copy cannot bring the entry back (and an edit stamped after the delete does, `entityLiveness.ts`).
 * Either person deletes a priority or a growth goal; feedback and coaching notes only their author.
 */

/** A tombstone on an entry of one of the version 2 lists. */
export interface DeletePerformanceEntryEdit extends SpaceEditBase {
  type: 'deletePerformanceEntry';
  list: PerformanceList;
  entryId: string;
}

/** Undo of a delete. */
export interface RestorePerformanceEntryEdit extends SpaceEditBase {
  type: 'restorePerformanceEntry';
  list: PerformanceList;
  entryId: string;
}

export type TombstoneEdit = DeletePerformanceEntryEdit | RestorePerformanceEntryEdit;

export function applyTombstoneEdit(
  document: SpaceDocument,
  edit: TombstoneEdit,
  stamp: Stamp,
): SpaceDocument {
  const deleted = edit.type === 'deletePerformanceEntry';
  if (edit.list === 'expectations') {
    // An expectation's history also says when it was removed and brought back.
    return changeExpectationTombstone(document, edit.entryId, stamp, deleted);
  }
  switch (edit.list) {
    case 'growthGoals':
      return updateEntry(document, 'growthGoals', edit.entryId, (goal) =>
        withTombstone(goal, deleted, stamp),
      );
    case 'coachingNotes':
      if (!isAuthorOfEntry(document.coachingNotes, edit.entryId, stamp.by)) return document;
      return updateEntry(document, 'coachingNotes', edit.entryId, (note) =>
        withTombstone(note, deleted, stamp),
      );
    case 'feedback':
      if (!isAuthorOfEntry(document.feedback, edit.entryId, stamp.by)) return document;
      return updateEntry(document, 'feedback', edit.entryId, (entry) => withTombstone(entry, deleted, stamp));
    default:
      return document;
  }
}

function withTombstone<E extends { deleted: boolean; stamps: { deleted: Stamp } }>(
  entry: E,
  deleted: boolean,
  stamp: Stamp,
): E {
  return { ...entry, deleted, stamps: { ...entry.stamps, deleted: stamp } };
}
