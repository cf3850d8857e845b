import { isEntityId } from './entityId';
import { toIsoInstant } from './isoInstant';
import type { OccurrenceKey } from './occurrenceKey';
import { isAuthorOfEntry, isFull, updateEntry, upsertEntry } from './performanceEntryLists';
import { MAX_COACHING_NOTES } from './spaceCountLimits';
import type { SpaceDocument } from './spaceDocument';
import type { SpaceEditBase } from './spaceEdits';
import type { Stamp } from './spaceStamp';
import { COACHING_NOTE_TEXT_MAX, checkText } from './textLimits';

/**
 * Edits of the coaching notes attached to a growth goal, from any occurrence or between meetings. Only its
 * author edits a note (`isAuthorOfEntry`).
 */

export interface AddCoachingNoteEdit extends SpaceEditBase {
  type: 'addCoachingNote';
  coachingNoteId: string;
  growthGoalId: string;
  /** The occurrence it is written in; null between meetings. */
  occurrence: OccurrenceKey | null;
  text: string;
}

export interface EditCoachingNoteEdit extends SpaceEditBase {
  type: 'editCoachingNote';
  coachingNoteId: string;
  text: string;
}

export type CoachingNoteEdit = AddCoachingNoteEdit | EditCoachingNoteEdit;

export function applyCoachingNoteEdit(
  document: SpaceDocument,
  edit: CoachingNoteEdit,
  stamp: Stamp,
): SpaceDocument {
  switch (edit.type) {
    case 'addCoachingNote':
      return addCoachingNote(document, edit, stamp);
    case 'editCoachingNote': {
      const text = checkText(edit.text, COACHING_NOTE_TEXT_MAX);
      if (!text.ok || !isAuthorOfEntry(document.coachingNotes, edit.coachingNoteId, stamp.by))
        return document;
      return updateEntry(document, 'coachingNotes', edit.coachingNoteId, (note) => ({
        ...note,
        text: text.value,
        stamps: { ...note.stamps, text: stamp },
      }));
    }
  }
}

function addCoachingNote(document: SpaceDocument, edit: AddCoachingNoteEdit, stamp: Stamp): SpaceDocument {
  const text = checkText(edit.text, COACHING_NOTE_TEXT_MAX);
  const occurrence = edit.occurrence === null ? null : toIsoInstant(edit.occurrence);
  if (!text.ok || (occurrence === null && edit.occurrence !== null) || !isEntityId(edit.coachingNoteId)) {
    return document;
  }
  if (!document.growthGoals.some((goal) => goal.id === edit.growthGoalId)) return document;
  if (isFull(document.coachingNotes, edit.coachingNoteId, MAX_COACHING_NOTES)) return document;
  return upsertEntry(document, 'coachingNotes', {
    id: edit.coachingNoteId,
    growthGoalId: edit.growthGoalId,
    author: edit.by,
    createdAt: stamp.at,
    occurrence,
    text: text.value,
    deleted: false,
    stamps: { text: stamp, deleted: stamp },
  });
}
