import { describe, expect, it } from 'vitest';
import type { OneOnOneOccurrence, OneOnOneSeries } from '../../src/domain/oneOnOne';
import { planChatSetup } from '../../src/domain/teamsSetup/meetingChatSetup';
import { teamsMeetingsToSetUp } from '../../src/domain/teamsSetup/meetingsToSetUp';
import { chatReadOutcome, installOutcome } from '../../src/domain/teamsSetup/setupOutcomeOfStatus';

const APP = 'catalog-app';
const SPACE = 's1.ZA.aQ';

describe('planChatSetup', () => {
  it.each([
    ['an empty chat', { installedAppIds: [], tabs: [] }, { install: true, addTab: true }],
    [
      'the app without a tab (removed)',
      { installedAppIds: [APP], tabs: [] },
      { install: false, addTab: true },
    ],
    [
      'the app and its tab on this space',
      { installedAppIds: [APP], tabs: [{ catalogAppId: APP, manifestId: null, entityId: SPACE }] },
      { install: false, addTab: false },
    ],
    [
      "another app's tab with the same entityId",
      {
        installedAppIds: [APP, 'other'],
        tabs: [{ catalogAppId: 'other', manifestId: null, entityId: SPACE }],
      },
      { install: false, addTab: true },
    ],
    [
      'our tab on another space (added by hand before the space existed)',
      {
        installedAppIds: [APP],
        tabs: [{ catalogAppId: APP, manifestId: null, entityId: 'one-on-one-agenda' }],
      },
      { install: false, addTab: true },
    ],
  ])('%s', (_, facts, plan) => {
    expect(planChatSetup(facts, APP, SPACE)).toEqual(plan);
  });
});

describe('the outcome of a failed step', () => {
  it('reads a 404 on the chat as not created yet, a 403 install as the policy, a 404 install as the catalog', () => {
    expect(chatReadOutcome(404)).toEqual({ kind: 'chat-not-created' });
    expect(chatReadOutcome(503)).toEqual({ kind: 'failed', status: 503 });
    expect(installOutcome(403)).toEqual({ kind: 'install-blocked' });
    expect(installOutcome(404)).toEqual({ kind: 'app-not-in-catalog' });
    expect(installOutcome(500)).toEqual({ kind: 'failed', status: 500 });
  });
});

const CLASSIC =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_ABC%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d';

function occurrence(fields: Partial<OneOnOneOccurrence>): OneOnOneOccurrence {
  return {
    eventId: 'e',
    start: '2026-11-20T15:00:00.000Z',
    end: '2026-11-20T15:30:00.000Z',
    timeZone: 'UTC',
    isOnlineMeeting: true,
    joinUrl: CLASSIC,
    isOrganizer: true,
    declinedBy: null,
    webLink: null,
    ...fields,
  };
}

function series(key: string, relation: 'directReport' | 'manager' | 'other', occ: OneOnOneOccurrence[]) {
  return {
    key,
    counterpart: { name: key, email: `${key}@contoso.ca`, relation },
    subject: key,
    seriesMasterId: null,
    isOnlineMeeting: true,
    occurrences: occ,
  } satisfies OneOnOneSeries;
}

describe('teamsMeetingsToSetUp', () => {
  const now = '2026-11-18T15:00:00.000Z';
  it('takes series the user leads and organizes with a Teams meeting ahead, once per chat', () => {
    const meetings = teamsMeetingsToSetUp(
      [
        series('report', 'directReport', [occurrence({})]),
        series('sameChat', 'directReport', [occurrence({})]),
        series('manager', 'manager', [occurrence({})]),
        series('notOrganizer', 'other', [occurrence({ isOrganizer: false })]),
        series('past', 'directReport', [occurrence({ start: '2026-11-01T15:00:00.000Z' })]),
        series('noTeams', 'directReport', [occurrence({ joinUrl: null, isOnlineMeeting: false })]),
        series('short', 'directReport', [
          occurrence({ joinUrl: 'https://teams.microsoft.com/meet/123?p=x' }),
        ]),
      ],
      now,
    );
    expect(meetings.map((m) => [m.seriesKey, m.chatId])).toEqual([
      ['report', '19:meeting_ABC@thread.v2'],
      ['short', null],
    ]);
  });
});
