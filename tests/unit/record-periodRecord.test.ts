import { describe, expect, it } from 'vitest';
import type { CadenceOccurrence } from '../../src/domain/cadence/cadenceTypes';
import { buildPeriodRecord } from '../../src/domain/record/buildPeriodRecord';
import {
  customPeriod,
  last12Months,
  midYearPeriod,
  quarterPeriod,
  yearPeriod,
} from '../../src/domain/record/recordPeriod';
import { createPrivateNotes, setPrivateNote } from '../../src/domain/space/privateNotes';
import type { SpaceDocument } from '../../src/domain/space/spaceDocument';
import { applySpaceEdits, type SpaceEdit } from '../../src/domain/space/spaceEdits';
import { emptySpace, spaceEdit } from '../support/spaceBuilders';

const PRIVATE_TEXT = 'PRIVATE: thinking about a reorganisation of the unit';
const NOW = new Date('2026-07-15T12:00:00.000Z');
const ZONE = 'America/Toronto';

/** The first half of 2026 of one pair, with entries just outside it on both sides. */
function fixtureSpace(): SpaceDocument {
  const edits: SpaceEdit[] = [
    spaceEdit('proposeExpectation', {
      expectationId: 'e-active',
      at: '2026-01-12T15:00:00.000Z',
      priority: 'Clear the permit backlog',
      whatGoodLooksLike: 'Under 40 files',
      goalLink: null,
      reviewDate: '2026-06-30',
    }),
    spaceEdit('editExpectation', {
      expectationId: 'e-active',
      at: '2026-03-02T15:00:00.000Z',
      whatGoodLooksLike: 'Under 30 files',
    }),
    spaceEdit('proposeExpectation', {
      expectationId: 'e-retired-2025',
      at: '2025-03-01T15:00:00.000Z',
      priority: 'Old priority retired last year',
      whatGoodLooksLike: '',
      goalLink: null,
      reviewDate: null,
    }),
    spaceEdit('setExpectationStatus', {
      expectationId: 'e-retired-2025',
      at: '2025-09-01T15:00:00.000Z',
      status: 'retired',
    }),
    spaceEdit('proposeExpectation', {
      expectationId: 'e-later',
      at: '2026-07-02T15:00:00.000Z',
      priority: 'Written after June',
      whatGoodLooksLike: '',
      goalLink: null,
      reviewDate: null,
    }),
    spaceEdit('proposeGrowthGoal', {
      growthGoalId: 'g1',
      at: '2026-01-20T15:00:00.000Z',
      capability: 'Facilitation',
      nextStep: 'Run the March retro',
      leaderSupport: 'Pair on the first one',
    }),
    spaceEdit('addCoachingNote', {
      coachingNoteId: 'c1',
      growthGoalId: 'g1',
      at: '2026-03-10T15:00:00.000Z',
      occurrence: '2026-03-10T14:00:00.000Z',
      text: 'Tried silent brainstorming',
    }),
    spaceEdit('addCoachingNote', {
      coachingNoteId: 'c2',
      growthGoalId: 'g1',
      at: '2026-07-07T15:00:00.000Z',
      occurrence: null,
      text: 'Note from July, outside',
    }),
    spaceEdit('recordFeedback', {
      feedbackId: 'f1',
      at: '2026-02-04T15:00:00.000Z',
      kind: 'recognition',
      text: 'Great council presentation',
      date: '2026-02-03',
      linkedTo: { kind: 'expectation', id: 'e-active' },
    }),
    spaceEdit('recordFeedback', {
      feedbackId: 'f2',
      at: '2026-04-04T15:00:00.000Z',
      kind: 'constructive',
      text: 'Reports arrived late',
      date: '2026-04-01',
      linkedTo: null,
    }),
    spaceEdit('recordFeedback', {
      feedbackId: 'f-deleted',
      at: '2026-04-05T15:00:00.000Z',
      kind: 'recognition',
      text: 'Deleted feedback',
      date: '2026-04-05',
      linkedTo: null,
    }),
    spaceEdit('deletePerformanceEntry', {
      list: 'feedback',
      entryId: 'f-deleted',
      at: '2026-04-06T15:00:00.000Z',
    }),
    // Commitments: 4 made in the period, 1 before it.
    ...(
      [
        ['a-on-time', '2026-02-10T15:00:00.000Z', '2026-02-20', 'done', '2026-02-18T15:00:00.000Z'],
        ['a-late', '2026-03-10T15:00:00.000Z', '2026-03-20', 'done', '2026-03-25T15:00:00.000Z'],
        ['a-overdue', '2026-04-10T15:00:00.000Z', '2026-05-01', 'open', null],
        ['a-dropped', '2026-05-10T15:00:00.000Z', '2026-05-20', 'dropped', '2026-05-19T15:00:00.000Z'],
        ['a-2025', '2025-12-10T15:00:00.000Z', '2025-12-20', 'done', '2025-12-18T15:00:00.000Z'],
      ] as const
    ).flatMap(([id, at, dueDate, status, closedAt]) => [
      spaceEdit('addActionItem', {
        actionItemId: id,
        at,
        text: `Commitment ${id}`,
        owner: 'employee',
        dueDate,
        createdInOccurrence: null,
      }),
      ...(closedAt === null
        ? []
        : [spaceEdit('setActionItemStatus', { actionItemId: id, at: closedAt, status, occurrence: null })]),
    ]),
    spaceEdit('setSharedNote', {
      occurrence: '2026-03-10T14:00:00.000Z',
      at: '2026-03-10T20:00:00.000Z',
      text: 'Leader shared note, March',
    }),
    spaceEdit('setSharedNote', {
      occurrence: '2026-03-10T14:00:00.000Z',
      at: '2026-03-10T20:00:00.000Z',
      by: 'employee',
      text: 'Employee shared note, March',
    }),
    // A meeting the calendar no longer lists, known from its note.
    spaceEdit('setSharedNote', {
      occurrence: '2026-05-05T14:00:00.000Z',
      at: '2026-05-05T20:00:00.000Z',
      text: 'Note of an old series',
    }),
    spaceEdit('setSharedNote', {
      occurrence: '2026-07-07T14:00:00.000Z',
      at: '2026-07-07T20:00:00.000Z',
      text: 'July note, outside',
    }),
  ];
  return applySpaceEdits(emptySpace('2025-01-01T12:00:00.000Z'), edits);
}

