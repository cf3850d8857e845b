import { describe, expect, it } from 'vitest';
import {
  eventsWhoseInviteMayNameTheThread,
  MAX_INVITE_BODIES_READ,
  type MeetingChatInfo,
  type MeetingEventFacts,
  type MeetingMatchRule,
  matchMeetingEvents,
  matchMeetingEventsByInviteBody,
  meetingThreadIdOfJoinUrl,
  meetingThreadIdsInInviteBody,
} from '../../src/domain/meetingMatch';

const THREAD = '19:meeting_ODI0NTEwNzItNmRjYy0wOGU1LTBmYTctYzYzMWFhYTkyODI4@thread.v2';
const OTHER_THREAD = '19:meeting_YzYyZGFkYWMtZmUzOS01ODY4LWYxMDAtNDY3OGVjMzExMmEy@thread.v2';
const CONTEXT =
  '?context=%7b%22Tid%22%3a%228f1c6a4e-2b7d-4c1e-9a53-6d0e7b2f4c18%22%2c%22Oid%22%3a%224b2e8f3a-9c1d-4e6b-8a7f-1d3c5e9b2a60%22%7d';
const classic = (thread: string) =>
  `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread).replace(/%3A/g, '%3a')}/0${CONTEXT}`;
const CLASSIC = classic(THREAD);
const SHORT = 'https://teams.microsoft.com/meet/44279960527650?p=tQDnhA';

describe('meetingThreadIdOfJoinUrl', () => {
  it.each([
    ['a classic link, lower-case escapes', CLASSIC, THREAD],
    [
      'a classic link, upper-case escapes',
      CLASSIC.replace(/%[0-9a-f]{2}/g, (sequence) => sequence.toUpperCase()),
      THREAD,
    ],
    [
      'a classic link already decoded',
      `https://teams.microsoft.com/l/meetup-join/${THREAD}/0?context={}`,
      THREAD,
    ],
    ['a classic link encoded twice', CLASSIC.replace('%3a', '%253a').replace('%40', '%2540'), THREAD],
    [
      'an older @thread.skype link',
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc123%40thread.skype/0?context=%7b%7d',
      '19:meeting_abc123@thread.skype',
    ],
    ['a short /meet/ link', SHORT, null],
    [
      'the meeting options link, which names the thread but is no join link',
      `https://teams.microsoft.com/meetingOptions/?threadId=${THREAD.replace(':', '_')}`,
      null,
    ],
    [
      'a group chat thread, not a meeting',
      'https://teams.microsoft.com/l/meetup-join/19%3aabc%40thread.v2/0',
      null,
    ],
    ['a malformed escape in the context', `${CLASSIC}%E0%A4%A`, THREAD],
    [
      'a malformed escape in the thread',
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_%E0%A4%A/0',
      null,
    ],
    ['not a URL', 'Join by phone', null],
  ])('%s', (_label, url, expected) => {
    expect(meetingThreadIdOfJoinUrl(url)).toBe(expected);
  });
});

interface Row {
  label: string;
  chat: Omit<MeetingChatInfo, 'chatId'> & { chatId?: string };
  events: MeetingEventFacts[];
  expected: { rule: MeetingMatchRule; ids: string[] } | null;
}

const event = (
  id: string,
  joinUrl: string | null,
  more: Partial<MeetingEventFacts> = {},
): MeetingEventFacts => ({
  id,
  seriesMasterId: null,
  isOrganizer: false,
  joinUrl,
  ...more,
});

const rows: Row[] = [
  {
    label: 'both classic: the thread in the event link is the chat id',
    chat: { joinWebUrl: CLASSIC, calendarEventId: null },
    events: [event('e1', CLASSIC), event('other', classic(OTHER_THREAD))],
    expected: { rule: 'thread-id', ids: ['e1'] },
  },
  {
    label: 'event classic, chat short: the thread still decides',
    chat: { joinWebUrl: SHORT, calendarEventId: null },
    events: [event('e1', CLASSIC)],
    expected: { rule: 'thread-id', ids: ['e1'] },
  },
  {
    label: 'a chat without meeting info is still found by its thread',
    chat: { joinWebUrl: null, calendarEventId: null },
    events: [event('e1', CLASSIC)],
    expected: { rule: 'thread-id', ids: ['e1'] },
  },
  {
    label: 'both short: the same link, spelled differently',
    chat: { joinWebUrl: 'https://Teams.Microsoft.com/meet/44279960527650/?p=tQDnhA', calendarEventId: null },
    events: [event('o1', SHORT, { seriesMasterId: 'm1' }), event('o2', SHORT, { seriesMasterId: 'm1' })],
    expected: { rule: 'join-url', ids: ['o1', 'o2'] },
  },
  {
    label: 'both short, another passcode: another meeting',
    chat: { joinWebUrl: 'https://teams.microsoft.com/meet/44279960527650?p=tQDnhB', calendarEventId: null },
    events: [event('e1', SHORT)],
    expected: null,
  },
  {
    label: 'event short, chat classic, I organize it: the chat names my series master',
    chat: { joinWebUrl: CLASSIC, calendarEventId: 'm1' },
    events: [
      event('o1', SHORT, { seriesMasterId: 'm1', isOrganizer: true }),
      event('o2', SHORT, { seriesMasterId: 'm2', isOrganizer: true }),
    ],
    expected: { rule: 'organizer-event-id', ids: ['o1'] },
  },
  {
    label: 'event short, chat classic, I organize it: the chat names my single event',
    chat: { joinWebUrl: CLASSIC, calendarEventId: 's1' },
    events: [event('s1', SHORT, { isOrganizer: true })],
    expected: { rule: 'organizer-event-id', ids: ['s1'] },
  },
  {
    label: "event short, chat classic, I am an attendee: the organizer's id is not mine to compare",
    chat: { joinWebUrl: CLASSIC, calendarEventId: 's1' },
    events: [event('s1', SHORT, { isOrganizer: false })],
    expected: null,
  },
  {
    label: 'event short, chat classic, not created in Teams (no calendarEventId): no match, no guess',
    chat: { joinWebUrl: CLASSIC, calendarEventId: null },
    events: [event('s1', SHORT, { isOrganizer: true })],
    expected: null,
  },
  {
    label: 'my event is named by the chat but is no Teams meeting any more',
    chat: { joinWebUrl: CLASSIC, calendarEventId: 's1' },
    events: [event('s1', null, { isOrganizer: true })],
    expected: null,
  },
  {
    label: 'a stronger rule wins and a weaker one adds nothing',
    chat: { joinWebUrl: CLASSIC, calendarEventId: 'm9' },
    events: [event('by-thread', CLASSIC), event('by-id', SHORT, { seriesMasterId: 'm9', isOrganizer: true })],
    expected: { rule: 'thread-id', ids: ['by-thread'] },
  },
  {
    label: 'another meeting in classic form',
    chat: { joinWebUrl: CLASSIC, calendarEventId: null },
    events: [event('other', classic(OTHER_THREAD))],
    expected: null,
  },
];

