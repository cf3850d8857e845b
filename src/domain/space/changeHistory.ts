import { compareOrdinal } from '../compareOrdinal';
import { compareStamps, type SpaceRole } from './spaceStamp';

/** Every expectation keeps at most this many changes, the newest. */
export const MAX_HISTORY_PER_EXPECTATION = 50;

/** One write to one register: when, by whom, and the value it wrote. */
export interface ChangeRecord {
  at: string;
  by: SpaceRole;
  /** The field written (`priority`, `status`, `confirmed`…). */
  field: string;
  value: string | boolean | null;
}

function compareValues(a: ChangeRecord['value'], b: ChangeRecord['value']): number {
  return compareOrdinal(JSON.stringify(a), JSON.stringify(b));
}

/** Oldest first; a total order, so the kept history never depends on merge order. */
export function compareChanges(a: ChangeRecord, b: ChangeRecord): number {
  return compareStamps(a, b) || compareOrdinal(a.field, b.field) || compareValues(a.value, b.value);
}

function changeKey(change: ChangeRecord): string {
  return `${change.at}|${change.by}|${change.field}|${JSON.stringify(change.value)}`;
}

/**
 * The union of two histories, oldest first, cut to the newest `MAX_HISTORY_PER_EXPECTATION`. A set
 * union followed by "keep the greatest N" is commutative, associative and idempotent, like every
 * other merge of the space. Returns `a` itself when `b` adds nothing to it.
 */
export function mergeChangeHistory(a: readonly ChangeRecord[], b: readonly ChangeRecord[]): ChangeRecord[] {
  if (a === b) return a as ChangeRecord[];
  const byKey = new Map<string, ChangeRecord>();
  for (const change of a) byKey.set(changeKey(change), change);
  const sizeOfA = byKey.size;
  for (const change of b) if (!byKey.has(changeKey(change))) byKey.set(changeKey(change), change);
  const merged = [...byKey.values()].sort(compareChanges).slice(-MAX_HISTORY_PER_EXPECTATION);
  if (byKey.size === sizeOfA && sizeOfA === a.length && isSameList(merged, a)) return a as ChangeRecord[];
  return merged;
}

function isSameList(x: readonly ChangeRecord[], y: readonly ChangeRecord[]): boolean {
  return x.length === y.length && x.every((change, i) => change === y[i]);
}
