import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../src/domain/calendarEvent';
import { detectOneOnOnes } from '../../src/domain/detectOneOnOnes';
import {
  attendee,
  calendarEvent,
  invitedBy,
  manager,
  me,
  occurrenceOf,
  otherReport,
  peer,
  people,
  report,
  room,
} from '../support/calendarEventBuilder';
import { generateSyntheticEvents } from '../support/syntheticCalendar';

describe('detectOneOnOnes: what counts as a 1:1', () => {
  it.each<[string, CalendarEvent, boolean]>([
    ['I organize, one report invited', calendarEvent(), true],
    ['my manager organizes, I am invited', invitedBy(manager), true],
    [
      'group meeting: two other people',
      calendarEvent({ attendees: [attendee(report), attendee(otherReport)] }),
      false,
    ],
    [
      'group meeting I am invited to',
      invitedBy(manager, { attendees: [attendee(me), attendee(peer)] }),
      false,
    ],
    [
      'a room as the only extra attendee',
      calendarEvent({ attendees: [attendee(report), attendee(room, { type: 'resource' })] }),
      true,
    ],
    [
      'several resources (room, equipment)',
      calendarEvent({
        attendees: [
          attendee(room, { type: 'resource' }),
          attendee(report),
          attendee({ name: 'Projector', email: 'projector@contoso.test' }, { type: 'resource' }),
        ],
      }),
      true,
    ],
    [
      'an optional third person',
      calendarEvent({ attendees: [attendee(report), attendee(peer, { type: 'optional' })] }),
      false,
    ],
    [
      'the only other person is optional',
      calendarEvent({ attendees: [attendee(report, { type: 'optional' })] }),
      true,
    ],
    [
      'the organizer is also listed among the attendees',
      invitedBy(report, { attendees: [attendee(report, { response: 'organizer' }), attendee(me)] }),
      true,
    ],
    [
      'I organize and am listed among the attendees',
      calendarEvent({ attendees: [attendee(me), attendee(report)] }),
      true,
    ],
    [
      'the counterpart is listed twice',
      calendarEvent({ attendees: [attendee(report), attendee(report)] }),
      true,
    ],
    ['I am not one of the two', invitedBy(manager, { attendees: [attendee(peer)] }), false],
    [
      'a distribution list instead of me',
      invitedBy(manager, { attendees: [attendee({ name: 'Team', email: 'team@contoso.test' })] }),
      false,
    ],
    ['no attendees: a personal appointment', calendarEvent({ attendees: [] }), false],
    ['no attendees, organized by someone else', invitedBy(manager, { attendees: [] }), false],
    [
      'only a room: my own room booking',
      calendarEvent({ attendees: [attendee(room, { type: 'resource' })] }),
      false,
    ],
    [
      'organizer without email, I attend',
      invitedBy(manager, { organizer: { name: 'Morgan Boss', email: '' } }),
      false,
    ],
    [
      'organizer without name and email, I attend',
      invitedBy(manager, { organizer: { name: '', email: '' } }),
      false,
    ],
    ['organizer without email, I organize', calendarEvent({ organizer: { name: '', email: '' } }), true],
    [
      'I organize under an alias address',
      calendarEvent({ organizer: { name: 'Dana', email: 'd.leader@contoso.test' } }),
      true,
    ],
    [
      'an attendee without email',
      calendarEvent({ attendees: [attendee(report), attendee({ name: 'Someone', email: '' })] }),
      false,
    ],
    [
      'the only attendee has no email',
      calendarEvent({ attendees: [attendee({ name: 'Someone', email: '' })] }),
      false,
    ],
    [
      'emails differ only in case',
      invitedBy(report, {
        organizer: { name: 'Sam', email: 'SAM@Contoso.TEST' },
        attendees: [
          attendee({ name: 'Dana', email: 'Dana@CONTOSO.test' }),
          attendee({ email: ' sam@contoso.test ' }),
        ],
      }),
      true,
    ],
    ['cancelled', calendarEvent({ isCancelled: true }), false],
    ['all-day', calendarEvent({ isAllDay: true }), false],
    ['a free hold', calendarEvent({ showAs: 'free' }), false],
    ['tentative', calendarEvent({ showAs: 'tentative' }), true],
    ['out of office', calendarEvent({ showAs: 'oof' }), true],
    ['working elsewhere', calendarEvent({ showAs: 'workingElsewhere' }), true],
    ['a seriesMaster entry', calendarEvent({ kind: 'seriesMaster', seriesMasterId: null }), false],
    ['an occurrence', occurrenceOf('M1', '2026-11-02T09:00:00Z'), true],
    ['an exception', occurrenceOf('M1', '2026-11-02T09:00:00Z', { kind: 'exception' }), true],
    [
      'declined by me and kept, shown as free',
      invitedBy(manager, { myResponse: 'declined', showAs: 'free' }),
      true,
    ],
    ['a start that is not a date', calendarEvent({ start: 'not a date' }), false],
  ])('%s → %s', (_name, event, isOneOnOne) => {
    expect(detectOneOnOnes([event], people)).toHaveLength(isOneOnOne ? 1 : 0);
  });

  it('returns nothing for no events', () => {
    expect(detectOneOnOnes([], people)).toEqual([]);
  });

  it('maps an occurrence field by field', () => {
    const event = occurrenceOf('M1', '2026-11-03T10:00:00Z', {
      id: 'e1',
      timeZone: 'Europe/Berlin',
      isOnlineMeeting: true,
      joinUrl: 'https://teams.microsoft.com/meet/1?p=a',
      webLink: 'https://outlook.office365.com/owa/?itemid=e1',
    });
    expect(detectOneOnOnes([event], people)).toEqual([
      {
        key: 'series:M1',
        counterpart: { name: 'Sam Report', email: 'sam@contoso.test', relation: 'directReport' },
        subject: 'Dana / Sam 1:1',
        seriesMasterId: 'M1',
        isOnlineMeeting: true,
        occurrences: [
          {
            eventId: 'e1',
            start: '2026-11-03T10:00:00Z',
            end: '2026-11-03T10:30:00.000Z',
            timeZone: 'Europe/Berlin',
            isOnlineMeeting: true,
            joinUrl: 'https://teams.microsoft.com/meet/1?p=a',
            isOrganizer: true,
            declinedBy: null,
            webLink: 'https://outlook.office365.com/owa/?itemid=e1',
          },
        ],
      },
    ]);
  });

  it('does not mutate its input', () => {
    const events = [
      calendarEvent({ start: '2026-11-05T09:00:00Z' }),
      calendarEvent({ start: '2026-11-02T09:00:00Z' }),
    ];
    const snapshot = structuredClone(events);
    detectOneOnOnes(events, people);
    expect(events).toEqual(snapshot);
  });
});

