import { applyPeriodSummaryEdit, type PeriodSummaryEdit } from '../record/periodSummaryEdits';
import { isSectionId, type SectionId } from './agendaSections';
import { type CalendarDate, isCalendarDate } from './calendarDate';
import { isEntityId } from './entityId';
import { type IsoInstant, toIsoInstant } from './isoInstant';
import { compareNotes } from './mergeSpaceDocuments';
import { mergeActionItem, mergeSharedNote, mergeTopic, sharedNoteKey } from './mergeSpaceEntities';
import type { OccurrenceKey } from './occurrenceKey';
import { applyPerformanceEdit, type PerformanceEdit } from './performanceEdits';
import type {
  ActionItem,
  ActionItemStatus,
  SharedNote,
  SpaceDocument,
  Topic,
  TopicStatus,
} from './spaceDocument';
import type { SpaceRole, Stamp } from './spaceStamp';
import { checkActionItemText, checkNoteText, checkTopicText } from './textLimits';
import { upsertById } from './upsertById';

/**
 * Every change to a space, as data: the outbox stores these, replays them after a 412 or a
 * dropped request, and the employee's pending-topics document holds them until the space exists.
 * `applySpaceEdit` turns one into a document change.
 *
 * `id` identifies the edit, `at`/`by` become the stamp of every field it writes. Entity ids
 * (`topicId`, `actionItemId`) are chosen by the caller when the entity is added, so replaying an
 * add never creates a second entity.
 */
export interface SpaceEditBase {
  id: string;
  /** When it was made; use `nextEditTime` so it orders after everything the editor has seen. */
  at: IsoInstant;
  by: SpaceRole;
}

export interface AddTopicEdit extends SpaceEditBase {
  type: 'addTopic';
  topicId: string;
  section: SectionId;
  text: string;
  order: number;
  /** The occurrence it is for; null = the next 1:1 after `at`. */
  createdForOccurrence: OccurrenceKey | null;
}

export interface EditTopicTextEdit extends SpaceEditBase {
  type: 'editTopicText';
  topicId: string;
  text: string;
}

/**
 * `discussed` / `deferred` name the occurrence where it happened. `open` reopens (undoing a tick or
 * a deferral); its `occurrence` is ignored. A deferral is remembered after the topic is discussed.
 */
export interface SetTopicStatusEdit extends SpaceEditBase {
  type: 'setTopicStatus';
  topicId: string;
  status: TopicStatus;
  occurrence: OccurrenceKey | null;
}

export interface MoveTopicEdit extends SpaceEditBase {
  type: 'moveTopic';
  topicId: string;
  section: SectionId;
  /** From `orderBetween` (topicOrder.ts). */
  order: number;
}

export interface DeleteTopicEdit extends SpaceEditBase {
  type: 'deleteTopic';
  topicId: string;
}

/** Undo of a delete. */
export interface RestoreTopicEdit extends SpaceEditBase {
  type: 'restoreTopic';
  topicId: string;
}

export interface AddActionItemEdit extends SpaceEditBase {
  type: 'addActionItem';
  actionItemId: string;
  text: string;
  owner: SpaceRole;
  dueDate: CalendarDate | null;
  /** The occurrence it was agreed in; null when written between meetings. */
  createdInOccurrence: OccurrenceKey | null;
}

/** Changes only the fields present. */
export interface EditActionItemEdit extends SpaceEditBase {
  type: 'editActionItem';
  actionItemId: string;
  text?: string;
  owner?: SpaceRole;
  dueDate?: CalendarDate | null;
}

/** `done` / `dropped` name the occurrence where it was closed; `open` reopens. */
export interface SetActionItemStatusEdit extends SpaceEditBase {
  type: 'setActionItemStatus';
  actionItemId: string;
  status: ActionItemStatus;
  occurrence: OccurrenceKey | null;
}

export interface DeleteActionItemEdit extends SpaceEditBase {
  type: 'deleteActionItem';
  actionItemId: string;
}

export interface RestoreActionItemEdit extends SpaceEditBase {
  type: 'restoreActionItem';
  actionItemId: string;
}

/** Replaces the editor's (`by`) shared note of an occurrence; an empty text clears it. */
export interface SetSharedNoteEdit extends SpaceEditBase {
  type: 'setSharedNote';
  occurrence: OccurrenceKey;
  text: string;
}

