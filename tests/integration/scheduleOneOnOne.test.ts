import type { Event } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import { findInviteBlock } from '../../src/domain/invite/inviteBlockInBody';
import { getPeopleAroundMe } from '../../src/graph/people';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import { loadUpcomingOneOnOnes } from '../../src/services/oneOnOnes/loadUpcomingOneOnOnes';
import { scheduleOneOnOne } from '../../src/services/scheduling/scheduleOneOnOne';
import { connectAs } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerTest, SEED_PEOPLE } from '../support/graphEmulatorServer';

const startTenant = graphEmulatorPerTest();
const DEPLOYMENT = { appOrigin: 'https://agenda.contoso.ca', teamsAppId: null };

describe('scheduling a 1:1 for a report who has none', () => {
  it('creates a biweekly Teams series at the first common free slot, with the agenda in the invite', async () => {
    const tenant = startTenant();
    const graph = connectAs(tenant, SEED_PEOPLE.claire);
    const { me } = await getPeopleAroundMe(graph);
    const outcome = await scheduleOneOnOne({
      graph,
      store: memoryKeyValueStore(),
      deployment: DEPLOYMENT,
      locale: 'en',
      me,
      report: { email: SEED_PEOPLE.aisha, name: 'Aisha Benali' },
      interval: 2,
      timeZone: 'America/Toronto',
      now: DEFAULT_TEST_NOW,
    });
    if (outcome.kind !== 'scheduled') throw new Error('no slot');
    // Wednesday 10:00 in Toronto + an hour's notice: 11:00 is free for both.
    expect(outcome.slot).toEqual({ start: '2026-11-18T16:00:00.000Z', end: '2026-11-18T16:30:00.000Z' });
    expect(outcome.series).toMatchObject({
      startLocal: '2026-11-18T11:00:00',
      weekday: 'wednesday',
      interval: 2,
    });

    const response = await tenant.fetchAs(SEED_PEOPLE.claire, `/me/events/${outcome.eventId}`);
    const master = (await response.json()) as Event;
    expect(master).toMatchObject({
      subject: 'Aisha / Claire 1:1',
      type: 'seriesMaster',
      isOnlineMeeting: true,
      recurrence: { pattern: { type: 'weekly', interval: 2, daysOfWeek: ['wednesday'] } },
    });
    const body = master.body?.content ?? '';
    expect(findInviteBlock(body, 'html')).not.toBeNull();
    expect(body).toContain('https://agenda.contoso.ca/?space=');
    expect(body).toContain('meet_invite_block.action.join_link');
    // Aisha was invited (one meeting request), and sees it in her calendar.
    expect(
      tenant.emulator
        .sentUpdates()
        .filter((u) => u.eventId === outcome.eventId)
        .map((u) => u.to),
    ).toEqual([SEED_PEOPLE.aisha]);

    // It is now one of Claire's upcoming 1:1s, with Aisha, every two weeks.
    const upcoming = await loadUpcomingOneOnOnes(graph, DEFAULT_TEST_NOW, 14);
    const aisha = upcoming.persons.find((person) => person.counterpart.email === SEED_PEOPLE.aisha);
    expect(aisha?.series[0]?.occurrences.map((o) => o.start)).toEqual([
      '2026-11-18T16:00:00Z'.replace('Z', '.000Z'),
    ]);
    expect(upcoming.recurrences.get(aisha?.series[0]?.seriesMasterId ?? '')).toEqual({
      kind: 'weekly',
      interval: 2,
    });
  });

  it('says so when there is no common slot in the next two weeks (the report is away)', async () => {
    const seed = structuredClone(loadDefaultDemoSeed());
    const aishaUser = seed.users.find((user) => user.userPrincipalName === SEED_PEOPLE.aisha);
    if (!aishaUser) throw new Error('seed changed');
    seed.events.push({
      mailbox: aishaUser.id,
      id: 'AAMkAaway=',
      subject: 'Parental leave',
      type: 'singleInstance',
      showAs: 'oof',
      start: { dateTime: '2026-11-16T00:00:00.0000000', timeZone: 'Eastern Standard Time' },
      end: { dateTime: '2026-12-19T00:00:00.0000000', timeZone: 'Eastern Standard Time' },
      organizer: { emailAddress: { name: 'Aisha Benali', address: SEED_PEOPLE.aisha } },
      attendees: [],
    });
    const away = startTenant({ seed });
    const graph = connectAs(away, SEED_PEOPLE.claire);
    const { me } = await getPeopleAroundMe(graph);
    const outcome = await scheduleOneOnOne({
      graph,
      store: memoryKeyValueStore(),
      deployment: DEPLOYMENT,
      locale: 'en',
      me,
      report: { email: SEED_PEOPLE.aisha, name: 'Aisha Benali' },
      interval: 1,
      timeZone: 'America/Toronto',
      now: DEFAULT_TEST_NOW,
    });
    expect(outcome).toEqual({ kind: 'no-common-slot' });
    expect(away.emulator.sentUpdates()).toEqual([]);
  });
});