describe('detectOneOnOnes: declines are flagged, not hidden', () => {
  it.each<[string, CalendarEvent, 'me' | 'counterpart' | null]>([
    ['nobody declined', calendarEvent(), null],
    [
      'the report I invited declined',
      calendarEvent({ attendees: [attendee(report, { response: 'declined' })] }),
      'counterpart',
    ],
    [
      'the report has not responded',
      calendarEvent({ attendees: [attendee(report, { response: 'notResponded' })] }),
      null,
    ],
    [
      'the report accepted tentatively',
      calendarEvent({ attendees: [attendee(report, { response: 'tentativelyAccepted' })] }),
      null,
    ],
    ['I declined my manager’s invite', invitedBy(manager, { myResponse: 'declined' }), 'me'],
    ['I declined and kept it as free', invitedBy(manager, { myResponse: 'declined', showAs: 'free' }), 'me'],
    [
      'my decline is read from myResponse, not my attendee entry',
      invitedBy(manager, { myResponse: 'accepted', attendees: [attendee(me, { response: 'declined' })] }),
      null,
    ],
    [
      'the organizing counterpart listed as an attendee does not decline',
      invitedBy(manager, { attendees: [attendee(manager, { response: 'organizer' }), attendee(me)] }),
      null,
    ],
    [
      'both declined (odd data): mine wins',
      calendarEvent({ myResponse: 'declined', attendees: [attendee(report, { response: 'declined' })] }),
      'me',
    ],
    [
      'I am listed in my own meeting and the counterpart declined',
      calendarEvent({
        attendees: [attendee(report, { response: 'declined' }), attendee(me, { response: 'none' })],
      }),
      'counterpart',
    ],
  ])('%s → %s', (_name, event, expected) => {
    const [series] = detectOneOnOnes([event], people);
    expect(series?.occurrences[0]?.declinedBy).toBe(expected);
  });

  it('flags per occurrence within one series', () => {
    const series = detectOneOnOnes(
      [
        occurrenceOf('M1', '2026-11-02T09:00:00Z'),
        occurrenceOf('M1', '2026-11-09T09:00:00Z', {
          attendees: [attendee(report, { response: 'declined' })],
        }),
      ],
      people,
    );
    expect(series.map((s) => s.occurrences.map((o) => o.declinedBy))).toEqual([[null, 'counterpart']]);
  });
});

