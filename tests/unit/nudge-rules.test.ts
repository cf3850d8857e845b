import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyNudgeLog,
  mergeNudgeLogs,
  type NudgeLog,
  nudgeKey,
  parseNudgeLog,
  serializeNudgeLog,
} from '../../src/domain/nudge/nudgeLog';
import { nudgesDue } from '../../src/domain/nudge/nudgesDue';
import type { OneOnOneOccurrence, OneOnOneSeries } from '../../src/domain/oneOnOne';

const NOW = new Date('2026-11-18T15:00:00.000Z');
const hoursFromNow = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();

function occurrence(start: string, fields: Partial<OneOnOneOccurrence> = {}): OneOnOneOccurrence {
  return {
    eventId: start,
    start,
    end: start,
    timeZone: 'UTC',
    isOnlineMeeting: true,
    joinUrl: null,
    isOrganizer: true,
    declinedBy: null,
    webLink: null,
    ...fields,
  };
}

function series(
  email: string,
  relation: 'directReport' | 'manager',
  occurrences: OneOnOneOccurrence[],
): OneOnOneSeries {
  return {
    key: email,
    counterpart: { email, name: email, relation },
    subject: null,
    seriesMasterId: null,
    isOnlineMeeting: true,
    occurrences,
  };
}

describe('nudgesDue', () => {
  it('reminds of occurrences the leader organizes in the next 48 hours that no device reminded of yet', () => {
    const all = [
      series('sam@contoso.ca', 'directReport', [
        occurrence(hoursFromNow(-1)),
        occurrence(hoursFromNow(3)),
        occurrence(hoursFromNow(47.9)),
        occurrence(hoursFromNow(48.1)),
      ]),
      series('riley@contoso.ca', 'directReport', [
        occurrence(hoursFromNow(5), { declinedBy: 'counterpart' }),
      ]),
      series('pat@contoso.ca', 'directReport', [occurrence(hoursFromNow(5), { isOrganizer: false })]),
      series('boss@contoso.ca', 'manager', [occurrence(hoursFromNow(5))]),
    ];
    const due = nudgesDue(all, emptyNudgeLog(), NOW);
    expect(due.map((d) => d.occurrenceStart)).toEqual([hoursFromNow(3), hoursFromNow(47.9)]);
    const log: NudgeLog = {
      ...emptyNudgeLog(),
      sent: [{ key: due[0]?.key ?? '', sentAt: NOW.toISOString() }],
    };
    expect(nudgesDue(all, log, NOW).map((d) => d.occurrenceStart)).toEqual([hoursFromNow(47.9)]);
  });

  it('keys an occurrence the same whatever the spelling of its start or the case of the email', () => {
    expect(nudgeKey('Sam@Contoso.ca', '2026-11-18T18:00:00Z')).toBe(
      nudgeKey('sam@contoso.ca', '2026-11-18T18:00:00.000Z'),
    );
  });
});

describe('the sent-reminders log', () => {
  const record = fc.record({
    key: fc.constantFrom('a|1', 'a|2', 'b|1'),
    sentAt: fc.constantFrom('2026-11-18T15:00:00.000Z', '2026-11-18T16:00:00.000Z'),
  });
  const log = fc.array(record, { maxLength: 6 }).map((sent): NudgeLog => ({ ...emptyNudgeLog(), sent }));
  it('merges commutatively, associatively and idempotently, keeping every key', () => {
    fc.assert(
      fc.property(log, log, log, (a, b, c) => {
        expect(mergeNudgeLogs(a, b)).toEqual(mergeNudgeLogs(b, a));
        expect(mergeNudgeLogs(mergeNudgeLogs(a, b), c)).toEqual(mergeNudgeLogs(a, mergeNudgeLogs(b, c)));
        expect(mergeNudgeLogs(a, a)).toEqual(mergeNudgeLogs(a, emptyNudgeLog()));
        const keys = new Set([...a.sent, ...b.sent].map((r) => r.key));
        expect(
          mergeNudgeLogs(a, b)
            .sent.map((r) => r.key)
            .sort(),
        ).toEqual([...keys].sort());
      }),
    );
  });
  it('round-trips through JSON, and drops entries sent 30 days before the newest when written', () => {
    const written = serializeNudgeLog({
      ...emptyNudgeLog(),
      sent: [
        { key: 'a|1', sentAt: '2026-11-18T15:00:00.000Z' },
        { key: 'old|1', sentAt: '2026-09-01T15:00:00.000Z' },
      ],
    });
    const parsed = parseNudgeLog(written);
    expect(parsed.ok && parsed.document.sent).toEqual([{ key: 'a|1', sentAt: '2026-11-18T15:00:00.000Z' }]);
    expect(parseNudgeLog('{"schema":"one-on-one-space","version":1}').ok).toBe(false);
  });
});
