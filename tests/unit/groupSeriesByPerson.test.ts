import { describe, expect, it } from 'vitest';
import { detectOneOnOnes } from '../../src/domain/detectOneOnOnes';
import { groupSeriesByPerson } from '../../src/domain/groupSeriesByPerson';
import type { Counterpart, OneOnOneSeries } from '../../src/domain/oneOnOne';
import { calendarEvent, occurrenceOf, people } from '../support/calendarEventBuilder';

const sam: Counterpart = { name: 'Sam Report', email: 'sam@contoso.test', relation: 'directReport' };
const morgan: Counterpart = { name: 'Morgan Boss', email: 'morgan@contoso.test', relation: 'manager' };
const pat: Counterpart = { name: 'Pat Peer', email: 'pat@contoso.test', relation: 'other' };

/** A series with one occurrence per start. */
function series(key: string, counterpart: Counterpart, ...starts: string[]): OneOnOneSeries {
  return {
    key,
    counterpart,
    subject: key,
    seriesMasterId: null,
    isOnlineMeeting: true,
    occurrences: starts.map((start, index) => ({
      eventId: `${key}-${index}`,
      start,
      end: start,
      timeZone: 'UTC',
      isOnlineMeeting: true,
      joinUrl: null,
      isOrganizer: true,
      declinedBy: null,
      webLink: null,
    })),
  };
}

type Summary = { email: string; keys: string[]; nextStart: string };

describe('groupSeriesByPerson', () => {
  it.each<[string, OneOnOneSeries[], Summary[]]>([
    ['no series', [], []],
    [
      'one series',
      [series('a', sam, '2026-11-02T09:00:00Z')],
      [{ email: sam.email, keys: ['a'], nextStart: '2026-11-02T09:00:00Z' }],
    ],
    [
      'a recreated series ends up under one person, soonest first',
      [
        series('old', sam, '2026-11-09T09:00:00Z'),
        series('new', sam, '2026-11-03T09:00:00Z', '2026-11-10T09:00:00Z'),
      ],
      [{ email: sam.email, keys: ['new', 'old'], nextStart: '2026-11-03T09:00:00Z' }],
    ],
    [
      'people sorted by their next 1:1 across all their series',
      [
        series('sam-weekly', sam, '2026-11-05T09:00:00Z'),
        series('morgan', morgan, '2026-11-04T09:00:00Z'),
        series('sam-single', sam, '2026-11-03T09:00:00Z'),
      ],
      [
        { email: sam.email, keys: ['sam-single', 'sam-weekly'], nextStart: '2026-11-03T09:00:00Z' },
        { email: morgan.email, keys: ['morgan'], nextStart: '2026-11-04T09:00:00Z' },
      ],
    ],
    [
      'equal next starts: series by key, people by name',
      [
        series('z', sam, '2026-11-02T09:00:00Z'),
        series('y', pat, '2026-11-02T09:00:00Z'),
        series('b', sam, '2026-11-02T09:00:00Z'),
        series('m', morgan, '2026-11-02T09:00:00Z'),
      ],
      [
        { email: morgan.email, keys: ['m'], nextStart: '2026-11-02T09:00:00Z' },
        { email: pat.email, keys: ['y'], nextStart: '2026-11-02T09:00:00Z' },
        { email: sam.email, keys: ['b', 'z'], nextStart: '2026-11-02T09:00:00Z' },
      ],
    ],
    [
      'instants compared as times, not strings',
      [series('later', sam, '2026-11-02T09:00:00.500Z'), series('earlier', morgan, '2026-11-02T09:00:00Z')],
      [
        { email: morgan.email, keys: ['earlier'], nextStart: '2026-11-02T09:00:00Z' },
        { email: sam.email, keys: ['later'], nextStart: '2026-11-02T09:00:00.500Z' },
      ],
    ],
    [
      'a series without occurrences is left out',
      [series('empty', pat), series('a', sam, '2026-11-02T09:00:00Z')],
      [{ email: sam.email, keys: ['a'], nextStart: '2026-11-02T09:00:00Z' }],
    ],
  ])('%s', (_name, input, expected) => {
    const summary = (list: OneOnOneSeries[]): Summary[] =>
      groupSeriesByPerson(list).map((person) => ({
        email: person.counterpart.email,
        keys: person.series.map((s) => s.key),
        nextStart: person.nextStart,
      }));
    expect(summary(input)).toEqual(expected);
    expect(summary([...input].reverse())).toEqual(expected);
  });

  it('takes the counterpart from the series with the next occurrence', () => {
    const [person] = groupSeriesByPerson([
      series('later', { ...pat, name: 'pat@contoso.test' }, '2026-11-09T09:00:00Z'),
      series('sooner', pat, '2026-11-02T09:00:00Z'),
    ]);
    expect(person?.counterpart).toEqual(pat);
  });

  it('groups what detection found: a recurring series plus singles with the same person', () => {
    const detected = detectOneOnOnes(
      [
        occurrenceOf('M1', '2026-11-09T09:00:00Z'),
        occurrenceOf('M2', '2026-11-16T09:00:00Z'),
        calendarEvent({ subject: 'Career chat', start: '2026-11-04T13:00:00Z' }),
      ],
      people,
    );
    const grouped = groupSeriesByPerson(detected);
    expect(grouped).toHaveLength(1);
    expect(grouped[0]?.counterpart.relation).toBe('directReport');
    expect(grouped[0]?.series.map((s) => s.key)).toEqual([
      'single:sam@contoso.test|career chat',
      'series:M1',
      'series:M2',
    ]);
  });
});