describe('detectOneOnOnes: private subjects', () => {
  it.each<[string, CalendarEvent, string | null]>([
    [
      'my own private 1:1 keeps its subject',
      calendarEvent({ sensitivity: 'private', subject: 'Mine' }),
      'Mine',
    ],
    [
      'someone else’s private 1:1 hides it',
      invitedBy(manager, { sensitivity: 'private', subject: 'Reorg' }),
      null,
    ],
    ['someone else’s normal 1:1 shows it', invitedBy(manager, { subject: 'Weekly' }), 'Weekly'],
    [
      'someone else’s personal 1:1 shows it',
      invitedBy(manager, { sensitivity: 'personal', subject: 'Weekly' }),
      'Weekly',
    ],
    [
      'confidential is a label, not privacy',
      invitedBy(manager, { sensitivity: 'confidential', subject: 'Weekly' }),
      'Weekly',
    ],
    ['surrounding spaces are trimmed', calendarEvent({ subject: '  Dana / Sam  ' }), 'Dana / Sam'],
  ])('%s', (_name, event, subject) => {
    const [series] = detectOneOnOnes([event], people);
    expect(series?.subject).toBe(subject);
  });

  it.each<[string, CalendarEvent]>([
    ['a single', invitedBy(manager, { sensitivity: 'private', subject: 'Reorg plans for Q3' })],
    [
      'a recurring series',
      occurrenceOf('M9', '2026-11-02T09:00:00Z', {
        organizer: { name: 'Morgan', email: manager.email },
        isOrganizer: false,
        attendees: [attendee(me)],
        myResponse: 'accepted',
        sensitivity: 'private',
        subject: 'Reorg plans for Q3',
      }),
    ],
  ])('never lets the hidden subject out, in %s', (_name, event) => {
    const output = JSON.stringify(detectOneOnOnes([event], people));
    expect(output.toLowerCase()).not.toContain('reorg');
  });

  it('keeps hidden singles with the same subject together, apart from other subjects', () => {
    const series = detectOneOnOnes(
      [
        invitedBy(manager, { sensitivity: 'private', subject: 'Reorg', start: '2026-11-02T09:00:00Z' }),
        invitedBy(manager, { sensitivity: 'private', subject: 'reorg ', start: '2026-11-09T09:00:00Z' }),
        invitedBy(manager, { sensitivity: 'private', subject: 'Salary', start: '2026-11-16T09:00:00Z' }),
      ],
      people,
    );
    expect(series.map((s) => s.occurrences.length)).toEqual([2, 1]);
    for (const s of series) expect(s.key).toMatch(/^single:morgan@contoso\.test\|private:[0-9a-f]{8}$/);
  });
});

