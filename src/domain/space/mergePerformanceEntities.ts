import { compareOrdinal } from '../compareOrdinal';
import { SECTION_IDS } from './agendaSections';
import { mergeChangeHistory } from './changeHistory';
import type { Expectation } from './expectation';
import type { FeedbackEntry } from './feedbackEntry';
import type { CoachingNote, GrowthGoal } from './growthGoal';
import { registerWinner, secondWins, soleWinner } from './mergeSpaceEntities';
import type { PairPrompts } from './pairPrompts';
import type { Stamp } from './spaceStamp';

/**
 * Per-entity merge of the version 2 entities, by the same rule as topics (`mergeSpaceEntities.ts`):
 * each register keeps the side with the greater (stamp, value); creation fields come whole from the
 * side with the smaller ones. Described once per entity as data, register → fields.
 */

export type Registers<E extends { stamps: object }> = Readonly<
  Record<keyof E['stamps'] & string, readonly (keyof E)[]>
>;

/** A total order on field values (strings, numbers, booleans, null, small objects and lists). */
function compareFieldValues(x: unknown, y: unknown): number {
  if (x === y) return 0;
  if (typeof x === 'string' && typeof y === 'string') return compareOrdinal(x, y);
  return compareOrdinal(JSON.stringify(x) ?? '', JSON.stringify(y) ?? '');
}

function compareFields<E>(a: E, b: E, fields: readonly (keyof E)[]): number {
  for (const field of fields) {
    const order = compareFieldValues(a[field], b[field]);
    if (order !== 0) return order;
  }
  return 0;
}

export function mergeByRegisters<E extends { stamps: object }>(
  a: E,
  b: E,
  registers: Registers<E>,
  originFields: readonly (keyof E)[],
): E {
  if (a === b) return a;
  const stampsOf = (entity: E) => entity.stamps as Record<string, Stamp>;
  const origin = compareFields(b, a, originFields) < 0 ? b : a;
  const winners: E[] = [origin];
  const merged: E = { ...origin, stamps: { ...origin.stamps } };
  for (const [register, fields] of Object.entries(registers) as [string, readonly (keyof E)[]][]) {
    const aStamp = stampsOf(a)[register] as Stamp;
    const bStamp = stampsOf(b)[register] as Stamp;
    const winner = secondWins(aStamp, bStamp, () => compareFields(a, b, fields)) ? b : a;
    winners.push(winner);
    for (const field of fields) merged[field] = winner[field];
    stampsOf(merged)[register] = winner === b ? bStamp : aStamp;
  }
  return soleWinner(a, b, winners) ?? merged;
}

const EXPECTATION_REGISTERS: Registers<Expectation> = {
  priority: ['priority'],
  standard: ['whatGoodLooksLike'],
  goalLink: ['goalLink'],
  reviewDate: ['reviewDate'],
  status: ['status'],
  confirmation: ['confirmed'],
  deleted: ['deleted'],
};

export function mergeExpectation(a: Expectation, b: Expectation): Expectation {
  if (a === b) return a;
  const registers = mergeByRegisters(a, b, EXPECTATION_REGISTERS, ['createdAt', 'proposedBy']);
  // History is not a register: it is the union of both sides' changes.
  const history = mergeChangeHistory(a.history, b.history);
  return history === registers.history ? registers : { ...registers, history };
}

const GROWTH_GOAL_REGISTERS: Registers<GrowthGoal> = {
  capability: ['capability'],
  nextStep: ['nextStep'],
  leaderSupport: ['leaderSupport'],
  status: ['status'],
  confirmation: ['confirmed'],
  deleted: ['deleted'],
};

export function mergeGrowthGoal(a: GrowthGoal, b: GrowthGoal): GrowthGoal {
  return mergeByRegisters(a, b, GROWTH_GOAL_REGISTERS, ['createdAt', 'proposedBy']);
}

const COACHING_NOTE_REGISTERS: Registers<CoachingNote> = { text: ['text'], deleted: ['deleted'] };

export function mergeCoachingNote(a: CoachingNote, b: CoachingNote): CoachingNote {
  return mergeByRegisters(a, b, COACHING_NOTE_REGISTERS, [
    'createdAt',
    'author',
    'growthGoalId',
    'occurrence',
  ]);
}

const FEEDBACK_REGISTERS: Registers<FeedbackEntry> = {
  kind: ['kind'],
  text: ['text'],
  date: ['date'],
  link: ['linkedTo'],
  deleted: ['deleted'],
};

export function mergeFeedbackEntry(a: FeedbackEntry, b: FeedbackEntry): FeedbackEntry {
  return mergeByRegisters(a, b, FEEDBACK_REGISTERS, ['createdAt', 'author']);
}

/** Section by section, the later prompts register wins. Returns `a` when it wins every section. */
export function mergePairPrompts(a: PairPrompts, b: PairPrompts): PairPrompts {
  if (a === b) return a;
  const merged = { ...a };
  let changed = false;
  for (const id of SECTION_IDS) {
    const winner = registerWinner(a[id], b[id], 'prompts', (x, y) =>
      compareFieldValues(x.prompts, y.prompts),
    );
    if (winner !== a[id]) changed = true;
    merged[id] = winner;
  }
  return changed ? merged : a;
}
