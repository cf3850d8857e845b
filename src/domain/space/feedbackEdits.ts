import { type CalendarDate, isCalendarDate } from './calendarDate';
import { isEntityId } from './entityId';
import {
  FEEDBACK_KINDS,
  FEEDBACK_LINK_KINDS,
  type FeedbackEntry,
  type FeedbackKind,
  type FeedbackLink,
} from './feedbackEntry';
import { isAuthorOfEntry, isFull, updateEntry, upsertEntry } from './performanceEntryLists';
import { MAX_FEEDBACK_ENTRIES } from './spaceCountLimits';
import type { SpaceDocument } from './spaceDocument';
import type { SpaceEditBase } from './spaceEdits';
import type { Stamp } from './spaceStamp';
import { checkText, FEEDBACK_TEXT_MAX } from './textLimits';

/**
 * Edits of the feedback and recognition either person records, between meetings or during one. Only its
 * author edits an entry (`isAuthorOfEntry`); the other person's edit is a no-op.
 */

export interface RecordFeedbackEdit extends SpaceEditBase {
  type: 'recordFeedback';
  feedbackId: string;
  kind: FeedbackKind;
  text: string;
  date: CalendarDate;
  linkedTo: FeedbackLink | null;
}

export interface EditFeedbackEdit extends SpaceEditBase {
  type: 'editFeedback';
  feedbackId: string;
  kind?: FeedbackKind;
  text?: string;
  date?: CalendarDate;
  linkedTo?: FeedbackLink | null;
}

export type FeedbackEdit = RecordFeedbackEdit | EditFeedbackEdit;

export function applyFeedbackEdit(document: SpaceDocument, edit: FeedbackEdit, stamp: Stamp): SpaceDocument {
  return edit.type === 'recordFeedback'
    ? recordFeedback(document, edit, stamp)
    : editFeedback(document, edit, stamp);
}

function validLink(link: FeedbackLink | null | undefined): boolean {
  if (link === undefined || link === null) return true;
  return (FEEDBACK_LINK_KINDS as readonly string[]).includes(link.kind) && isEntityId(link.id);
}

function validKind(kind: FeedbackKind | undefined): boolean {
  return kind === undefined || (FEEDBACK_KINDS as readonly string[]).includes(kind);
}

function recordFeedback(document: SpaceDocument, edit: RecordFeedbackEdit, stamp: Stamp): SpaceDocument {
  const text = checkText(edit.text, FEEDBACK_TEXT_MAX);
  if (!text.ok || !validKind(edit.kind) || !isCalendarDate(edit.date) || !validLink(edit.linkedTo))
    return document;
  if (!isEntityId(edit.feedbackId) || isFull(document.feedback, edit.feedbackId, MAX_FEEDBACK_ENTRIES)) {
    return document;
  }
  return upsertEntry(document, 'feedback', {
    id: edit.feedbackId,
    author: edit.by,
    createdAt: stamp.at,
    kind: edit.kind,
    text: text.value,
    date: edit.date,
    linkedTo: edit.linkedTo === null ? null : { kind: edit.linkedTo.kind, id: edit.linkedTo.id },
    deleted: false,
    stamps: { kind: stamp, text: stamp, date: stamp, link: stamp, deleted: stamp },
  });
}

function editFeedback(document: SpaceDocument, edit: EditFeedbackEdit, stamp: Stamp): SpaceDocument {
  const text = edit.text === undefined ? undefined : checkText(edit.text, FEEDBACK_TEXT_MAX);
  if (text !== undefined && !text.ok) return document;
  if (!validKind(edit.kind) || !validLink(edit.linkedTo)) return document;
  if (edit.date !== undefined && !isCalendarDate(edit.date)) return document;
  if (!isAuthorOfEntry(document.feedback, edit.feedbackId, stamp.by)) return document;
  return updateEntry(document, 'feedback', edit.feedbackId, (entry) => {
    const next: FeedbackEntry = { ...entry, stamps: { ...entry.stamps } };
    if (edit.kind !== undefined) {
      next.kind = edit.kind;
      next.stamps.kind = stamp;
    }
    if (text !== undefined) {
      next.text = text.value;
      next.stamps.text = stamp;
    }
    if (edit.date !== undefined) {
      next.date = edit.date;
      next.stamps.date = stamp;
    }
    if (edit.linkedTo !== undefined) {
      next.linkedTo = edit.linkedTo === null ? null : { kind: edit.linkedTo.kind, id: edit.linkedTo.id };
      next.stamps.link = stamp;
    }
    return next;
  });
}