describe('detectOneOnOnes: grouping into series', () => {
  const sam = (overrides: Partial<CalendarEvent>) => calendarEvent(overrides);
  const fromMorgan = (overrides: Partial<CalendarEvent>) => invitedBy(manager, overrides);

  it.each<[string, CalendarEvent[], { key: string; count: number }[]]>([
    [
      'occurrences of one master',
      [occurrenceOf('M1', '2026-11-02T09:00:00Z'), occurrenceOf('M1', '2026-11-09T09:00:00Z')],
      [{ key: 'series:M1', count: 2 }],
    ],
    [
      'an exception joins its master',
      [
        occurrenceOf('M1', '2026-11-02T09:00:00Z'),
        occurrenceOf('M1', '2026-11-10T15:00:00Z', { kind: 'exception', subject: 'Moved' }),
      ],
      [{ key: 'series:M1', count: 2 }],
    ],
    [
      'a recreated series: two masters, same person',
      [occurrenceOf('M1', '2026-11-02T09:00:00Z'), occurrenceOf('M2', '2026-11-09T09:00:00Z')],
      [
        { key: 'series:M1', count: 1 },
        { key: 'series:M2', count: 1 },
      ],
    ],
    [
      'singles with the same person and subject',
      [sam({ start: '2026-11-02T09:00:00Z' }), sam({ start: '2026-11-09T09:00:00Z' })],
      [{ key: 'single:sam@contoso.test|dana / sam 1:1', count: 2 }],
    ],
    [
      'singles whose subjects differ in case, spacing and RE:/Fwd: prefixes',
      [
        sam({ subject: 'Dana / Sam 1:1', start: '2026-11-02T09:00:00Z' }),
        sam({ subject: '  dana /  SAM\t1:1 ', start: '2026-11-09T09:00:00Z' }),
        sam({ subject: 'RE: Fwd: Dana / Sam 1:1', start: '2026-11-16T09:00:00Z' }),
      ],
      [{ key: 'single:sam@contoso.test|dana / sam 1:1', count: 3 }],
    ],
    [
      'singles with the same person, different subjects',
      [
        sam({ subject: 'Catch-up', start: '2026-11-02T09:00:00Z' }),
        sam({ subject: 'Career', start: '2026-11-03T09:00:00Z' }),
      ],
      [
        { key: 'single:sam@contoso.test|catch-up', count: 1 },
        { key: 'single:sam@contoso.test|career', count: 1 },
      ],
    ],
    [
      'singles with the same subject, different people',
      [
        sam({ subject: 'Catch-up', start: '2026-11-02T09:00:00Z' }),
        fromMorgan({ subject: 'Catch-up', start: '2026-11-03T09:00:00Z' }),
      ],
      [
        { key: 'single:sam@contoso.test|catch-up', count: 1 },
        { key: 'single:morgan@contoso.test|catch-up', count: 1 },
      ],
    ],
    [
      'a single next to a recurring series with the same subject stays apart',
      [occurrenceOf('M1', '2026-11-02T09:00:00Z'), sam({ start: '2026-11-03T09:00:00Z' })],
      [
        { key: 'series:M1', count: 1 },
        { key: 'single:sam@contoso.test|dana / sam 1:1', count: 1 },
      ],
    ],
    [
      'an exception without master groups as a single',
      [
        sam({ kind: 'exception', seriesMasterId: null, start: '2026-11-02T09:00:00Z' }),
        sam({ start: '2026-11-09T09:00:00Z' }),
      ],
      [{ key: 'single:sam@contoso.test|dana / sam 1:1', count: 2 }],
    ],
    [
      'the same counterpart in different cases groups together',
      [
        sam({ attendees: [attendee({ email: 'SAM@contoso.test' })], start: '2026-11-02T09:00:00Z' }),
        sam({ start: '2026-11-09T09:00:00Z' }),
      ],
      [{ key: 'single:sam@contoso.test|dana / sam 1:1', count: 2 }],
    ],
    [
      'an event listed twice (paging) counts once',
      [sam({ id: 'dup', start: '2026-11-02T09:00:00Z' }), sam({ id: 'dup', start: '2026-11-02T09:00:00Z' })],
      [{ key: 'single:sam@contoso.test|dana / sam 1:1', count: 1 }],
    ],
    [
      'an exception re-addressed to someone else gets its own key',
      [
        occurrenceOf('M1', '2026-11-02T09:00:00Z'),
        occurrenceOf('M1', '2026-11-09T09:00:00Z', { kind: 'exception', attendees: [attendee(otherReport)] }),
        occurrenceOf('M1', '2026-11-16T09:00:00Z'),
      ],
      [
        { key: 'series:M1', count: 2 },
        { key: 'series:M1|riley@contoso.test', count: 1 },
      ],
    ],
    [
      'a group exception of a 1:1 series drops out, the rest stays',
      [
        occurrenceOf('M1', '2026-11-02T09:00:00Z'),
        occurrenceOf('M1', '2026-11-09T09:00:00Z', {
          kind: 'exception',
          attendees: [attendee(report), attendee(peer)],
        }),
      ],
      [{ key: 'series:M1', count: 1 }],
    ],
  ])('%s', (_name, events, expected) => {
    const series = detectOneOnOnes(events, people);
    expect(series.map((s) => ({ key: s.key, count: s.occurrences.length }))).toEqual(expected);
  });

  it('records the master id only for recurring series', () => {
    const series = detectOneOnOnes(
      [occurrenceOf('M1', '2026-11-02T09:00:00Z'), calendarEvent({ start: '2026-11-03T09:00:00Z' })],
      people,
    );
    expect(series.map((s) => s.seriesMasterId)).toEqual(['M1', null]);
  });
});

