import type { Expectation } from './expectation';
import type { FeedbackEntry } from './feedbackEntry';
import type { CoachingNote, GrowthGoal } from './growthGoal';
import {
  mergeCoachingNote,
  mergeExpectation,
  mergeFeedbackEntry,
  mergeGrowthGoal,
} from './mergePerformanceEntities';
import type { SpaceDocument } from './spaceDocument';
import type { SpaceRole } from './spaceStamp';
import { upsertById } from './upsertById';

/**
 * The version 2 lists of the space and how an edit writes one entry into them: merged with the entry already
 * there by the list's merge rules, so replaying an edit changes nothing.
 */

export const PERFORMANCE_LISTS = ['expectations', 'growthGoals', 'coachingNotes', 'feedback'] as const;
export type PerformanceList = (typeof PERFORMANCE_LISTS)[number];

export interface PerformanceEntries {
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
export function isFull(list: readonly { id: string }[], id: string, max: number): boolean {
  return list.length >= max && !list.some((entry) => entry.id === id);
}

export function upsertEntry<L extends PerformanceList>(
  document: SpaceDocument,
  list: L,
  entry: PerformanceEntries[L],
): SpaceDocument {
  const current = document[list] as PerformanceEntries[L][];
  const next = upsertById(current, entry, MERGE_OF[list]);
  return next === current ? document : { ...document, [list]: next };
}

export function updateEntry<L extends PerformanceList>(
  document: SpaceDocument,
  list: L,
  id: string,
  change: (entry: PerformanceEntries[L]) => PerformanceEntries[L],
): SpaceDocument {
  const existing = (document[list] as PerformanceEntries[L][]).find((entry) => entry.id === id);
  return existing === undefined ? document : upsertEntry(document, list, change(existing));
}

/**
 * Feedback and coaching notes are their author's own words: only the author rewrites, deletes or brings one
 * back (the other person answers with their own entry). False for an unknown entry.
 */
export function isAuthorOfEntry(
  list: readonly { id: string; author: SpaceRole }[],
  id: string,
  role: SpaceRole,
): boolean {
  return list.some((entry) => entry.id === id && entry.author === role);
}
