import { compareOrdinal } from '../compareOrdinal';
import type { Topic } from './spaceDocument';

/**
 * Fractional ordering: a topic moved between two others gets a number between theirs, so a
 * reorder writes only the moved topic and two people reordering at once cannot scramble each
 * other's lists.
 *
 * Doubles allow about 50 successive insertions into the same gap before the midpoint equals a
 * neighbour. Nothing breaks then: equal orders fall back to createdAt, then id
 * (`compareTopicsForDisplay`), so the list stays deterministic; the moved topic simply lands
 * next to its neighbour instead of exactly between.
 */

/** The order for a topic placed between `before` and `after` (null = list start / list end). */
export function orderBetween(before: number | null, after: number | null): number {
  if (before === null && after === null) return 0;
  if (before === null) return (after as number) - 1;
  if (after === null) return before + 1;
  const middle = before + (after - before) / 2;
  // `+ 0` turns -0 into 0: JSON cannot tell them apart, the in-memory copy must not either.
  return Number.isFinite(middle) ? middle + 0 : before;
}

/** The order for a topic appended to the end of a section holding `topics`. */
export function orderAtEnd(topics: readonly Pick<Topic, 'order'>[]): number {
  let last: number | null = null;
  for (const topic of topics) if (last === null || topic.order > last) last = topic.order;
  return orderBetween(last, null);
}

/** Display order within a section. */
export function compareTopicsForDisplay(a: Topic, b: Topic): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return compareOrdinal(a.createdAt, b.createdAt) || compareOrdinal(a.id, b.id);
}
