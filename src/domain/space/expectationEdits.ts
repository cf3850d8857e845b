import { type CalendarDate, isCalendarDate } from './calendarDate';
import { type ChangeRecord, mergeChangeHistory } from './changeHistory';
import { isEntityId } from './entityId';
import { EXPECTATION_STATUSES, type Expectation, type ExpectationStatus } from './expectation';
import { isFull, updateEntry, upsertEntry } from './performanceEntryLists';
import { MAX_EXPECTATIONS } from './spaceCountLimits';
import type { SpaceDocument } from './spaceDocument';
import type { SpaceEditBase } from './spaceEdits';
import type { Stamp } from './spaceStamp';
import { checkText, GOAL_LINK_TEXT_MAX, PRIORITY_TEXT_MAX, STANDARD_TEXT_MAX } from './textLimits';

/**
 * Edits of the pair's expectations (priorities). Either person proposes and edits; only the leader confirms.
 * An employee's change to the wording of a confirmed expectation withdraws the confirmation, so the leader
 * confirms what it now says. Every change is also recorded in the expectation's history.
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

export type ExpectationEdit =
  | ProposeExpectationEdit
  | EditExpectationEdit
  | SetExpectationStatusEdit
  | ConfirmExpectationEdit;

export function applyExpectationEdit(
  document: SpaceDocument,
  edit: ExpectationEdit,
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
  }
}

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

/** A delete or its undo, recorded in the history too: it says when the expectation was removed and brought back. */
export function changeExpectationTombstone(
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