describe('detectOneOnOnes: the counterpart', () => {
  it.each<[string, CalendarEvent, { name: string; email: string; relation: string }]>([
    [
      'a direct report, named by the directory',
      calendarEvent({ attendees: [attendee({ name: 'sam (old name)', email: report.email })] }),
      {
        name: 'Sam Report',
        email: 'sam@contoso.test',
        relation: 'directReport',
      },
    ],
    [
      'my manager',
      invitedBy(manager, { organizer: { name: 'M.', email: manager.email } }),
      {
        name: 'Morgan Boss',
        email: 'morgan@contoso.test',
        relation: 'manager',
      },
    ],
    [
      'a peer, named by the invite',
      calendarEvent({ attendees: [attendee({ name: 'Pat P.', email: peer.email })] }),
      {
        name: 'Pat P.',
        email: 'pat@contoso.test',
        relation: 'other',
      },
    ],
    [
      'a peer without a name, named by the email',
      calendarEvent({ attendees: [attendee({ name: ' ', email: peer.email })] }),
      {
        name: 'pat@contoso.test',
        email: 'pat@contoso.test',
        relation: 'other',
      },
    ],
    [
      'an organizer without name, named from their attendee entry',
      invitedBy(peer, {
        organizer: { name: '', email: peer.email },
        attendees: [attendee({ name: 'Pat', email: peer.email }), attendee(me)],
      }),
      { name: 'Pat', email: 'pat@contoso.test', relation: 'other' },
    ],
    [
      'a report written in capitals',
      calendarEvent({ attendees: [attendee({ name: 'SAM', email: 'Sam@Contoso.Test' })] }),
      {
        name: 'Sam Report',
        email: 'sam@contoso.test',
        relation: 'directReport',
      },
    ],
  ])('%s', (_name, event, counterpart) => {
    const [series] = detectOneOnOnes([event], people);
    expect(series?.counterpart).toEqual(counterpart);
  });

  it.each<[string, Parameters<typeof detectOneOnOnes>[1], CalendarEvent, string]>([
    [
      'no manager known: my manager',
      { me, manager: null, directReports: [report] },
      invitedBy(manager),
      'other',
    ],
    ['no reports known: my report', { me, manager, directReports: [] }, calendarEvent(), 'other'],
    [
      'directory emails in capitals',
      { me, manager, directReports: [{ ...report, email: 'SAM@CONTOSO.TEST' }] },
      calendarEvent(),
      'directReport',
    ],
    [
      'listed both as manager and report: report wins',
      { me, manager: report, directReports: [report] },
      calendarEvent(),
      'directReport',
    ],
    [
      'a manager with an empty email matches nobody',
      { me, manager: { ...manager, email: '' }, directReports: [] },
      invitedBy(manager),
      'other',
    ],
  ])('relation when %s', (_name, directory, event, relation) => {
    const [series] = detectOneOnOnes([event], directory);
    expect(series?.counterpart.relation).toBe(relation);
  });

  it('recognizes me case-insensitively', () => {
    const [series] = detectOneOnOnes([invitedBy(manager)], {
      ...people,
      me: { ...me, email: 'DANA@Contoso.test' },
    });
    expect(series?.counterpart.email).toBe(manager.email);
  });
});

