import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ChangeRecord,
  compareChanges,
  MAX_HISTORY_PER_EXPECTATION,
} from '../../src/domain/space/changeHistory';
import { isEntryLive } from '../../src/domain/space/entityLiveness';
import { mergeSpaceDocuments } from '../../src/domain/space/mergeSpaceDocuments';
import { nextEditTime } from '../../src/domain/space/nextEditTime';
import type { SpaceDocument } from '../../src/domain/space/spaceDocument';
import type { SpaceEdit } from '../../src/domain/space/spaceEdits';
import type { SpaceRole } from '../../src/domain/space/spaceStamp';
import {
  expectedRegisters,
  expectReflects,
  run,
  type Step,
  step,
  type World,
  type Write,
} from '../support/sharedFileSimulation';

/**
 * The version 2 entities under the same concurrent editing as topics (see `space-interleaving.test.ts`):
 * the leader and the employee propose, edit, confirm, delete and restore expectations and growth goals,
 * add coaching notes, record and edit feedback, and the leader rewrites the pair's prompts, through one
 * shared file with lost requests, lost answers and writes that ignore If-Match.
 *
 * The property: once both have synced, no edit is lost. Every register holds the value of the latest
 * edit that wrote it, every entry is there, an entry is live exactly when its latest write is not a
 * delete, and each expectation's history holds every change made to it (the newest 50).
 */

const OCCURRENCES = ['2026-11-02T14:00:00.000Z', '2026-11-09T14:00:00.000Z', '2026-11-16T14:00:00.000Z'];
const SECTIONS = ['checkIn', 'direction', 'capability', 'accountability'] as const;

function pickFrom<T>(list: readonly T[], index: number): T | undefined {
  return list[index % Math.max(1, list.length)];
}

