import type { SectionId } from './agendaSections';
import { isSectionId } from './agendaSections';
import { type CalendarDate, isCalendarDate } from './calendarDate';
import { type ChangeRecord, mergeChangeHistory } from './changeHistory';
import { isEntityId } from './entityId';
import type { Expectation, ExpectationStatus } from './expectation';
import { EXPECTATION_STATUSES } from './expectation';
import {
  FEEDBACK_KINDS,
  FEEDBACK_LINK_KINDS,
  type FeedbackEntry,
  type FeedbackKind,
  type FeedbackLink,
} from './feedbackEntry';
import {
  type CoachingNote,
  GROWTH_GOAL_STATUSES,
  type GrowthGoal,
  type GrowthGoalStatus,
} from './growthGoal';
import { toIsoInstant } from './isoInstant';
import {
  mergeCoachingNote,
  mergeExpectation,
  mergeFeedbackEntry,
  mergeGrowthGoal,
  mergePairPrompts,
} from './mergePerformanceEntities';
import type { OccurrenceKey } from './occurrenceKey';
import {
  MAX_COACHING_NOTES,
  MAX_EXPECTATIONS,
  MAX_FEEDBACK_ENTRIES,
  MAX_GROWTH_GOALS,
  MAX_PAIR_PROMPTS_PER_SECTION,
} from './spaceCountLimits';
import type { SpaceDocument } from './spaceDocument';
import type { SpaceEditBase } from './spaceEdits';
import type { Stamp } from './spaceStamp';
import {
  CAPABILITY_TEXT_MAX,
  COACHING_NOTE_TEXT_MAX,
  checkPromptText,
  checkText,
  FEEDBACK_TEXT_MAX,
  GOAL_LINK_TEXT_MAX,
  GROWTH_STEP_TEXT_MAX,
  PRIORITY_TEXT_MAX,
  STANDARD_TEXT_MAX,
} from './textLimits';
import { upsertById } from './upsertById';

/**
 * The edits of the version 2 entities, applied by the same rules as every space edit (see
 * `applySpaceEdit`): a write of its fields with stamp `{at, by}` joined into the document, safe to
 * replay, a no-op when the document could not store it validly or the entity is unknown.
 *
 * Who may do what: either person proposes expectations and growth goals, records feedback and adds
 * coaching notes; only the leader confirms, and only the leader sets the pair's prompts (the same
 * edit by the employee is a no-op). An employee's change to the wording of a confirmed expectation
 * or goal withdraws the confirmation, so the leader confirms what it now says.
 */

export interface ProposeExpectationEdit extends SpaceEditBase {
  type: 'proposeExpectation';
  expectationId: string;
  priority: string;
  whatGoodLooksLike: string;
  goalLink: string | null;
  reviewDate: CalendarDate | null;
}

/** Changes only the fields present; an empty goal link clears it. */
export interface EditExpectationEdit extends SpaceEditBase {
  type: 'editExpectation';
  expectationId: string;
  priority?: string;
  whatGoodLooksLike?: string;
  goalLink?: string | null;
  reviewDate?: CalendarDate | null;
}

export interface SetExpectationStatusEdit extends SpaceEditBase {
  type: 'setExpectationStatus';
  expectationId: string;
  status: ExpectationStatus;
}

export interface ConfirmExpectationEdit extends SpaceEditBase {
  type: 'confirmExpectation';
  expectationId: string;
}

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

export const PERFORMANCE_LISTS = ['expectations', 'growthGoals', 'coachingNotes', 'feedback'] as const;
export type PerformanceList = (typeof PERFORMANCE_LISTS)[number];

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

/** The pair's prompts of one section; null returns it to the defaults. Leader only. */
export interface SetSectionPromptsEdit extends SpaceEditBase {
  type: 'setSectionPrompts';
  section: SectionId;
  prompts: string[] | null;
}

export type PerformanceEdit =
  | ProposeExpectationEdit
  | EditExpectationEdit
  | SetExpectationStatusEdit
  | ConfirmExpectationEdit
  | ProposeGrowthGoalEdit
  | EditGrowthGoalEdit
  | SetGrowthGoalStatusEdit
  | ConfirmGrowthGoalEdit
  | AddCoachingNoteEdit
  | EditCoachingNoteEdit
  | RecordFeedbackEdit
  | EditFeedbackEdit
  | DeletePerformanceEntryEdit
  | RestorePerformanceEntryEdit
  | SetSectionPromptsEdit;

