import { describe, expect, it } from 'vitest';
import { DEFAULT_PROMPTS } from '../../src/domain/space/defaultPrompts';
import { isEntryLive } from '../../src/domain/space/entityLiveness';
import { pairSectionPrompts } from '../../src/domain/space/pairPrompts';
import { MAX_EXPECTATIONS } from '../../src/domain/space/spaceCountLimits';
import type { SpaceDocument } from '../../src/domain/space/spaceDocument';
import { spaceEditSchema } from '../../src/domain/space/spaceEditSchema';
import { applySpaceEdit, applySpaceEdits, type SpaceEdit } from '../../src/domain/space/spaceEdits';
import type { SpaceRole } from '../../src/domain/space/spaceStamp';
import { HOSTILE_TOPICS } from '../fixtures/hostileInput';
import { emptySpace, spaceEdit } from '../support/spaceBuilders';

function propose(id: string, by: SpaceRole, at = '2026-11-01T10:00:00.000Z', priority = `Priority ${id}`) {
  return spaceEdit('proposeExpectation', {
    expectationId: id,
    at,
    by,
    priority,
    whatGoodLooksLike: 'Backlog under 40 files by March',
    goalLink: 'Council plan: faster permits',
    reviewDate: '2027-03-31',
  });
}

function onlyExpectation(document: SpaceDocument) {
  const [expectation] = document.expectations;
  if (expectation === undefined) throw new Error('no expectation');
  return expectation;
}

describe('expectations: both propose, the leader confirms', () => {
  it('an employee’s proposal waits for the leader; only the leader’s confirmation counts', () => {
    const proposed = applySpaceEdit(emptySpace(), propose('x1', 'employee'));
    expect(onlyExpectation(proposed)).toMatchObject({
      proposedBy: 'employee',
      confirmed: false,
      status: 'active',
    });
    const byEmployee = spaceEdit('confirmExpectation', {
      expectationId: 'x1',
      at: '2026-11-02T10:00:00.000Z',
      by: 'employee',
    });
    expect(applySpaceEdit(proposed, byEmployee)).toBe(proposed);
    const confirmed = applySpaceEdit(proposed, { ...byEmployee, by: 'leader' });
    expect(onlyExpectation(confirmed).confirmed).toBe(true);
  });

  it('the leader’s own proposal is confirmed; an employee’s rewording asks again, a new review date does not', () => {
    const leaders = applySpaceEdit(emptySpace(), propose('x1', 'leader'));
    expect(onlyExpectation(leaders).confirmed).toBe(true);
    const redated = applySpaceEdit(
      leaders,
      spaceEdit('editExpectation', {
        expectationId: 'x1',
        at: '2026-11-02T10:00:00.000Z',
        by: 'employee',
        reviewDate: '2027-04-30',
      }),
    );
    expect(onlyExpectation(redated)).toMatchObject({ confirmed: true, reviewDate: '2027-04-30' });
    const reworded = applySpaceEdit(
      redated,
      spaceEdit('editExpectation', {
        expectationId: 'x1',
        at: '2026-11-03T10:00:00.000Z',
        by: 'employee',
        priority: 'Backlog under 30 files',
      }),
    );
    expect(onlyExpectation(reworded)).toMatchObject({ confirmed: false, priority: 'Backlog under 30 files' });
  });

  it('keeps every change in the history: who, when, and what it said', () => {
    const document = applySpaceEdits(emptySpace(), [
      propose('x1', 'employee', '2026-11-01T10:00:00.000Z', 'First wording'),
      spaceEdit('editExpectation', {
        expectationId: 'x1',
        at: '2026-12-03T15:00:00.000Z',
        by: 'leader',
        priority: 'Second wording',
        goalLink: '',
      }),
      spaceEdit('setExpectationStatus', {
        expectationId: 'x1',
        at: '2026-12-04T15:00:00.000Z',
        by: 'leader',
        status: 'achieved',
      }),
    ]);
    const { history, priority, goalLink } = onlyExpectation(document);
    expect([priority, goalLink]).toEqual(['Second wording', null]);
    expect(history.filter((change) => change.field === 'priority')).toEqual([
      { at: '2026-11-01T10:00:00.000Z', by: 'employee', field: 'priority', value: 'First wording' },
      { at: '2026-12-03T15:00:00.000Z', by: 'leader', field: 'priority', value: 'Second wording' },
    ]);
    expect(history.at(-1)).toEqual({
      at: '2026-12-04T15:00:00.000Z',
      by: 'leader',
      field: 'status',
      value: 'achieved',
    });
  });

  it('keeps hostile text as text, cleans control characters, refuses blank and too-long text', () => {
    for (const text of HOSTILE_TOPICS.slice(0, 10)) {
      const document = applySpaceEdit(emptySpace(), propose('x1', 'leader', undefined, text));
      expect(onlyExpectation(document).priority).toBe(text.trim());
    }
    const cleaned = applySpaceEdit(emptySpace(), propose('x1', 'leader', undefined, 'Tab\u0007\u001Bbed'));
    expect(onlyExpectation(cleaned).priority).toBe('Tabbed');
    const empty = emptySpace();
    expect(applySpaceEdit(empty, propose('x1', 'leader', undefined, '  \u0000 '))).toBe(empty);
    expect(applySpaceEdit(empty, propose('x1', 'leader', undefined, 'x'.repeat(301)))).toBe(empty);
    expect(applySpaceEdit(empty, { ...propose('x1', 'leader'), reviewDate: '2027-02-30' })).toBe(empty);
  });

  it('stops adding at the count limit, but still merges into an entry already there', () => {
    const full = applySpaceEdits(
      emptySpace(),
      Array.from({ length: MAX_EXPECTATIONS }, (_, i) =>
        propose(
          `x${String(i).padStart(3, '0')}`,
          'leader',
          new Date(Date.parse('2026-11-01T00:00:00Z') + i).toISOString(),
        ),
      ),
    );
    expect(full.expectations).toHaveLength(MAX_EXPECTATIONS);
    expect(applySpaceEdit(full, propose('one-more', 'leader', '2026-11-02T00:00:00.000Z'))).toBe(full);
    const edited = applySpaceEdit(
      full,
      spaceEdit('editExpectation', {
        expectationId: 'x000',
        at: '2026-11-02T00:00:00.000Z',
        priority: 'Still editable',
      }),
    );
    expect(edited.expectations.find((x) => x.id === 'x000')?.priority).toBe('Still editable');
  });
});