/** A plausible version 2 edit of `who`'s local copy, chosen by the step's numbers. */
function makeEdit(world: World, who: SpaceRole, s: Extract<Step, { kind: 'edit' }>): SpaceEdit {
  const replica = world.replicas[who];
  world.nowMs += s.advanceMs;
  const at = nextEditTime(replica.local, new Date(world.nowMs + replica.skewMs));
  const id = `e${world.edits.length + 1}`;
  const base = { id, at, by: who };
  const { local } = replica;
  const expectation = pickFrom(local.expectations, s.target);
  const goal = pickFrom(local.growthGoals, s.target);
  // Only its author edits, deletes or restores a coaching note or a piece of feedback.
  const note = pickFrom(
    local.coachingNotes.filter((n) => n.author === who),
    s.target,
  );
  const feedback = pickFrom(
    local.feedback.filter((f) => f.author === who),
    s.target,
  );
  const c = s.choice;
  const v = s.value;
  if (expectation !== undefined && c < 25) {
    if (c < 8) {
      const fields = v % 4;
      return {
        ...base,
        type: 'editExpectation',
        expectationId: expectation.id,
        ...(fields === 0 ? { priority: `priority by ${id}` } : {}),
        ...(fields === 1
          ? { whatGoodLooksLike: `standard by ${id}`, goalLink: v % 3 === 0 ? null : `goal ${id}` }
          : {}),
        ...(fields >= 2
          ? { reviewDate: v % 5 === 0 ? null : `2027-01-${String((v % 28) + 1).padStart(2, '0')}` }
          : {}),
      };
    }
    if (c < 13) {
      const status = (['active', 'achieved', 'retired'] as const)[v % 3] ?? 'active';
      return { ...base, type: 'setExpectationStatus', expectationId: expectation.id, status };
    }
    if (c < 17 && who === 'leader')
      return { ...base, type: 'confirmExpectation', expectationId: expectation.id };
    if (c < 21)
      return { ...base, type: 'deletePerformanceEntry', list: 'expectations', entryId: expectation.id };
    return { ...base, type: 'restorePerformanceEntry', list: 'expectations', entryId: expectation.id };
  }
  if (goal !== undefined && c >= 25 && c < 45) {
    if (c < 30) {
      const field = (['capability', 'nextStep', 'leaderSupport'] as const)[v % 3] ?? 'capability';
      return { ...base, type: 'editGrowthGoal', growthGoalId: goal.id, [field]: `${field} by ${id}` };
    }
    if (c < 33) {
      const status = (['active', 'paused', 'achieved', 'retired'] as const)[v % 4] ?? 'active';
      return { ...base, type: 'setGrowthGoalStatus', growthGoalId: goal.id, status };
    }
    if (c < 35 && who === 'leader') return { ...base, type: 'confirmGrowthGoal', growthGoalId: goal.id };
    if (c < 38) return { ...base, type: 'deletePerformanceEntry', list: 'growthGoals', entryId: goal.id };
    if (c < 40) return { ...base, type: 'restorePerformanceEntry', list: 'growthGoals', entryId: goal.id };
    return {
      ...base,
      type: 'addCoachingNote',
      coachingNoteId: `note-${id}`,
      growthGoalId: goal.id,
      occurrence: v % 4 === 0 ? null : (pickFrom(OCCURRENCES, v) ?? null),
      text: `coaching by ${id}`,
    };
  }
  if (note !== undefined && c >= 45 && c < 52) {
    if (c < 48)
      return { ...base, type: 'editCoachingNote', coachingNoteId: note.id, text: `coaching edit ${id}` };
    if (c < 50) return { ...base, type: 'deletePerformanceEntry', list: 'coachingNotes', entryId: note.id };
    return { ...base, type: 'restorePerformanceEntry', list: 'coachingNotes', entryId: note.id };
  }
  if (feedback !== undefined && c >= 52 && c < 65) {
    if (c < 58) {
      const linked = pickFrom(local.expectations, v);
      return {
        ...base,
        type: 'editFeedback',
        feedbackId: feedback.id,
        ...(v % 3 === 0 ? { kind: v % 2 === 0 ? ('recognition' as const) : ('constructive' as const) } : {}),
        ...(v % 3 === 1
          ? { text: `feedback edit ${id}`, date: `2026-11-${String((v % 28) + 1).padStart(2, '0')}` }
          : {}),
        ...(v % 3 === 2 ? { linkedTo: linked ? { kind: 'expectation' as const, id: linked.id } : null } : {}),
      };
    }
    if (c < 62) return { ...base, type: 'deletePerformanceEntry', list: 'feedback', entryId: feedback.id };
    return { ...base, type: 'restorePerformanceEntry', list: 'feedback', entryId: feedback.id };
  }
  if (c >= 90 && who === 'leader') {
    const section = pickFrom(SECTIONS, v) ?? 'checkIn';
    const prompts = v % 3 === 0 ? null : [`prompt by ${id}`, ...(v % 2 === 0 ? [`second by ${id}`] : [])];
    return { ...base, type: 'setSectionPrompts', section, prompts };
  }
  if (c % 3 === 0) {
    return {
      ...base,
      type: 'proposeExpectation',
      expectationId: `expectation-${id}`,
      priority: `priority ${id}`,
      whatGoodLooksLike: v % 2 === 0 ? '' : `standard ${id}`,
      goalLink: v % 3 === 0 ? `team goal ${id}` : null,
      reviewDate: v % 4 === 0 ? '2027-02-01' : null,
    };
  }
  if (c % 3 === 1) {
    return {
      ...base,
      type: 'proposeGrowthGoal',
      growthGoalId: `goal-${id}`,
      capability: `capability ${id}`,
      nextStep: v % 2 === 0 ? '' : `step ${id}`,
      leaderSupport: who === 'leader' ? `support ${id}` : '',
    };
  }
  return {
    ...base,
    type: 'recordFeedback',
    feedbackId: `feedback-${id}`,
    kind: v % 2 === 0 ? 'recognition' : 'constructive',
    text: `feedback ${id}`,
    date: `2026-11-${String((v % 28) + 1).padStart(2, '0')}`,
    linkedTo: null,
  };
}

// ---- The oracle, from the edits alone.