/** Applies one version 2 edit with its stamp (already checked by `applySpaceEdit`). */
export function applyPerformanceEdit(
  document: SpaceDocument,
  edit: PerformanceEdit,
  stamp: Stamp,
): SpaceDocument {
  switch (edit.type) {
    case 'proposeExpectation':
      return proposeExpectation(document, edit, stamp);
    case 'editExpectation':
      return editExpectation(document, edit, stamp);
    case 'setExpectationStatus':
      if (!(EXPECTATION_STATUSES as readonly string[]).includes(edit.status)) return document;
      return changeExpectation(document, edit.expectationId, stamp, { status: edit.status });
    case 'confirmExpectation':
      if (edit.by !== 'leader') return document;
      return changeExpectation(document, edit.expectationId, stamp, { confirmed: true });
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
    case 'addCoachingNote':
      return addCoachingNote(document, edit, stamp);
    case 'editCoachingNote': {
      const text = checkText(edit.text, COACHING_NOTE_TEXT_MAX);
      if (!text.ok) return document;
      return updateEntry(document, 'coachingNotes', edit.coachingNoteId, (note) => ({
        ...note,
        text: text.value,
        stamps: { ...note.stamps, text: stamp },
      }));
    }
    case 'recordFeedback':
      return recordFeedback(document, edit, stamp);
    case 'editFeedback':
      return editFeedback(document, edit, stamp);
    case 'deletePerformanceEntry':
    case 'restorePerformanceEntry':
      return setEntryDeleted(document, edit, stamp);
    case 'setSectionPrompts':
      return setSectionPrompts(document, edit, stamp);
  }
}

// ---- expectations

type ExpectationFields = Partial<
  Pick<Expectation, 'priority' | 'whatGoodLooksLike' | 'goalLink' | 'reviewDate' | 'status' | 'confirmed'>
>;

const EXPECTATION_REGISTER_OF: Record<keyof ExpectationFields, keyof Expectation['stamps']> = {
  priority: 'priority',
  whatGoodLooksLike: 'standard',
  goalLink: 'goalLink',
  reviewDate: 'reviewDate',
  status: 'status',
  confirmed: 'confirmation',
};

/** A goal link as stored: cleaned text, or null for none (an empty one clears it). Undefined: invalid. */
function goalLinkValue(raw: string | null): string | null | undefined {
  if (raw === null) return null;
  const check = checkText(raw, GOAL_LINK_TEXT_MAX, true);
  if (!check.ok) return undefined;
  return check.value === '' ? null : check.value;
}

function validDate(date: CalendarDate | null | undefined): boolean {
  return date === undefined || date === null || isCalendarDate(date);
}

function proposeExpectation(
  document: SpaceDocument,
  edit: ProposeExpectationEdit,
  stamp: Stamp,
): SpaceDocument {
  const priority = checkText(edit.priority, PRIORITY_TEXT_MAX);
  const standard = checkText(edit.whatGoodLooksLike, STANDARD_TEXT_MAX, true);
  const goalLink = goalLinkValue(edit.goalLink);
  if (!priority.ok || !standard.ok || goalLink === undefined || !validDate(edit.reviewDate)) return document;
  if (
    !isEntityId(edit.expectationId) ||
    isFull(document.expectations, edit.expectationId, MAX_EXPECTATIONS)
  ) {
    return document;
  }
  const fields: Required<ExpectationFields> = {
    priority: priority.value,
    whatGoodLooksLike: standard.value,
    goalLink,
    reviewDate: edit.reviewDate,
    status: 'active',
    // The leader's own proposal needs no one else's confirmation.
    confirmed: edit.by === 'leader',
  };
  const expectation: Expectation = {
    id: edit.expectationId,
    proposedBy: edit.by,
    createdAt: stamp.at,
    ...fields,
    deleted: false,
    stamps: {
      priority: stamp,
      standard: stamp,
      goalLink: stamp,
      reviewDate: stamp,
      status: stamp,
      confirmation: stamp,
      deleted: stamp,
    },
    history: mergeChangeHistory([], changeRecords(fields, stamp)),
  };
  return upsertEntry(document, 'expectations', expectation);
}

function editExpectation(document: SpaceDocument, edit: EditExpectationEdit, stamp: Stamp): SpaceDocument {
  const fields: ExpectationFields = {};
  if (edit.priority !== undefined) {
    const priority = checkText(edit.priority, PRIORITY_TEXT_MAX);
    if (!priority.ok) return document;
    fields.priority = priority.value;
  }
  if (edit.whatGoodLooksLike !== undefined) {
    const standard = checkText(edit.whatGoodLooksLike, STANDARD_TEXT_MAX, true);
    if (!standard.ok) return document;
    fields.whatGoodLooksLike = standard.value;
  }
  if (edit.goalLink !== undefined) {
    const goalLink = goalLinkValue(edit.goalLink);
    if (goalLink === undefined) return document;
    fields.goalLink = goalLink;
  }
  if (edit.reviewDate !== undefined) {
    if (!validDate(edit.reviewDate)) return document;
    fields.reviewDate = edit.reviewDate;
  }
  if (Object.keys(fields).length === 0) return document;
  if (stamp.by === 'employee' && (fields.priority !== undefined || fields.whatGoodLooksLike !== undefined)) {
    fields.confirmed = false;
  }
  return changeExpectation(document, edit.expectationId, stamp, fields);
}

