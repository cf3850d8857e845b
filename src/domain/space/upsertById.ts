import { compareOrdinal } from '../compareOrdinal';

/** Joins `entity` into a list sorted by id; returns the same list when the join changes nothing. */
export function upsertById<T extends { id: string }>(
  list: readonly T[],
  entity: T,
  merge: (a: T, b: T) => T,
): T[] {
  const index = list.findIndex((item) => compareOrdinal(item.id, entity.id) >= 0);
  const existing = index === -1 ? undefined : list[index];
  if (existing !== undefined && existing.id === entity.id) {
    const merged = merge(existing, entity);
    if (merged === existing) return list as T[];
    return list.map((item, i) => (i === index ? merged : item));
  }
  const at = index === -1 ? list.length : index;
  return [...list.slice(0, at), entity, ...list.slice(at)];
}