function writesOf(edit: SpaceEdit): Write[] {
  const w = (entity: string, register: string, value: unknown, isDelete = false): Write => ({
    entity,
    register,
    at: edit.at,
    by: edit.by,
    value,
    isDelete,
  });
  const unconfirms = edit.by === 'employee';
  switch (edit.type) {
    case 'proposeExpectation': {
      const e = `expectation:${edit.expectationId}`;
      return [
        w(e, 'priority', edit.priority),
        w(e, 'standard', edit.whatGoodLooksLike),
        w(e, 'goalLink', edit.goalLink),
        w(e, 'reviewDate', edit.reviewDate),
        w(e, 'status', 'active'),
        w(e, 'confirmation', edit.by === 'leader'),
        w(e, 'deleted', false),
      ];
    }
    case 'editExpectation': {
      const e = `expectation:${edit.expectationId}`;
      const writes: Write[] = [];
      if (edit.priority !== undefined) writes.push(w(e, 'priority', edit.priority));
      if (edit.whatGoodLooksLike !== undefined) writes.push(w(e, 'standard', edit.whatGoodLooksLike));
      if (edit.goalLink !== undefined) writes.push(w(e, 'goalLink', edit.goalLink));
      if (edit.reviewDate !== undefined) writes.push(w(e, 'reviewDate', edit.reviewDate));
      const wording = edit.priority !== undefined || edit.whatGoodLooksLike !== undefined;
      if (unconfirms && wording) writes.push(w(e, 'confirmation', false));
      return writes;
    }
    case 'setExpectationStatus':
      return [w(`expectation:${edit.expectationId}`, 'status', edit.status)];
    case 'confirmExpectation':
      return [w(`expectation:${edit.expectationId}`, 'confirmation', true)];
    case 'proposeGrowthGoal': {
      const e = `goal:${edit.growthGoalId}`;
      return [
        w(e, 'capability', edit.capability),
        w(e, 'nextStep', edit.nextStep),
        w(e, 'leaderSupport', edit.leaderSupport),
        w(e, 'status', 'active'),
        w(e, 'confirmation', edit.by === 'leader'),
        w(e, 'deleted', false),
      ];
    }
    case 'editGrowthGoal': {
      const e = `goal:${edit.growthGoalId}`;
      const writes: Write[] = [];
      if (edit.capability !== undefined) writes.push(w(e, 'capability', edit.capability));
      if (edit.nextStep !== undefined) writes.push(w(e, 'nextStep', edit.nextStep));
      if (edit.leaderSupport !== undefined) writes.push(w(e, 'leaderSupport', edit.leaderSupport));
      if (unconfirms && edit.capability !== undefined) writes.push(w(e, 'confirmation', false));
      return writes;
    }
    case 'setGrowthGoalStatus':
      return [w(`goal:${edit.growthGoalId}`, 'status', edit.status)];
    case 'confirmGrowthGoal':
      return [w(`goal:${edit.growthGoalId}`, 'confirmation', true)];
    case 'addCoachingNote': {
      const e = `coaching:${edit.coachingNoteId}`;
      return [w(e, 'text', edit.text), w(e, 'deleted', false)];
    }
    case 'editCoachingNote':
      return [w(`coaching:${edit.coachingNoteId}`, 'text', edit.text)];
    case 'recordFeedback': {
      const e = `feedback:${edit.feedbackId}`;
      return [
        w(e, 'kind', edit.kind),
        w(e, 'text', edit.text),
        w(e, 'date', edit.date),
        w(e, 'link', edit.linkedTo),
        w(e, 'deleted', false),
      ];
    }
    case 'editFeedback': {
      const e = `feedback:${edit.feedbackId}`;
      const writes: Write[] = [];
      if (edit.kind !== undefined) writes.push(w(e, 'kind', edit.kind));
      if (edit.text !== undefined) writes.push(w(e, 'text', edit.text));
      if (edit.date !== undefined) writes.push(w(e, 'date', edit.date));
      if (edit.linkedTo !== undefined) writes.push(w(e, 'link', edit.linkedTo));
      return writes;
    }
    case 'deletePerformanceEntry':
    case 'restorePerformanceEntry': {
      const prefix = {
        expectations: 'expectation',
        growthGoals: 'goal',
        coachingNotes: 'coaching',
        feedback: 'feedback',
      };
      const isDelete = edit.type === 'deletePerformanceEntry';
      return [w(`${prefix[edit.list]}:${edit.entryId}`, 'deleted', isDelete, isDelete)];
    }
    case 'setSectionPrompts':
      return [w(`prompts:${edit.section}`, 'prompts', edit.prompts)];
    default:
      return [];
  }
}

const FIELD_OF_REGISTER: Record<string, string> = {
  standard: 'whatGoodLooksLike',
  confirmation: 'confirmed',
};

