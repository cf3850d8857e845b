import { describe, expect, it } from 'vitest';
import { CADENCE_RULES } from '../../src/domain/cadence/cadenceRules';
import type {
  ActionItemFact,
  CadenceFlag,
  CadenceOccurrence,
  ReportCadenceInput,
} from '../../src/domain/cadence/cadenceTypes';
import { cancelledOccurrenceDate } from '../../src/domain/cadence/cancelledOccurrenceDate';
import { computeReportCadence } from '../../src/domain/cadence/computeReportCadence';
import { computeTeamCadence } from '../../src/domain/cadence/computeTeamCadence';

const TORONTO = 'America/Toronto';
/** Wednesday, November 18 2026, 10:00 in Toronto (EST). */
const NOW = new Date('2026-11-18T15:00:00Z');

function held(start: string, originalStart: string | null = null): CadenceOccurrence {
  return { start, originalStart, status: 'scheduled' };
}
const cancelled = (start: string): CadenceOccurrence => ({ start, originalStart: null, status: 'cancelled' });
const declined = (start: string): CadenceOccurrence => ({ start, originalStart: null, status: 'declined' });

function input(
  occurrences: CadenceOccurrence[],
  extra: Partial<Omit<ReportCadenceInput, 'occurrences'>> = {},
): ReportCadenceInput {
  return { occurrences, cancelledDates: [], actionItems: null, ...extra };
}

const cadence = (value: ReportCadenceInput, now = NOW, timeZone = TORONTO) =>
  computeReportCadence(value, { now, timeZone });

describe('computeReportCadence: last and next 1:1, and the flags', () => {
  it.each<[string, CadenceOccurrence[], number | null, number | null, CadenceFlag[]]>([
    ['weekly, on track', [held('2026-11-17T14:00:00Z'), held('2026-11-24T14:00:00Z')], 1, 6, []],
    [
      'last one 30 days ago is still "in the last 30 days"',
      [held('2026-10-19T14:00:00Z'), held('2026-11-25T14:00:00Z')],
      30,
      7,
      [],
    ],
    [
      'last one 31 days ago',
      [held('2026-10-18T14:00:00Z'), held('2026-11-25T14:00:00Z')],
      31,
      7,
      ['noRecentOneOnOne'],
    ],
    // The seed's Aisha: a biweekly series that ended 6 weeks ago, nothing booked.
    [
      'ended 6 weeks ago, nothing booked',
      [held('2026-10-07T19:00:00Z')],
      42,
      null,
      ['noRecentOneOnOne', 'nothingScheduled'],
    ],
    ['next one 30 days away', [held('2026-11-17T14:00:00Z'), held('2026-12-18T15:00:00Z')], 1, 30, []],
    [
      'next one 31 days away',
      [held('2026-11-17T14:00:00Z'), held('2026-12-19T15:00:00Z')],
      1,
      31,
      ['nothingScheduled'],
    ],
    ['never met', [], null, null, ['noRecentOneOnOne', 'nothingScheduled']],
    [
      'only cancelled or declined ones',
      [cancelled('2026-11-10T14:00:00Z'), declined('2026-11-24T14:00:00Z')],
      null,
      null,
      ['noRecentOneOnOne', 'nothingScheduled'],
    ],
    ['earlier today counts as held (started)', [held('2026-11-18T14:00:00Z')], 0, null, ['nothingScheduled']],
    ['later today is next', [held('2026-11-18T20:00:00Z')], null, 0, ['noRecentOneOnOne']],
  ])('%s', (_name, occurrences, since, until, flags) => {
    const result = cadence(input(occurrences));
    expect(result.daysSinceLast).toBe(since);
    expect(result.daysUntilNext).toBe(until);
    expect(result.flags).toEqual(flags);
  });

  it('ignores the order of the occurrences and unreadable starts', () => {
    const result = cadence(
      input([
        held('2026-11-24T14:00:00Z'),
        held('not a date'),
        held('2026-11-10T14:00:00Z'),
        held('2026-11-17T14:00:00Z'),
      ]),
    );
    expect(result.lastHeld).toBe('2026-11-17T14:00:00.000Z');
    expect(result.nextScheduled).toBe('2026-11-24T14:00:00.000Z');
    expect(result.heldInHistory).toBe(2);
  });
});

