import { compareOrdinal } from '../compareOrdinal';
import { addMilliseconds, type IsoInstant, toIsoInstant } from './isoInstant';
import type { OccurrenceKey } from './occurrenceKey';
import type { SpaceDocument } from './spaceDocument';

/**
 * One meeting of the pair as the calendar shows it. Callers map their calendar occurrences (any
 * series, both people's copies) to this; `isCancelled` should also be true for an occurrence that
 * will not take place for another reason, e.g. declined by the other person.
 */
export interface OccurrenceInfo {
  key: OccurrenceKey;
  /** ISO 8601 instants. */
  start: IsoInstant;
  end: IsoInstant;
  isCancelled: boolean;
}

/**
 * An occurrence pulled forward by up to this much (Monday's 1:1 moved to the Thursday before)
 * still receives the topics written for its old time. A weekly 1:1's previous meeting is 7 days
 * earlier, so it never takes them by mistake.
 */
export const MOVED_EARLIER_TOLERANCE_MS = 4 * 24 * 60 * 60 * 1000;

/**
 * The pair's meetings in time order, and the rules that place the space's items on them.
 *
 * The space stores occurrence keys (start instants); the calendar may since have moved, cancelled
 * or recreated those meetings. `resolve` maps any stored key to the held meeting it now means:
 * - a key that is a held occurrence: that occurrence;
 * - a cancelled occurrence: the next held one (a cancelled meeting never consumes anything);
 * - a key the calendar no longer has (the meeting moved, or the series was recreated with new
 *   times): the first held occurrence that starts no more than `MOVED_EARLIER_TOLERANCE_MS` before
 *   it, and that had not already ended when the item was written (`notBefore`). A postponed
 *   meeting is thus followed, and a meeting pulled forward by a day or two too.
 * Nothing is ever dropped: an item that maps to no occurrence yet shows once one exists.
 *
 * Keys where the space records that a topic was discussed or deferred are treated as held even
 * when the calendar no longer lists them (an old, deleted series, or a window that starts later),
 * so history stays where it happened.
 */
export class OccurrenceTimeline {
  /** Every occurrence, sorted by key, one per key. */
  readonly all: readonly OccurrenceInfo[];
  /** The held (not cancelled) ones, sorted by key. */
  readonly held: readonly OccurrenceInfo[];
  private readonly byKey: ReadonlyMap<OccurrenceKey, OccurrenceInfo>;

  constructor(
    occurrences: readonly OccurrenceInfo[],
    document: SpaceDocument | null,
    extraHeldKeys: readonly OccurrenceKey[] = [],
  ) {
    const byKey = new Map<OccurrenceKey, OccurrenceInfo>();
    for (const raw of occurrences) {
      const occurrence = canonicalOccurrence(raw);
      if (occurrence === null) continue;
      const seen = byKey.get(occurrence.key);
      // Two calendar entries at the same start (both people's copies, an old and a new series):
      // the meeting happens if either says so.
      byKey.set(occurrence.key, seen === undefined ? occurrence : combine(seen, occurrence));
    }
    const addHeld = (key: OccurrenceKey | null) => {
      if (key !== null && !byKey.has(key)) byKey.set(key, { key, start: key, end: key, isCancelled: false });
    };
    for (const topic of document?.topics ?? []) {
      if (topic.deleted) continue;
      if (topic.status === 'discussed') addHeld(topic.discussedInOccurrence);
      addHeld(topic.deferredFromOccurrence);
    }
    for (const key of extraHeldKeys) addHeld(toIsoInstant(key));
    this.byKey = byKey;
    this.all = [...byKey.values()].sort((a, b) => compareOrdinal(a.key, b.key));
    this.held = this.all.filter((occurrence) => !occurrence.isCancelled);
  }

  get(key: OccurrenceKey): OccurrenceInfo | undefined {
    return this.byKey.get(key);
  }

  /** The held occurrence a stored key now means (see the class comment), or null if none yet. */
  resolve(key: OccurrenceKey, notBefore: IsoInstant | null): OccurrenceInfo | null {
    const known = this.byKey.get(key);
    if (known !== undefined) return known.isCancelled ? this.firstHeldFrom(key, false) : known;
    let index = this.heldIndexFrom(addMilliseconds(key, -MOVED_EARLIER_TOLERANCE_MS), true);
    if (notBefore !== null) {
      while (index < this.held.length && (this.held[index] as OccurrenceInfo).end <= notBefore) index++;
    }
    return this.held[index] ?? null;
  }

  /** The first held occurrence still to come or in progress at `instant` (its end is after it). */
  firstHeldEndingAfter(instant: IsoInstant): OccurrenceInfo | null {
    return this.held.find((occurrence) => occurrence.end > instant) ?? null;
  }

  /** The first held occurrence starting at or after `key` (`inclusive`), or strictly after it. */
  firstHeldFrom(key: OccurrenceKey, inclusive: boolean): OccurrenceInfo | null {
    return this.held[this.heldIndexFrom(key, inclusive)] ?? null;
  }

  private heldIndexFrom(key: OccurrenceKey, inclusive: boolean): number {
    let low = 0;
    let high = this.held.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const candidate = (this.held[middle] as OccurrenceInfo).key;
      if (candidate < key || (!inclusive && candidate === key)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function canonicalOccurrence(raw: OccurrenceInfo): OccurrenceInfo | null {
  const key = toIsoInstant(raw.key);
  if (key === null) return null;
  const start = toIsoInstant(raw.start) ?? key;
  const end = toIsoInstant(raw.end) ?? start;
  return { key, start, end: laterInstant(start, end), isCancelled: raw.isCancelled };
}

function combine(a: OccurrenceInfo, b: OccurrenceInfo): OccurrenceInfo {
  return {
    key: a.key,
    start: a.start,
    end: laterInstant(a.end, b.end),
    isCancelled: a.isCancelled && b.isCancelled,
  };
}

/** The later of two canonical instants (ordinal order is time order). */
function laterInstant(a: IsoInstant, b: IsoInstant): IsoInstant {
  return compareOrdinal(a, b) >= 0 ? a : b;
}