export type SpaceEdit =
  | AddTopicEdit
  | EditTopicTextEdit
  | SetTopicStatusEdit
  | MoveTopicEdit
  | DeleteTopicEdit
  | RestoreTopicEdit
  | AddActionItemEdit
  | EditActionItemEdit
  | SetActionItemStatusEdit
  | DeleteActionItemEdit
  | RestoreActionItemEdit
  | SetSharedNoteEdit
  | PerformanceEdit
  | PeriodSummaryEdit;

export type SpaceEditType = SpaceEdit['type'];

/**
 * Applies one edit. Pure, and safe to replay:
 * - An edit is a write of its fields with stamp `{at, by}`, joined into the document exactly as
 *   `mergeSpaceDocuments` joins two copies. So applying it twice is applying it once, applying it
 *   to a document that already holds newer values for a field leaves those values, and
 *   "apply edits, then merge" equals "merge, then apply edits".
 * - An edit on a topic or action item the document does not have is a no-op: the outbox replays
 *   edits in order, so the add comes first.
 * - An edit the document could not store validly (text empty or too long after `textLimits`
 *   cleaning, bad id, date or instant) is a no-op too, so a document never fails its own schema.
 *   The UI checks text with `textLimits` before it makes an edit, so users are told, not ignored.
 *
 * Returns the same document object when nothing changed.
 */
export function applySpaceEdit(document: SpaceDocument, edit: SpaceEdit): SpaceDocument {
  const at = toIsoInstant(edit.at);
  if (at === null) return document;
  const stamp: Stamp = { at, by: edit.by };
  switch (edit.type) {
    case 'addTopic': {
      const text = checkTopicText(edit.text);
      const createdFor = optionalKey(edit.createdForOccurrence);
      if (!text.ok || createdFor === undefined || !isEntityId(edit.topicId)) return document;
      if (!isSectionId(edit.section) || !Number.isFinite(edit.order)) return document;
      return upsertTopic(document, {
        id: edit.topicId,
        author: edit.by,
        createdAt: at,
        createdForOccurrence: createdFor,
        section: edit.section,
        order: edit.order + 0,
        text: text.value,
        status: 'open',
        discussedInOccurrence: null,
        deferredFromOccurrence: null,
        deleted: false,
        stamps: { text: stamp, placement: stamp, status: stamp, deferral: stamp, deleted: stamp },
      });
    }
    case 'editTopicText': {
      const text = checkTopicText(edit.text);
      if (!text.ok) return document;
      return updateTopic(document, edit.topicId, (topic) => ({
        ...topic,
        text: text.value,
        stamps: { ...topic.stamps, text: stamp },
      }));
    }
    case 'setTopicStatus': {
      const occurrence = optionalKey(edit.occurrence);
      if (occurrence === undefined) return document;
      return updateTopic(document, edit.topicId, (topic) => {
        if (edit.status === 'discussed') {
          return {
            ...topic,
            status: 'discussed',
            discussedInOccurrence: occurrence,
            stamps: { ...topic.stamps, status: stamp },
          };
        }
        if (edit.status === 'deferred') {
          return {
            ...topic,
            status: 'deferred',
            discussedInOccurrence: null,
            deferredFromOccurrence: occurrence,
            stamps: { ...topic.stamps, status: stamp, deferral: stamp },
          };
        }
        return {
          ...topic,
          status: 'open',
          discussedInOccurrence: null,
          stamps: { ...topic.stamps, status: stamp },
        };
      });
    }
    case 'moveTopic': {
      if (!isSectionId(edit.section) || !Number.isFinite(edit.order)) return document;
      return updateTopic(document, edit.topicId, (topic) => ({
        ...topic,
        section: edit.section,
        order: edit.order + 0,
        stamps: { ...topic.stamps, placement: stamp },
      }));
    }
    case 'deleteTopic':
    case 'restoreTopic':
      return updateTopic(document, edit.topicId, (topic) => ({
        ...topic,
        deleted: edit.type === 'deleteTopic',
        stamps: { ...topic.stamps, deleted: stamp },
      }));
    case 'addActionItem': {
      const text = checkActionItemText(edit.text);
      const createdIn = optionalKey(edit.createdInOccurrence);
      if (!text.ok || createdIn === undefined || !isEntityId(edit.actionItemId)) return document;
      if (edit.dueDate !== null && !isCalendarDate(edit.dueDate)) return document;
      return upsertActionItem(document, {
        id: edit.actionItemId,
        createdBy: edit.by,
        createdAt: at,
        createdInOccurrence: createdIn,
        text: text.value,
        owner: edit.owner,
        dueDate: edit.dueDate,
        status: 'open',
        closedInOccurrence: null,
        deleted: false,
        stamps: { text: stamp, owner: stamp, dueDate: stamp, status: stamp, deleted: stamp },
      });
    }
    case 'editActionItem': {
      const text = edit.text === undefined ? undefined : checkActionItemText(edit.text);
      if (text !== undefined && !text.ok) return document;
      const dueDate = edit.dueDate;
      if (dueDate !== undefined && dueDate !== null && !isCalendarDate(dueDate)) return document;
      return updateActionItem(document, edit.actionItemId, (item) => {
        const next: ActionItem = { ...item, stamps: { ...item.stamps } };
        if (text !== undefined) {
          next.text = text.value;
          next.stamps.text = stamp;
        }
        if (edit.owner !== undefined) {
          next.owner = edit.owner;
          next.stamps.owner = stamp;
        }
        if (dueDate !== undefined) {
          next.dueDate = dueDate;
          next.stamps.dueDate = stamp;
        }
        return next;
      });
    }
    case 'setActionItemStatus': {
      const occurrence = optionalKey(edit.occurrence);
      if (occurrence === undefined) return document;
      return updateActionItem(document, edit.actionItemId, (item) => ({
        ...item,
        status: edit.status,
        closedInOccurrence: edit.status === 'open' ? null : occurrence,
        stamps: { ...item.stamps, status: stamp },
      }));
    }
    case 'deleteActionItem':
    case 'restoreActionItem':
      return updateActionItem(document, edit.actionItemId, (item) => ({
        ...item,
        deleted: edit.type === 'deleteActionItem',
        stamps: { ...item.stamps, deleted: stamp },
      }));
    case 'setSharedNote': {
      const text = checkNoteText(edit.text);
      const occurrence = toIsoInstant(edit.occurrence);
      if (!text.ok || occurrence === null) return document;
      return upsertNote(document, { occurrence, author: edit.by, text: text.value, stamps: { text: stamp } });
    }
    case 'writePeriodSummary':
    case 'acknowledgePeriodSummary':
    case 'deletePeriodSummary':
      return applyPeriodSummaryEdit(document, edit, stamp);
    default:
      return applyPerformanceEdit(document, edit, stamp);
  }
}