describe('matchMeetingEvents', () => {
  it.each(rows)('$label', ({ chat, events, expected }) => {
    const match = matchMeetingEvents({ chatId: THREAD, ...chat }, events);
    expect(match && { rule: match.rule, ids: match.events.map((e) => e.id) }).toEqual(expected);
  });
});

/** Teams' newer join block, as Exchange stores it: the short link first, then the classic one and the options. */
const inviteBody = (thread: string, { classicLink = true, optionsLink = true } = {}) =>
  [
    '<html><body><div class="me-email-text">',
    `<a id="meet_invite_block.action.join_link" href="${SHORT}">Join the meeting now</a>`,
    optionsLink
      ? `<a href="https://teams.microsoft.com/meetingOptions/?organizerId=4b2e&amp;threadId=${thread.replace(':', '_')}&amp;messageId=0">Meeting options</a>`
      : '',
    classicLink ? `<a href="${classic(thread)}">Try the classic join link</a>` : '',
    '</div></body></html>',
  ].join('\r\n');

describe('meetingThreadIdsInInviteBody', () => {
  it.each([
    ['the classic link and the options link', inviteBody(THREAD), [THREAD]],
    ['the classic link only', inviteBody(THREAD, { optionsLink: false }), [THREAD]],
    ['the options link only', inviteBody(THREAD, { classicLink: false }), [THREAD]],
    [
      'neither: a short link names no thread',
      inviteBody(THREAD, { classicLink: false, optionsLink: false }),
      [],
    ],
    [
      'two meetings pasted into one invite',
      `${inviteBody(THREAD)}${inviteBody(OTHER_THREAD)}`,
      [THREAD, OTHER_THREAD],
    ],
    ['a text body with the bare classic link', `Join: ${classic(THREAD)}`, [THREAD]],
    [
      'a group chat thread is no meeting',
      '<a href="https://teams.microsoft.com/l/meetup-join/19%3aabc%40thread.v2/0">x</a>',
      [],
    ],
  ])('%s', (_label, body, expected) => {
    expect([...meetingThreadIdsInInviteBody(body)]).toEqual(expected);
  });
});

describe('the invite body rule, for an attendee whose event holds only the short link', () => {
  const chat: MeetingChatInfo = { chatId: THREAD, joinWebUrl: CLASSIC, calendarEventId: 'organizers-master' };
  const series = [
    event('o1', SHORT, { seriesMasterId: 'm1' }),
    event('o2', SHORT, { seriesMasterId: 'm1' }),
    event('moved', 'https://Teams.Microsoft.com/meet/44279960527650/?p=tQDnhA', { seriesMasterId: 'm1' }),
  ];
  const otherShort = event('x1', 'https://teams.microsoft.com/meet/1234567890?p=zzz');
  const classicOne = event('c1', classic(OTHER_THREAD));

  it('is needed: the calendar-view rules find nothing', () => {
    expect(matchMeetingEvents(chat, [...series, otherShort, classicOne])).toBeNull();
  });

  it('reads one body per short-link meeting, none for a link that names its thread', () => {
    expect(
      eventsWhoseInviteMayNameTheThread([...series, otherShort, classicOne, event('n', null)]).map(
        (e) => e.id,
      ),
    ).toEqual(['o1', 'x1']);
    const many = Array.from({ length: 30 }, (_, i) =>
      event(`s${i}`, `https://teams.microsoft.com/meet/${i}?p=a`),
    );
    expect(eventsWhoseInviteMayNameTheThread(many)).toHaveLength(MAX_INVITE_BODIES_READ);
  });

  it("finds every event of the meeting whose body names the chat's thread", () => {
    const match = matchMeetingEventsByInviteBody(
      chat,
      [...series, otherShort, classicOne],
      [
        { eventId: 'o1', content: inviteBody(THREAD) },
        { eventId: 'x1', content: inviteBody(OTHER_THREAD) },
      ],
    );
    expect(match && { rule: match.rule, ids: match.events.map((e) => e.id) }).toEqual({
      rule: 'invite-body-thread',
      ids: ['o1', 'o2', 'moved'],
    });
  });

  it('finds nothing when the body names another thread or none', () => {
    for (const content of [
      inviteBody(OTHER_THREAD),
      inviteBody(THREAD, { classicLink: false, optionsLink: false }),
    ]) {
      expect(matchMeetingEventsByInviteBody(chat, series, [{ eventId: 'o1', content }])).toBeNull();
    }
  });
});