const OCCURRENCES: CadenceOccurrence[] = [
  { start: '2026-01-13T14:00:00.000Z', originalStart: '2026-01-13T14:00:00.000Z', status: 'scheduled' },
  { start: '2026-02-10T14:00:00.000Z', originalStart: '2026-02-10T14:00:00.000Z', status: 'scheduled' },
  // Moved from Tuesday to Thursday.
  { start: '2026-02-26T14:00:00.000Z', originalStart: '2026-02-24T14:00:00.000Z', status: 'scheduled' },
  { start: '2026-03-10T14:00:00.000Z', originalStart: '2026-03-10T14:00:00.000Z', status: 'scheduled' },
  { start: '2026-04-14T13:00:00.000Z', originalStart: '2026-04-14T13:00:00.000Z', status: 'cancelled' },
  { start: '2026-05-12T13:00:00.000Z', originalStart: '2026-05-12T13:00:00.000Z', status: 'declined' },
  { start: '2026-06-09T13:00:00.000Z', originalStart: '2026-06-09T13:00:00.000Z', status: 'scheduled' },
  // Outside the period.
  { start: '2025-12-30T14:00:00.000Z', originalStart: '2025-12-30T14:00:00.000Z', status: 'scheduled' },
  { start: '2026-07-07T13:00:00.000Z', originalStart: '2026-07-07T13:00:00.000Z', status: 'scheduled' },
];

function midYearRecord(document = fixtureSpace()) {
  return buildPeriodRecord(document, {
    period: midYearPeriod(2026),
    occurrences: OCCURRENCES,
    cancelledDates: ['2026-06-23', '2026-04-14'],
    now: NOW,
    timeZone: ZONE,
  });
}

describe('periods', () => {
  it('covers the last 12 months by default, quarters, mid-year, a year, or a custom range', () => {
    expect(last12Months('2026-07-15')).toEqual({
      kind: 'last12Months',
      start: '2025-07-16',
      end: '2026-07-15',
    });
    expect(last12Months('2028-02-29')).toMatchObject({ start: '2027-03-01', end: '2028-02-29' });
    expect(quarterPeriod(2026, 1)).toMatchObject({ start: '2026-01-01', end: '2026-03-31' });
    expect(quarterPeriod(2026, 4)).toMatchObject({ start: '2026-10-01', end: '2026-12-31' });
    expect(midYearPeriod(2026)).toMatchObject({ start: '2026-01-01', end: '2026-06-30' });
    expect(yearPeriod(2026)).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
    expect(customPeriod('2026-03-01', '2026-02-01')).toBeNull();
    expect(customPeriod('2026-02-30', '2026-03-01')).toBeNull();
    expect(customPeriod('2026-02-01', '2026-03-01')).toMatchObject({ kind: 'custom' });
  });
});