describe('computeReportCadence: held, cancelled and moved in the last 90 days', () => {
  it.each<[string, ReportCadenceInput, number, number, number]>([
    [
      'held ones inside the window only (90 days, today included)',
      input([held('2026-08-21T14:00:00Z'), held('2026-08-20T14:00:00Z'), held('2026-11-17T14:00:00Z')]),
      2,
      0,
      0,
    ],
    [
      'cancelled and declined past slots count as cancelled; future ones do not',
      input([
        cancelled('2026-11-10T14:00:00Z'),
        declined('2026-11-03T14:00:00Z'),
        cancelled('2026-11-24T14:00:00Z'),
      ]),
      0,
      2,
      0,
    ],
    [
      "the organizer's cancelled dates count when inside the window (and once each)",
      input([], { cancelledDates: ['2026-11-17', '2026-11-17', '2026-08-20', '2026-08-21', '2026-11-24'] }),
      0,
      2,
      0,
    ],
    [
      'a moved occurrence counts by its original slot',
      input([
        held('2026-11-13T16:00:00Z', '2026-11-12T19:00:00Z'),
        held('2026-11-20T16:00:00Z', '2026-11-19T19:00:00Z'),
        held('2026-11-10T14:00:00Z', '2026-11-10T14:00:00Z'),
      ]),
      2,
      0,
      1,
    ],
  ])('%s', (_name, value, heldCount, cancelledCount, movedCount) => {
    const result = cadence(value);
    expect(result.heldInHistory).toBe(heldCount);
    expect(result.cancelledInHistory).toBe(cancelledCount);
    expect(result.movedInHistory).toBe(movedCount);
  });

  it.each<[number, boolean]>([
    [1, false],
    [CADENCE_RULES.cancellationsToFlag, true],
    [3, true],
  ])('%i cancellations flag frequentCancellations: %s', (count, flagged) => {
    const dates = ['2026-11-16', '2026-11-09', '2026-11-02'].slice(0, count);
    const result = cadence(
      input([held('2026-11-17T14:00:00Z'), held('2026-11-24T14:00:00Z')], { cancelledDates: dates }),
    );
    expect(result.flags.includes('frequentCancellations')).toBe(flagged);
  });
});

describe('computeReportCadence: days and weeks across DST changes and time zones', () => {
  it.each<[string, string, string, string, number]>([
    // Toronto springs forward on March 8 2026: 70.5 hours are three calendar days.
    ['spring forward, Toronto', '2026-03-06T14:00:00Z', '2026-03-09T12:30:00Z', TORONTO, 3],
    // Toronto falls back on November 1 2026: 74 hours are three calendar days.
    ['fall back, Toronto', '2026-10-30T20:00:00Z', '2026-11-02T14:00:00Z', TORONTO, 3],
    // Europe changes on March 29 2026: Friday 17:00 to Monday 08:00 in Paris.
    ['spring forward, Paris', '2026-03-27T16:00:00Z', '2026-03-30T06:00:00Z', 'Europe/Paris', 3],
    // Sydney falls back on April 5 2026 (southern hemisphere).
    ['fall back, Sydney', '2026-04-03T23:00:00Z', '2026-04-05T23:00:00Z', 'Australia/Sydney', 2],
    // The same evening meeting is on Tuesday in Toronto and Wednesday in Paris.
    ['late evening in Toronto', '2026-11-18T03:30:00Z', '2026-11-18T15:00:00Z', TORONTO, 1],
    ['the next morning in Paris', '2026-11-18T03:30:00Z', '2026-11-18T15:00:00Z', 'Europe/Paris', 0],
    [
      'Vancouver, across the date line of UTC',
      '2026-11-18T06:30:00Z',
      '2026-11-18T18:00:00Z',
      'America/Vancouver',
      1,
    ],
  ])('%s: %s to %s is %i days', (_name, last, now, zone, days) => {
    expect(cadence(input([held(last)]), new Date(now), zone).daysSinceLast).toBe(days);
  });

  it('puts each 1:1 in the week (Monday to Sunday) of its local date, across the DST change', () => {
    // Sunday March 8 2026 23:30 EDT and Monday March 9 00:30 EDT, right after Toronto springs forward.
    const result = cadence(
      input([held('2026-03-09T03:30:00Z'), held('2026-03-09T04:30:00Z'), held('2026-03-02T05:30:00Z')]),
      new Date('2026-03-10T15:00:00Z'),
    );
    expect(result.weeks).toHaveLength(CADENCE_RULES.chartWeeks);
    expect(result.weeks.at(-1)).toEqual({ weekStart: '2026-03-09', held: 1 });
    expect(result.weeks.at(-2)).toEqual({ weekStart: '2026-03-02', held: 2 });
    expect(result.weeks[0]?.weekStart).toBe('2025-12-22');
  });

  it('counts in UTC when the zone is unknown, rather than failing', () => {
    const result = cadence(input([held('2026-11-18T03:30:00Z')]), NOW, 'Not/AZone');
    expect(result.daysSinceLast).toBe(0);
  });
});