/** What each expectation's history must hold: one record per field of every edit written to it. */
function expectedHistories(edits: readonly SpaceEdit[]): Map<string, ChangeRecord[]> {
  const histories = new Map<string, ChangeRecord[]>();
  for (const write of edits.flatMap(writesOf)) {
    if (!write.entity.startsWith('expectation:')) continue;
    // A proposal does not record its tombstone's initial "not deleted".
    const edit = edits.find((e) => e.at === write.at && e.by === write.by);
    if (edit?.type === 'proposeExpectation' && write.register === 'deleted') continue;
    const id = write.entity.slice('expectation:'.length);
    const field = FIELD_OF_REGISTER[write.register] ?? write.register;
    const list = histories.get(id) ?? [];
    list.push({ at: write.at, by: write.by, field, value: write.value as ChangeRecord['value'] });
    histories.set(id, list);
  }
  for (const [id, list] of histories) {
    histories.set(id, list.sort(compareChanges).slice(-MAX_HISTORY_PER_EXPECTATION));
  }
  return histories;
}

function registersOf(document: SpaceDocument): Map<string, Map<string, unknown>> {
  const result = new Map<string, Map<string, unknown>>();
  for (const x of document.expectations) {
    result.set(
      `expectation:${x.id}`,
      new Map<string, unknown>([
        ['priority', x.priority],
        ['standard', x.whatGoodLooksLike],
        ['goalLink', x.goalLink],
        ['reviewDate', x.reviewDate],
        ['status', x.status],
        ['confirmation', x.confirmed],
        ['deleted', x.deleted],
        ['live', isEntryLive(x)],
      ]),
    );
  }
  for (const g of document.growthGoals) {
    result.set(
      `goal:${g.id}`,
      new Map<string, unknown>([
        ['capability', g.capability],
        ['nextStep', g.nextStep],
        ['leaderSupport', g.leaderSupport],
        ['status', g.status],
        ['confirmation', g.confirmed],
        ['deleted', g.deleted],
        ['live', isEntryLive(g)],
      ]),
    );
  }
  for (const n of document.coachingNotes) {
    result.set(
      `coaching:${n.id}`,
      new Map<string, unknown>([
        ['text', n.text],
        ['deleted', n.deleted],
        ['live', isEntryLive(n)],
      ]),
    );
  }
  for (const f of document.feedback) {
    result.set(
      `feedback:${f.id}`,
      new Map<string, unknown>([
        ['kind', f.kind],
        ['text', f.text],
        ['date', f.date],
        ['link', f.linkedTo],
        ['deleted', f.deleted],
        ['live', isEntryLive(f)],
      ]),
    );
  }
  for (const section of SECTIONS) {
    const register = document.sectionPrompts[section];
    // Untouched sections still carry the space's creation stamp: no edit wrote them.
    if (register.stamps.prompts.at === document.createdAt) continue;
    result.set(`prompts:${section}`, new Map<string, unknown>([['prompts', register.prompts]]));
  }
  return result;
}

describe('concurrent editing of expectations, growth goals, coaching notes, feedback and prompts', () => {
  const totals = { conflicts: 0, overwrites: 0, edits: 0, confirmations: 0, revived: 0 };

  it('loses no edit: latest write per register, every entry, every expectation change in its history', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 80, size: 'large' }),
        fc.tuple(fc.integer({ min: -120_000, max: 120_000 }), fc.integer({ min: -120_000, max: 120_000 })),
        (steps, skews) => {
          const world = run(steps, skews, makeEdit);
          totals.conflicts += world.stats.conflicts;
          totals.overwrites += world.stats.overwrites;
          totals.edits += world.edits.length;
          const final = world.server.document;

          expect(world.acknowledged.length).toBe(world.edits.length);
          expectReflects(final, world.edits);
          expect(registersOf(final)).toEqual(expectedRegisters(world.edits, writesOf));
          const histories = expectedHistories(world.edits);
          for (const expectation of final.expectations) {
            expect(expectation.history).toEqual(histories.get(expectation.id));
          }
          for (const who of ['leader', 'employee'] as const) {
            expect(mergeSpaceDocuments(world.replicas[who].local, final)).toEqual(final);
          }
          totals.confirmations += final.expectations.filter(
            (x) => x.confirmed && x.proposedBy === 'employee',
          ).length;
          totals.revived += [...final.expectations, ...final.growthGoals, ...final.feedback].filter(
            (x) => x.deleted && isEntryLive(x),
          ).length;
        },
      ),
      { numRuns: 500 },
    );
    // The runs exercised conflicts, lost writes, confirmations of proposals and edits after a delete.
    expect(totals.conflicts).toBeGreaterThan(100);
    expect(totals.overwrites).toBeGreaterThan(10);
    expect(totals.edits).toBeGreaterThan(5000);
    expect(totals.confirmations).toBeGreaterThan(20);
    expect(totals.revived).toBeGreaterThan(5);
  });
});
