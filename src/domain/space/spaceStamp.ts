import { compareOrdinal } from '../compareOrdinal';
import type { IsoInstant } from './isoInstant';

/** The two people of a 1:1 space. Authors, owners and editors are roles, not user ids. */
export type SpaceRole = 'leader' | 'employee';

export const SPACE_ROLES = ['leader', 'employee'] as const;

/**
 * When and by whom a field was last written. Merge keeps, per field, the value with the greatest
 * stamp: later `at` wins; on the same millisecond `leader` beats `employee` (an arbitrary but
 * fixed rule); if even that ties, the field's value breaks the tie (see `spaceRegisters.ts`).
 * A total order is what makes merge commutative, associative and idempotent.
 */
export interface Stamp {
  at: IsoInstant;
  by: SpaceRole;
}

/** Negative, zero or positive as `a` is older than, the same as, or newer than `b`. */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return compareOrdinal(a.by === 'leader' ? '1' : '0', b.by === 'leader' ? '1' : '0');
}

export function laterStamp(a: Stamp, b: Stamp): Stamp {
  return compareStamps(a, b) >= 0 ? a : b;
}