describe('growth goals, coaching notes and feedback', () => {
  const withGoal = applySpaceEdit(
    emptySpace(),
    spaceEdit('proposeGrowthGoal', {
      growthGoalId: 'g1',
      at: '2026-11-01T10:00:00.000Z',
      by: 'employee',
      capability: 'Presenting to council',
      nextStep: '',
      leaderSupport: '',
    }),
  );

  it('the employee proposes a goal, the leader confirms it and says what support they give', () => {
    expect(withGoal.growthGoals[0]).toMatchObject({
      proposedBy: 'employee',
      confirmed: false,
      leaderSupport: '',
    });
    const agreed = applySpaceEdits(withGoal, [
      spaceEdit('confirmGrowthGoal', { growthGoalId: 'g1', at: '2026-11-02T10:00:00.000Z' }),
      spaceEdit('editGrowthGoal', {
        growthGoalId: 'g1',
        at: '2026-11-02T10:01:00.000Z',
        leaderSupport: 'Rehearse with me the week before',
      }),
    ]);
    expect(agreed.growthGoals[0]).toMatchObject({
      confirmed: true,
      leaderSupport: 'Rehearse with me the week before',
    });
  });

  it('attaches coaching notes from any occurrence to a known goal only', () => {
    const note = spaceEdit('addCoachingNote', {
      coachingNoteId: 'n1',
      growthGoalId: 'g1',
      occurrence: '2026-11-03T14:00:00Z',
      text: 'Tried the shorter deck',
      at: '2026-11-03T14:20:00.000Z',
    });
    const noted = applySpaceEdit(withGoal, note);
    expect(noted.coachingNotes[0]).toMatchObject({
      growthGoalId: 'g1',
      occurrence: '2026-11-03T14:00:00.000Z',
    });
    expect(applySpaceEdit(withGoal, { ...note, growthGoalId: 'unknown' })).toBe(withGoal);
  });

  it('an edit after a delete brings feedback back; one before it stays deleted', () => {
    const recorded = applySpaceEdits(emptySpace(), [
      spaceEdit('recordFeedback', {
        feedbackId: 'f1',
        at: '2026-11-01T10:00:00.000Z',
        kind: 'recognition',
        text: 'Great briefing',
        date: '2026-11-01',
        linkedTo: { kind: 'expectation', id: 'x1' },
      }),
      spaceEdit('deletePerformanceEntry', {
        list: 'feedback',
        entryId: 'f1',
        at: '2026-11-02T10:00:00.000Z',
      }),
    ]);
    const edit = (at: string): SpaceEdit =>
      spaceEdit('editFeedback', { feedbackId: 'f1', at, text: 'Great briefing, and calm' });
    const [before] = applySpaceEdit(recorded, edit('2026-11-01T12:00:00.000Z')).feedback;
    const [after] = applySpaceEdit(recorded, edit('2026-11-03T12:00:00.000Z')).feedback;
    expect(before && isEntryLive(before)).toBe(false);
    expect(after && isEntryLive(after)).toBe(true);
  });
});