describe('detectOneOnOnes: order', () => {
  const events = [
    calendarEvent({ id: 'sam-2', start: '2026-11-09T09:00:00Z' }),
    invitedBy(manager, {
      id: 'morgan-1',
      start: '2026-11-03T08:00:00Z',
      subject: 'Weekly',
      isOnlineMeeting: false,
    }),
    calendarEvent({ id: 'sam-1', start: '2026-11-02T09:00:00Z', subject: 'dana / sam 1:1 (moved)' }),
    calendarEvent({
      id: 'sam-3',
      start: '2026-11-02T09:00:00.000Z',
      subject: 'Dana / Sam 1:1',
      isOnlineMeeting: false,
    }),
    invitedBy(peer, { id: 'pat-1', start: '2026-11-02T09:00:00Z', subject: 'Coffee' }),
  ];

  it.each<[string, (series: ReturnType<typeof detectOneOnOnes>) => unknown, unknown]>([
    [
      'series by next occurrence, ties by key',
      (series) => series.map((s) => s.key),
      [
        'single:pat@contoso.test|coffee',
        'single:sam@contoso.test|dana / sam 1:1',
        'single:sam@contoso.test|dana / sam 1:1 (moved)',
        'single:morgan@contoso.test|weekly',
      ],
    ],
    [
      'occurrences by start, ties by event id',
      (series) => series.map((s) => s.occurrences.map((o) => o.eventId)),
      [['pat-1'], ['sam-3', 'sam-2'], ['sam-1'], ['morgan-1']],
    ],
    ['series fields come from the next occurrence', (series) => series[1]?.isOnlineMeeting, false],
  ])('%s', (_name, select, expected) => {
    expect(select(detectOneOnOnes(events, people))).toEqual(expected);
    expect(select(detectOneOnOnes([...events].reverse(), people))).toEqual(expected);
  });

  it('sorts instants that differ only in fractional seconds correctly', () => {
    const series = detectOneOnOnes(
      [
        occurrenceOf('M1', '2026-11-02T09:00:00.500Z', { id: 'later' }),
        occurrenceOf('M1', '2026-11-02T09:00:00Z', { id: 'earlier' }),
      ],
      people,
    );
    expect(series[0]?.occurrences.map((o) => o.eventId)).toEqual(['earlier', 'later']);
  });

  it('does not depend on the order of the input (property)', () => {
    const { events: synthetic, people: syntheticPeople } = generateSyntheticEvents(300, 7);
    const expected = detectOneOnOnes(synthetic, syntheticPeople);
    fc.assert(
      fc.property(fc.shuffledSubarray(synthetic, { minLength: synthetic.length }), (shuffled) => {
        expect(detectOneOnOnes(shuffled, syntheticPeople)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});