describe('computeReportCadence: action items and follow-through', () => {
  const item = (
    status: ActionItemFact['status'],
    dueDate: string | null,
    closedAt: string | null = null,
  ): ActionItemFact => ({
    status,
    dueDate,
    closedAt,
  });

  it.each<[string, ActionItemFact[], number, number, number | null]>([
    ['nothing yet', [], 0, 0, null],
    ['open, not due yet', [item('open', '2026-11-30')], 1, 0, null],
    ['open, due yesterday: overdue and missed', [item('open', '2026-11-17')], 1, 1, 0],
    ['open, due today: not overdue yet', [item('open', '2026-11-18')], 1, 0, null],
    [
      'done on the due date (late evening in Toronto) counts as on time',
      [item('done', '2026-11-10', '2026-11-11T04:30:00Z')],
      0,
      0,
      1,
    ],
    ['done the day after', [item('done', '2026-11-10', '2026-11-11T15:00:00Z')], 0, 0, 0],
    ['done early, before the due date passed', [item('done', '2026-12-01', '2026-11-16T15:00:00Z')], 0, 0, 1],
    [
      'dropped and undated items are not measured',
      [
        item('dropped', '2026-11-01', '2026-11-02T12:00:00Z'),
        item('done', null, '2026-11-02T12:00:00Z'),
        item('open', null),
      ],
      1,
      0,
      null,
    ],
    [
      'a mix: 2 on time out of 4 measured',
      [
        item('done', '2026-11-10', '2026-11-09T15:00:00Z'),
        item('done', '2026-11-12', '2026-11-12T15:00:00Z'),
        item('done', '2026-11-12', '2026-11-14T15:00:00Z'),
        item('open', '2026-11-01'),
        item('open', '2026-12-01'),
      ],
      2,
      1,
      0.5,
    ],
  ])('%s', (_name, items, open, overdue, rate) => {
    const result = cadence(
      input([held('2026-11-17T14:00:00Z'), held('2026-11-24T14:00:00Z')], { actionItems: items }),
    );
    expect(result.actionItems?.open).toBe(open);
    expect(result.actionItems?.overdue).toBe(overdue);
    expect(result.actionItems?.followThrough).toBe(rate);
    expect(result.flags.includes('overdueActionItems')).toBe(overdue > 0);
  });

  it('knows nothing about action items when the pair has no shared space', () => {
    const result = cadence(input([held('2026-11-17T14:00:00Z')], { actionItems: null }));
    expect(result.actionItems).toBeNull();
    expect(result.flags).not.toContain('overdueActionItems');
  });
});

describe('computeTeamCadence', () => {
  const person = (displayName: string) => ({ displayName, email: `${displayName.toLowerCase()}@contoso.ca` });

  it('lists the reports who need attention first, then by time since the last 1:1, then by name', () => {
    const rows = computeTeamCadence(
      [
        {
          person: person('Daniel'),
          input: input([held('2026-11-17T14:00:00Z'), held('2026-11-24T14:00:00Z')]),
        },
        { person: person('Aisha'), input: input([held('2026-10-07T19:00:00Z')]) },
        { person: person('Zoe'), input: input([]) },
        {
          person: person('Ethan'),
          input: input([held('2026-11-11T18:00:00Z'), held('2026-11-25T18:00:00Z')]),
        },
        { person: person('Bob'), input: input([held('2026-11-11T18:00:00Z'), held('2026-11-25T18:00:00Z')]) },
      ],
      { now: NOW, timeZone: TORONTO },
    );
    expect(rows.map((row) => row.person.displayName)).toEqual(['Zoe', 'Aisha', 'Bob', 'Ethan', 'Daniel']);
  });
});

describe('cancelledOccurrenceDate', () => {
  it.each<[string, string | null]>([
    ['OID.AAMkAGI2TAAA=.2026-11-24', '2026-11-24'],
    ['OID.AAMk.with.dots=.2026-02-28', '2026-02-28'],
    ['OID.AAMk=.2026-02-30', null],
    ['AAMk=.2026-11-24', null],
    ['', null],
  ])('%s is %s', (id, date) => {
    expect(cancelledOccurrenceDate(id)).toBe(date);
  });
});