/** Applies edits in order. */
export function applySpaceEdits(document: SpaceDocument, edits: readonly SpaceEdit[]): SpaceDocument {
  let result = document;
  for (const edit of edits) result = applySpaceEdit(result, edit);
  return result;
}

/** A canonical key, null, or undefined when the value is not an instant at all. */
function optionalKey(value: OccurrenceKey | null): OccurrenceKey | null | undefined {
  if (value === null) return null;
  return toIsoInstant(value) ?? undefined;
}

function upsertTopic(document: SpaceDocument, topic: Topic): SpaceDocument {
  const topics = upsertById(document.topics, topic, mergeTopic);
  return topics === document.topics ? document : { ...document, topics };
}

function updateTopic(document: SpaceDocument, id: string, change: (topic: Topic) => Topic): SpaceDocument {
  const existing = document.topics.find((topic) => topic.id === id);
  return existing === undefined ? document : upsertTopic(document, change(existing));
}

function upsertActionItem(document: SpaceDocument, item: ActionItem): SpaceDocument {
  const actionItems = upsertById(document.actionItems, item, mergeActionItem);
  return actionItems === document.actionItems ? document : { ...document, actionItems };
}

function updateActionItem(
  document: SpaceDocument,
  id: string,
  change: (item: ActionItem) => ActionItem,
): SpaceDocument {
  const existing = document.actionItems.find((item) => item.id === id);
  return existing === undefined ? document : upsertActionItem(document, change(existing));
}

function upsertNote(document: SpaceDocument, note: SharedNote): SpaceDocument {
  const key = sharedNoteKey(note);
  const index = document.occurrenceNotes.findIndex((existing) => sharedNoteKey(existing) === key);
  const existing = index === -1 ? undefined : document.occurrenceNotes[index];
  if (existing !== undefined) {
    const merged = mergeSharedNote(existing, note);
    if (merged === existing) return document;
    return {
      ...document,
      occurrenceNotes: document.occurrenceNotes.map((item, i) => (i === index ? merged : item)),
    };
  }
  return { ...document, occurrenceNotes: [...document.occurrenceNotes, note].sort(compareNotes) };
}
