import { compareOrdinal } from '../compareOrdinal';
import { mergePeriodSummaryLists } from '../record/mergePeriodSummaries';
import {
  mergeCoachingNote,
  mergeExpectation,
  mergeFeedbackEntry,
  mergeGrowthGoal,
  mergePairPrompts,
} from './mergePerformanceEntities';
import { mergeActionItem, mergeSharedNote, mergeTopic, sharedNoteKey } from './mergeSpaceEntities';
import type { SharedNote, SpaceDocument, SpacePerson } from './spaceDocument';

/**
 * Combines two copies of one space, e.g. the copy just re-read after a 412 and the local copy
 * holding edits not yet written.
 *
 * - Every topic, action item, note, expectation, growth goal, coaching note and piece of feedback
 *   from either side is kept, matched by id (never by position).
 * - Per field, the value with the latest stamp wins (`mergeSpaceEntities.ts`); tombstones are
 *   ordinary fields, so an older copy never undoes a delete.
 * - Commutative, associative and idempotent, so copies can be merged in any order, any number of
 *   times, and all converge. Output arrays are in canonical order (by id / by occurrence).
 *
 * One pass per side with Maps, then a sort: O(n log n); two copies of 1,000 topics take well
 * under a millisecond.
 *
 * Both copies must be of the same space (same spaceId); anything else is a caller bug and throws.
 */
export function mergeSpaceDocuments(a: SpaceDocument, b: SpaceDocument): SpaceDocument {
  if (a === b) return a;
  if (a.spaceId !== b.spaceId) {
    throw new Error(`Cannot merge different 1:1 spaces (${a.spaceId} and ${b.spaceId})`);
  }
  // Header fields never change after creation; if copies disagree, pick one deterministically.
  const header = compareHeaders(a, b) <= 0 ? a : b;
  const periodSummaries = mergePeriodSummaryLists(a.periodSummaries, b.periodSummaries);
  return {
    schema: header.schema,
    version: header.version,
    spaceId: header.spaceId,
    leader: header.leader,
    employee: header.employee,
    createdAt: header.createdAt,
    topics: mergeById(a.topics, b.topics, mergeTopic),
    actionItems: mergeById(a.actionItems, b.actionItems, mergeActionItem),
    occurrenceNotes: mergeNotes(a.occurrenceNotes, b.occurrenceNotes),
    expectations: mergeById(a.expectations, b.expectations, mergeExpectation),
    growthGoals: mergeById(a.growthGoals, b.growthGoals, mergeGrowthGoal),
    coachingNotes: mergeById(a.coachingNotes, b.coachingNotes, mergeCoachingNote),
    feedback: mergeById(a.feedback, b.feedback, mergeFeedbackEntry),
    sectionPrompts: mergePairPrompts(a.sectionPrompts, b.sectionPrompts),
    ...(periodSummaries === undefined ? {} : { periodSummaries }),
  };
}

function mergeById<T extends { id: string }>(
  a: readonly T[],
  b: readonly T[],
  merge: (x: T, y: T) => T,
): T[] {
  const byId = new Map<string, T>();
  for (const entity of a) {
    const seen = byId.get(entity.id);
    byId.set(entity.id, seen === undefined ? entity : merge(seen, entity));
  }
  for (const entity of b) {
    const seen = byId.get(entity.id);
    byId.set(entity.id, seen === undefined ? entity : merge(seen, entity));
  }
  return [...byId.values()].sort((x, y) => compareOrdinal(x.id, y.id));
}

function mergeNotes(a: readonly SharedNote[], b: readonly SharedNote[]): SharedNote[] {
  const byKey = new Map<string, SharedNote>();
  for (const note of [...a, ...b]) {
    const key = sharedNoteKey(note);
    const seen = byKey.get(key);
    byKey.set(key, seen === undefined ? note : mergeSharedNote(seen, note));
  }
  return [...byKey.values()].sort(compareNotes);
}

export function compareNotes(x: SharedNote, y: SharedNote): number {
  return compareOrdinal(x.occurrence, y.occurrence) || compareOrdinal(x.author, y.author);
}

function comparePeople(x: SpacePerson, y: SpacePerson): number {
  return compareOrdinal(x.id, y.id) || compareOrdinal(x.email, y.email) || compareOrdinal(x.name, y.name);
}

function compareHeaders(a: SpaceDocument, b: SpaceDocument): number {
  return (
    compareOrdinal(a.createdAt, b.createdAt) ||
    comparePeople(a.leader, b.leader) ||
    comparePeople(a.employee, b.employee)
  );
}
