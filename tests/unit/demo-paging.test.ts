import { describe, expect, it } from 'vitest';
import { nextLinkFor, takePage } from '../../src/demo/odata/paging';
import {
  occurrenceDateFromId,
  occurrenceEventId,
  occurrenceICalUId,
  parseCancelledOccurrenceId,
} from '../../src/demo/recurrence/occurrenceIds';
import { formatCivilDate } from '../../src/demo/time/civilDate';

const ids = (items: { id: string }[]) => items.map((item) => item.id);
const items = (...names: string[]) => names.map((id) => ({ id }));

describe('takePage', () => {
  it('resumes after the last item returned, even if items were inserted before it', () => {
    const first = takePage(
      items('a', 'b', 'c', 'd', 'e'),
      { pageSize: 2, skipToken: null, skip: 0 },
      (item) => item.id,
    );
    expect(ids(first.items)).toEqual(['a', 'b']);
    const afterInsert = items('0', 'a', 'b', 'c', 'd', 'e');
    const second = takePage(
      afterInsert,
      { pageSize: 2, skipToken: first.nextSkipToken, skip: 0 },
      (item) => item.id,
    );
    expect(ids(second.items)).toEqual(['c', 'd']);
  });

  it('has no next token on the last page', () => {
    const only = takePage(items('a', 'b'), { pageSize: 2, skipToken: null, skip: 0 }, (item) => item.id);
    expect(only.nextSkipToken).toBeNull();
  });
});

describe('nextLinkFor', () => {
  it('keeps the query verbatim and replaces the skip token', () => {
    const url = new URL(
      'https://graph.microsoft.com/v1.0/me/calendarView?startDateTime=2026-11-16T00:00:00Z&$top=4&%24skiptoken=old',
    );
    expect(nextLinkFor(url, 'new')).toBe(
      'https://graph.microsoft.com/v1.0/me/calendarView?startDateTime=2026-11-16T00:00:00Z&$top=4&%24skiptoken=new',
    );
  });
});

describe('occurrence ids', () => {
  it('are derived from the master and date, and map back', () => {
    const master = 'AAMkAGI1ZTQ3AAA=';
    const id = occurrenceEventId(master, { year: 2026, month: 11, day: 24 });
    expect(id.startsWith('AAMkAGI1ZTQ3AAA')).toBe(true);
    const date = occurrenceDateFromId(id, master);
    expect(date && formatCivilDate(date)).toBe('2026-11-24');
    expect(occurrenceDateFromId(id, 'AAMkOther=')).toBeNull();
  });

  it('parse Graph cancelledOccurrences values', () => {
    const parsed = parseCancelledOccurrenceId('OID.AAMkAGI1ZTQ3AAA=.2026-11-24');
    expect(parsed?.seriesMasterId).toBe('AAMkAGI1ZTQ3AAA=');
    expect(parsed && formatCivilDate(parsed.date)).toBe('2026-11-24');
    expect(parseCancelledOccurrenceId('2026-11-24')).toBeNull();
  });

  it('write the instance date into an Exchange GlobalObjectId', () => {
    const series = '040000008200E00074C5B7101A82E00800000000D3F1A4F0B1D4DA01';
    expect(occurrenceICalUId(series, { year: 2026, month: 11, day: 24 })).toBe(
      '040000008200E00074C5B7101A82E00807EA0B18D3F1A4F0B1D4DA01',
    );
    expect(occurrenceICalUId('some-other-uid', { year: 2026, month: 11, day: 24 })).toBe('some-other-uid');
  });
});