describe('the record of a period', () => {
  it('lists the priorities that mattered in it, with the changes made during it', () => {
    const record = midYearRecord();
    expect(record.priorities.map((p) => p.id)).toEqual(['e-active']);
    const [priority] = record.priorities;
    expect(priority).toMatchObject({
      whatGoodLooksLike: 'Under 30 files',
      status: 'active',
      confirmed: true,
    });
    expect(priority?.changes.map((c) => [c.field, c.value])).toContainEqual([
      'whatGoodLooksLike',
      'Under 30 files',
    ]);
    expect(priority?.changes.every((c) => c.at >= '2026-01-01' && c.at < '2026-07-01')).toBe(true);
  });

  it('lists growth goals with the coaching notes of the period only', () => {
    const record = midYearRecord();
    expect(record.growthGoals).toHaveLength(1);
    expect(record.growthGoals[0]?.coachingNotes.map((n) => n.text)).toEqual(['Tried silent brainstorming']);
  });

  it('counts commitments made and kept, and follow-through as of the period’s end', () => {
    const { commitments } = midYearRecord();
    expect(commitments.made).toBe(4);
    expect(commitments.kept).toBe(2);
    expect(commitments.dropped).toBe(1);
    expect(commitments.open).toBe(1);
    expect(commitments.overdue).toBe(1);
    // On time: a-on-time. Measured: a-on-time, a-late, a-overdue (dropped does not count).
    expect(commitments.measured).toBe(3);
    expect(commitments.closedOnTime).toBe(1);
    expect(commitments.followThrough).toBeCloseTo(1 / 3, 10);
  });

  it('lists feedback about days of the period, without deleted entries', () => {
    const { feedback } = midYearRecord();
    expect(feedback.recognition).toBe(1);
    expect(feedback.constructive).toBe(1);
    expect(feedback.entries.map((f) => [f.id, f.about])).toEqual([
      ['f1', 'Clear the permit backlog'],
      ['f2', null],
    ]);
  });

  it('counts 1:1s held, cancelled and moved, each with its shared notes', () => {
    const { meetings } = midYearRecord();
    // Held: 13 Jan, 10 Feb, 26 Feb (moved), 10 Mar, 5 May (known from its note), 9 Jun.
    expect(meetings.held).toBe(6);
    // Cancelled: 14 Apr (occurrence and date: once), 12 May declined, 23 Jun (date only).
    expect(meetings.cancelled).toBe(3);
    expect(meetings.moved).toBe(1);
    const march = meetings.occurrences.find((m) => m.start === '2026-03-10T14:00:00.000Z');
    expect(march?.notes).toEqual([
      { author: 'leader', text: 'Leader shared note, March' },
      { author: 'employee', text: 'Employee shared note, March' },
    ]);
    expect(meetings.occurrences.some((m) => m.notes.some((n) => n.text.includes('July')))).toBe(false);
  });

  it('never holds private notes', () => {
    const privateNotes = setPrivateNote(
      createPrivateNotes('sam@contoso.test'),
      '2026-03-10T14:00:00.000Z',
      PRIVATE_TEXT,
      '2026-03-10T15:00:00.000Z',
    );
    // The same meeting has a private note on this device; the record is built from the space alone.
    expect(JSON.stringify(privateNotes)).toContain(PRIVATE_TEXT);
    const record = midYearRecord();
    expect(JSON.stringify(record)).not.toContain('PRIVATE');
    expect(JSON.stringify(record)).not.toContain(PRIVATE_TEXT);
  });

  it('counts days in the reader’s zone', () => {
    // 1 July 02:00 UTC is still 30 June in Toronto.
    const document = applySpaceEdits(fixtureSpace(), [
      spaceEdit('setSharedNote', {
        occurrence: '2026-07-01T02:00:00.000Z',
        at: '2026-07-01T20:00:00.000Z',
        text: 'Late evening 1:1',
      }),
    ]);
    const inToronto = buildPeriodRecord(document, {
      period: midYearPeriod(2026),
      occurrences: [],
      cancelledDates: [],
      now: NOW,
      timeZone: ZONE,
    });
    const inUtc = buildPeriodRecord(document, {
      period: midYearPeriod(2026),
      occurrences: [],
      cancelledDates: [],
      now: NOW,
      timeZone: 'UTC',
    });
    expect(inToronto.meetings.held - inUtc.meetings.held).toBe(1);
  });
});
