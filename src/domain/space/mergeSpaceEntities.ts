import { compareOrdinal } from '../compareOrdinal';
import type { ActionItem, SharedNote, Topic } from './spaceDocument';
import { compareStamps, type Stamp } from './spaceStamp';

/**
 * Per-entity merge: each register (see `spaceDocument.ts`) independently keeps the side with the
 * greater (stamp, value). Stamps rarely tie; when they do the value decides, so the result never
 * depends on argument order. Fields set at creation come whole from one side: the copy with the
 * smaller creation fields (they only differ if two clients reused an id, which they must not).
 *
 * When one side wins everything, that object is returned as is: merging mostly-equal replicas
 * allocates almost nothing.
 */

/** True when register value `b` replaces `a`: newer stamp, or same stamp and greater value. */
function secondWins(aStamp: Stamp, bStamp: Stamp, compareValues: () => number): boolean {
  const byStamp = compareStamps(bStamp, aStamp);
  if (byStamp !== 0) return byStamp > 0;
  return compareValues() < 0;
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareOrdinal(a, b);
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareTopicOrigins(a: Topic, b: Topic): number {
  return (
    compareOrdinal(a.createdAt, b.createdAt) ||
    compareOrdinal(a.author, b.author) ||
    compareNullable(a.createdForOccurrence, b.createdForOccurrence)
  );
}

export function mergeTopic(a: Topic, b: Topic): Topic {
  if (a === b) return a;
  const origin = compareTopicOrigins(b, a) < 0 ? b : a;
  const text = secondWins(a.stamps.text, b.stamps.text, () => compareOrdinal(a.text, b.text)) ? b : a;
  const placement = secondWins(
    a.stamps.placement,
    b.stamps.placement,
    () => compareOrdinal(a.section, b.section) || compareNumbers(a.order, b.order),
  )
    ? b
    : a;
  const status = secondWins(
    a.stamps.status,
    b.stamps.status,
    () =>
      compareOrdinal(a.status, b.status) || compareNullable(a.discussedInOccurrence, b.discussedInOccurrence),
  )
    ? b
    : a;
  const deferral = secondWins(a.stamps.deferral, b.stamps.deferral, () =>
    compareNullable(a.deferredFromOccurrence, b.deferredFromOccurrence),
  )
    ? b
    : a;
  const deleted = secondWins(a.stamps.deleted, b.stamps.deleted, () => Number(a.deleted) - Number(b.deleted))
    ? b
    : a;
  for (const side of [a, b]) {
    if (origin === side && text === side && placement === side && status === side && deferral === side) {
      if (deleted === side) return side;
    }
  }
  return {
    id: origin.id,
    author: origin.author,
    createdAt: origin.createdAt,
    createdForOccurrence: origin.createdForOccurrence,
    section: placement.section,
    order: placement.order,
    text: text.text,
    status: status.status,
    discussedInOccurrence: status.discussedInOccurrence,
    deferredFromOccurrence: deferral.deferredFromOccurrence,
    deleted: deleted.deleted,
    stamps: {
      text: text.stamps.text,
      placement: placement.stamps.placement,
      status: status.stamps.status,
      deferral: deferral.stamps.deferral,
      deleted: deleted.stamps.deleted,
    },
  };
}

function compareActionItemOrigins(a: ActionItem, b: ActionItem): number {
  return (
    compareOrdinal(a.createdAt, b.createdAt) ||
    compareOrdinal(a.createdBy, b.createdBy) ||
    compareNullable(a.createdInOccurrence, b.createdInOccurrence)
  );
}

export function mergeActionItem(a: ActionItem, b: ActionItem): ActionItem {
  if (a === b) return a;
  const origin = compareActionItemOrigins(b, a) < 0 ? b : a;
  const text = secondWins(a.stamps.text, b.stamps.text, () => compareOrdinal(a.text, b.text)) ? b : a;
  const owner = secondWins(a.stamps.owner, b.stamps.owner, () => compareOrdinal(a.owner, b.owner)) ? b : a;
  const dueDate = secondWins(a.stamps.dueDate, b.stamps.dueDate, () => compareNullable(a.dueDate, b.dueDate))
    ? b
    : a;
  const status = secondWins(
    a.stamps.status,
    b.stamps.status,
    () => compareOrdinal(a.status, b.status) || compareNullable(a.closedInOccurrence, b.closedInOccurrence),
  )
    ? b
    : a;
  const deleted = secondWins(a.stamps.deleted, b.stamps.deleted, () => Number(a.deleted) - Number(b.deleted))
    ? b
    : a;
  for (const side of [a, b]) {
    if (origin === side && text === side && owner === side && dueDate === side && status === side) {
      if (deleted === side) return side;
    }
  }
  return {
    id: origin.id,
    createdBy: origin.createdBy,
    createdAt: origin.createdAt,
    createdInOccurrence: origin.createdInOccurrence,
    text: text.text,
    owner: owner.owner,
    dueDate: dueDate.dueDate,
    status: status.status,
    closedInOccurrence: status.closedInOccurrence,
    deleted: deleted.deleted,
    stamps: {
      text: text.stamps.text,
      owner: owner.stamps.owner,
      dueDate: dueDate.stamps.dueDate,
      status: status.stamps.status,
      deleted: deleted.stamps.deleted,
    },
  };
}

/** Notes are keyed by (occurrence, author); only the text register can differ. */
export function mergeSharedNote(a: SharedNote, b: SharedNote): SharedNote {
  return secondWins(a.stamps.text, b.stamps.text, () => compareOrdinal(a.text, b.text)) ? b : a;
}

export function sharedNoteKey(note: Pick<SharedNote, 'occurrence' | 'author'>): string {
  return `${note.occurrence}|${note.author}`;
}