/** Writes `fields` with `stamp` and records each in the history. */
function changeExpectation(
  document: SpaceDocument,
  id: string,
  stamp: Stamp,
  fields: ExpectationFields,
): SpaceDocument {
  return updateEntry(document, 'expectations', id, (expectation) => {
    const stamps = { ...expectation.stamps };
    for (const field of Object.keys(fields) as (keyof ExpectationFields)[]) {
      stamps[EXPECTATION_REGISTER_OF[field]] = stamp;
    }
    return {
      ...expectation,
      ...fields,
      stamps,
      history: mergeChangeHistory(expectation.history, changeRecords(fields, stamp)),
    };
  });
}

/** The history is kept in canonical order (`mergeChangeHistory`), so replaying an edit changes nothing. */
function changeRecords(fields: ExpectationFields, stamp: Stamp): ChangeRecord[] {
  return Object.entries(fields).map(([field, value]) => ({ at: stamp.at, by: stamp.by, field, value }));
}

// ---- growth goals and coaching notes

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

// ---- feedback

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

// ---- tombstones and prompts

function setEntryDeleted(
  document: SpaceDocument,
  edit: DeletePerformanceEntryEdit | RestorePerformanceEntryEdit,
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
      return updateEntry(document, 'coachingNotes', edit.entryId, (note) =>
        withTombstone(note, deleted, stamp),
      );
    case 'feedback':
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

function changeExpectationTombstone(
  document: SpaceDocument,
  id: string,
  stamp: Stamp,
  deleted: boolean,
): SpaceDocument {
  return updateEntry(document, 'expectations', id, (expectation) => ({
    ...expectation,
    deleted,
    stamps: { ...expectation.stamps, deleted: stamp },
    history: mergeChangeHistory(expectation.history, [
      { at: stamp.at, by: stamp.by, field: 'deleted', value: deleted },
    ]),
  }));
}

function setSectionPrompts(
  document: SpaceDocument,
  edit: SetSectionPromptsEdit,
  stamp: Stamp,
): SpaceDocument {
  if (edit.by !== 'leader' || !isSectionId(edit.section)) return document;
  let prompts: string[] | null = null;
  if (edit.prompts !== null && edit.prompts.length > 0) {
    if (edit.prompts.length > MAX_PAIR_PROMPTS_PER_SECTION) return document;
    prompts = [];
    for (const raw of edit.prompts) {
      const check = checkPromptText(raw);
      if (!check.ok) return document;
      prompts.push(check.value);
    }
  }
  const sectionPrompts = mergePairPrompts(document.sectionPrompts, {
    ...document.sectionPrompts,
    [edit.section]: { prompts, stamps: { prompts: stamp } },
  });
  return sectionPrompts === document.sectionPrompts ? document : { ...document, sectionPrompts };
}

// ---- list plumbing

interface PerformanceEntries {
  expectations: Expectation;
  growthGoals: GrowthGoal;
  coachingNotes: CoachingNote;
  feedback: FeedbackEntry;
}

const MERGE_OF: {
  [L in PerformanceList]: (a: PerformanceEntries[L], b: PerformanceEntries[L]) => PerformanceEntries[L];
} = {
  expectations: mergeExpectation,
  growthGoals: mergeGrowthGoal,
  coachingNotes: mergeCoachingNote,
  feedback: mergeFeedbackEntry,
};

/** True when adding a new entry (not one already there) would pass the list's limit. */
function isFull(list: readonly { id: string }[], id: string, max: number): boolean {
  return list.length >= max && !list.some((entry) => entry.id === id);
}

function upsertEntry<L extends PerformanceList>(
  document: SpaceDocument,
  list: L,
  entry: PerformanceEntries[L],
): SpaceDocument {
  const current = document[list] as PerformanceEntries[L][];
  const next = upsertById(current, entry, MERGE_OF[list]);
  return next === current ? document : { ...document, [list]: next };
}

function updateEntry<L extends PerformanceList>(
  document: SpaceDocument,
  list: L,
  id: string,
  change: (entry: PerformanceEntries[L]) => PerformanceEntries[L],
): SpaceDocument {
  const existing = (document[list] as PerformanceEntries[L][]).find((entry) => entry.id === id);
  return existing === undefined ? document : upsertEntry(document, list, change(existing));
}