describe('feedback and coaching notes belong to their author', () => {
  const withEntries = applySpaceEdits(emptySpace(), [
    spaceEdit('recordFeedback', {
      feedbackId: 'f1',
      at: '2026-11-01T10:00:00.000Z',
      by: 'employee',
      kind: 'recognition',
      text: 'Thanks for covering my shift',
      date: '2026-11-01',
      linkedTo: null,
    }),
    spaceEdit('proposeGrowthGoal', {
      growthGoalId: 'g1',
      at: '2026-11-01T10:01:00.000Z',
      capability: 'Public speaking',
      nextStep: '',
      leaderSupport: '',
    }),
    spaceEdit('addCoachingNote', {
      coachingNoteId: 'n1',
      growthGoalId: 'g1',
      occurrence: null,
      at: '2026-11-01T10:02:00.000Z',
      by: 'employee',
      text: 'Practised the opening twice',
    }),
  ]);
  const later = '2026-11-02T10:00:00.000Z';

  it('lets only the author edit, delete or restore their feedback', () => {
    const byLeader = applySpaceEdits(withEntries, [
      spaceEdit('editFeedback', {
        feedbackId: 'f1',
        at: later,
        by: 'leader',
        text: 'Rewritten by the leader',
      }),
      spaceEdit('deletePerformanceEntry', { list: 'feedback', entryId: 'f1', at: later, by: 'leader' }),
    ]);
    expect(byLeader.feedback).toEqual(withEntries.feedback);

    const byAuthor = applySpaceEdits(withEntries, [
      spaceEdit('editFeedback', { feedbackId: 'f1', at: later, by: 'employee', text: 'Thanks for covering' }),
      spaceEdit('deletePerformanceEntry', {
        list: 'feedback',
        entryId: 'f1',
        at: '2026-11-02T10:00:01.000Z',
        by: 'employee',
      }),
    ]);
    expect(byAuthor.feedback[0]?.text).toBe('Thanks for covering');
    expect(byAuthor.feedback[0] && isEntryLive(byAuthor.feedback[0])).toBe(false);
    const restoredByLeader = applySpaceEdit(
      byAuthor,
      spaceEdit('restorePerformanceEntry', {
        list: 'feedback',
        entryId: 'f1',
        at: '2026-11-03T10:00:00.000Z',
      }),
    );
    expect(restoredByLeader.feedback[0] && isEntryLive(restoredByLeader.feedback[0])).toBe(false);
  });

  it('lets only the author edit or delete their coaching note, and either person delete a goal', () => {
    const byLeader = applySpaceEdits(withEntries, [
      spaceEdit('editCoachingNote', { coachingNoteId: 'n1', at: later, by: 'leader', text: 'Not yours' }),
      spaceEdit('deletePerformanceEntry', { list: 'coachingNotes', entryId: 'n1', at: later, by: 'leader' }),
    ]);
    expect(byLeader.coachingNotes).toEqual(withEntries.coachingNotes);
    const byAuthor = applySpaceEdit(
      withEntries,
      spaceEdit('editCoachingNote', {
        coachingNoteId: 'n1',
        at: later,
        by: 'employee',
        text: 'Practised it',
      }),
    );
    expect(byAuthor.coachingNotes[0]?.text).toBe('Practised it');
    const goalDeleted = applySpaceEdit(
      withEntries,
      spaceEdit('deletePerformanceEntry', { list: 'growthGoals', entryId: 'g1', at: later, by: 'employee' }),
    );
    expect(goalDeleted.growthGoals[0] && isEntryLive(goalDeleted.growthGoals[0])).toBe(false);
  });
});

