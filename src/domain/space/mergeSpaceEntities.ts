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
export function secondWins(aStamp: Stamp, bStamp: Stamp, compareValues: () => number): boolean {
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

/** The side whose register `key` wins: see `secondWins`. */
export function registerWinner<E extends { stamps: Record<K, Stamp> }, K extends string>(
  a: E,
  b: E,
  key: K,
  compareValues: (a: E, b: E) => number,
): E {
  return secondWins(a.stamps[key], b.stamps[key], () => compareValues(a, b)) ? b : a;
}

/** The side that won every register (and the creation fields), if one did. */
export function soleWinner<E>(a: E, b: E, winners: readonly E[]): E | null {
  if (winners.every((winner) => winner === a)) return a;
  if (winners.every((winner) => winner === b)) return b;
  return null;
}

const byText = (a: { text: string }, b: { text: string }) => compareOrdinal(a.text, b.text);
const byDeleted = (a: { deleted: boolean }, b: { deleted: boolean }) => Number(a.deleted) - Number(b.deleted);

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
  const text = registerWinner(a, b, 'text', byText);
  const placement = registerWinner(
    a,
    b,
    'placement',
    (x, y) => compareOrdinal(x.section, y.section) || compareNumbers(x.order, y.order),
  );
  const status = registerWinner(
    a,
    b,
    'status',
    (x, y) =>
      compareOrdinal(x.status, y.status) || compareNullable(x.discussedInOccurrence, y.discussedInOccurrence),
  );
  const deferral = registerWinner(a, b, 'deferral', (x, y) =>
    compareNullable(x.deferredFromOccurrence, y.deferredFromOccurrence),
  );
  const deleted = registerWinner(a, b, 'deleted', byDeleted);
  const whole = soleWinner(a, b, [origin, text, placement, status, deferral, deleted]);
  if (whole) return whole;
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
  const text = registerWinner(a, b, 'text', byText);
  const owner = registerWinner(a, b, 'owner', (x, y) => compareOrdinal(x.owner, y.owner));
  const dueDate = registerWinner(a, b, 'dueDate', (x, y) => compareNullable(x.dueDate, y.dueDate));
  const status = registerWinner(
    a,
    b,
    'status',
    (x, y) =>
      compareOrdinal(x.status, y.status) || compareNullable(x.closedInOccurrence, y.closedInOccurrence),
  );
  const deleted = registerWinner(a, b, 'deleted', byDeleted);
  const whole = soleWinner(a, b, [origin, text, owner, dueDate, status, deleted]);
  if (whole) return whole;
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
  return registerWinner(a, b, 'text', byText);
}

export function sharedNoteKey(note: Pick<SharedNote, 'occurrence' | 'author'>): string {
  return `${note.occurrence}|${note.author}`;
}