describe('the pair’s prompts', () => {
  const prompts = (by: SpaceRole, list: string[] | null): SpaceEdit =>
    spaceEdit('setSectionPrompts', {
      section: 'direction',
      prompts: list,
      at: '2026-11-01T10:00:00.000Z',
      by,
    });

  it('both people see the leader’s prompts; the defaults in each person’s language otherwise', () => {
    const empty = emptySpace();
    expect(applySpaceEdit(empty, prompts('employee', ['Mine']))).toBe(empty);
    const custom = applySpaceEdit(empty, prompts('leader', ['What is the one thing that matters most?']));
    for (const locale of ['en', 'fr-CA'] as const) {
      const shown = pairSectionPrompts(custom.sectionPrompts, locale);
      expect(shown.direction).toEqual(['What is the one thing that matters most?']);
      expect(shown.checkIn).toEqual(DEFAULT_PROMPTS[locale].checkIn);
    }
    const reset = applySpaceEdit(custom, { ...prompts('leader', null), at: '2026-11-02T10:00:00.000Z' });
    expect(pairSectionPrompts(reset.sectionPrompts, 'fr-CA').direction).toEqual(
      DEFAULT_PROMPTS['fr-CA'].direction,
    );
  });

  it('refuses more than 8 prompts or one too long', () => {
    const empty = emptySpace();
    expect(
      applySpaceEdit(
        empty,
        prompts(
          'leader',
          Array.from({ length: 9 }, (_, i) => `P${i}`),
        ),
      ),
    ).toBe(empty);
    expect(applySpaceEdit(empty, prompts('leader', ['x'.repeat(501)]))).toBe(empty);
  });
});

describe('the outbox keeps version 2 edits', () => {
  it('accepts each new edit as stored and refuses an unknown list', () => {
    const edits: SpaceEdit[] = [
      propose('x1', 'employee'),
      spaceEdit('recordFeedback', {
        feedbackId: 'f1',
        at: '2026-11-01T10:00:00.000Z',
        kind: 'constructive',
        text: 'Be on time',
        date: '2026-11-01',
        linkedTo: null,
      }),
      spaceEdit('restorePerformanceEntry', {
        list: 'growthGoals',
        entryId: 'g1',
        at: '2026-11-01T10:00:00.000Z',
      }),
      spaceEdit('setSectionPrompts', { section: 'checkIn', prompts: null, at: '2026-11-01T10:00:00.000Z' }),
    ];
    for (const edit of edits)
      expect(spaceEditSchema.safeParse(JSON.parse(JSON.stringify(edit))).success).toBe(true);
    const bad = {
      ...spaceEdit('deletePerformanceEntry', {
        list: 'feedback',
        entryId: 'f1',
        at: '2026-11-01T10:00:00.000Z',
      }),
      list: 'topics',
    };
    expect(spaceEditSchema.safeParse(bad).success).toBe(false);
  });
});
