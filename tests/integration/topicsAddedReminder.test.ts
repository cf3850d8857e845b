/**
 * The optional reminder to the leader: when the employee added topics to a 1:1 within the next 48 hours, the
 * employee's app tells the leader once in Teams, whichever of the employee's devices runs first; not when the
 * employee turned it off, nor when there are no new topics.
 */
import { describe, expect, it } from 'vitest';
import { GRAPH_SCOPES, MEETING_TAB_READ_SCOPES, TEAMS_SETUP_SCOPES } from '../../src/auth/authConfig';
import { DemoTokenProvider } from '../../src/auth/DemoTokenProvider';
import { DEMO_TEAMS_APP_MANIFEST_ID } from '../../src/domain/appDeployment';
import type { SpaceEdit } from '../../src/domain/space/spaceEdits';
import { createGraphClient, type GraphConnection } from '../../src/graph/createGraphClient';
import { type KeyValueStore, memoryKeyValueStore } from '../../src/host/keyValueStore';
import { openPairAgenda } from '../../src/services/agenda/openPairAgenda';
import { setLeaderReminder } from '../../src/services/nudges/leaderReminderSetting';
import { sendTopicsAddedReminders } from '../../src/services/nudges/sendTopicsAddedReminders';
import { loadUpcomingOneOnOnes } from '../../src/services/oneOnOnes/loadUpcomingOneOnOnes';
import { setUpOneOnOnesInTeams } from '../../src/services/teamsSetup/setUpOneOnOnesInTeams';
import { TEST_RETRY_POLICY } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile({ resetBeforeEach: true });
const DEPLOYMENT = { appOrigin: 'https://agenda.contoso.ca', teamsAppId: DEMO_TEAMS_APP_MANIFEST_ID };

function user(upn: string) {
  const found = tenant.emulator.listUsers().find((u) => u.userPrincipalName === upn);
  if (!found) throw new Error(`no ${upn}`);
  return found;
}

function connection(upn: string, scopes: readonly string[]): GraphConnection {
  return createGraphClient(new DemoTokenProvider(user(upn)), scopes, TEST_RETRY_POLICY);
}

const meetingTabs = () => ({
  graph: connection(SEED_PEOPLE.ethan, [...GRAPH_SCOPES, ...MEETING_TAB_READ_SCOPES]),
  manifestId: DEMO_TEAMS_APP_MANIFEST_ID,
});

/** Claire's setup: the space shared with Ethan, and the app and agenda tab in their meeting chat. */
async function leaderSetsUp(): Promise<void> {
  const graph = connection(SEED_PEOPLE.claire, [...GRAPH_SCOPES, ...TEAMS_SETUP_SCOPES]);
  const upcoming = await loadUpcomingOneOnOnes(graph, DEFAULT_TEST_NOW, 14);
  await setUpOneOnOnesInTeams({
    graph,
    store: memoryKeyValueStore(),
    people: upcoming.people,
    series: upcoming.persons.flatMap((person) => person.series),
    manifestId: DEMO_TEAMS_APP_MANIFEST_ID,
    tab: {
      displayName: '1:1 Agenda',
      contentUrl: 'https://agenda.contoso.ca/meeting.html?host=teams',
      websiteUrl: 'https://agenda.contoso.ca/',
    },
    now: DEFAULT_TEST_NOW,
  });
}

function employeeTopic(text: string): SpaceEdit {
  return {
    id: crypto.randomUUID(),
    at: DEFAULT_TEST_NOW.toISOString(),
    by: 'employee',
    type: 'addTopic',
    topicId: crypto.randomUUID(),
    section: 'capability',
    text,
    order: 1,
    createdForOccurrence: null,
  };
}

/** Ethan adds topics for today's 1:1 (18:00 UTC, three hours after the test's now). */
async function employeeAddsTopics(...texts: string[]): Promise<void> {
  const opened = await openPairAgenda({
    graph: connection(SEED_PEOPLE.ethan, GRAPH_SCOPES),
    store: memoryKeyValueStore(),
    counterpartEmail: SEED_PEOPLE.claire,
    meetingTabs: meetingTabs(),
    now: () => DEFAULT_TEST_NOW,
  });
  for (const text of texts) opened.session.space?.submit(employeeTopic(text));
  await opened.session.space?.flush();
  expect(opened.session.space?.snapshot().pendingEdits).toBe(0);
  opened.session.dispose();
}

/** One of Ethan's devices opening My 1:1s: its own local storage, the same OneDrive. */
async function employeeDevice(store: KeyValueStore) {
  const graph = connection(SEED_PEOPLE.ethan, GRAPH_SCOPES);
  const upcoming = await loadUpcomingOneOnOnes(graph, DEFAULT_TEST_NOW, 14);
  return sendTopicsAddedReminders({
    graph,
    activityGraph: connection(SEED_PEOPLE.ethan, [...GRAPH_SCOPES, 'TeamsActivity.Send']),
    store,
    upcoming,
    deployment: DEPLOYMENT,
    meetingTabs: meetingTabs(),
    now: DEFAULT_TEST_NOW,
    topicCountText: (count) => (count === 1 ? '1 topic' : `${count} topics`),
    previewText: (name, count, when) => `${name} added ${count} topics to your 1:1 on ${when}`,
    formatWhen: (start) => start,
  });
}

const toClaire = () =>
  (tenant.emulator.getState().teams?.activityNotifications ?? []).filter(
    (n) => n.recipientId === user(SEED_PEOPLE.claire).id && n.activityType === 'employeeAddedTopics',
  );

describe('the reminder to the leader that the employee added topics', () => {
  it('is sent once for the occurrence, whichever of the employee’s devices runs first', async () => {
    await leaderSetsUp();
    await employeeAddsTopics('Conference budget', 'Mentoring the new hire');
    const first = await employeeDevice(memoryKeyValueStore());
    expect(first.failed).toEqual([]);
    expect(first.sent).toEqual([`${SEED_PEOPLE.claire}|2026-11-18T18:00:00.000Z`]);
    expect(toClaire()).toHaveLength(1);
    expect(toClaire()[0]).toMatchObject({
      topic: { source: 'text' },
      templateParameters: expect.arrayContaining([
        { name: 'employeeName', value: 'Ethan Wong' },
        { name: 'topicCount', value: '2 topics' },
        { name: 'when', value: '2026-11-18T18:00:00.000Z' },
      ]),
    });
    // The link opens the pair's space in the leader's personal tab.
    expect(toClaire()[0]?.topic.webUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\/.+subEntityId/);

    // Another device, and a topic added after the reminder: nothing more for this occurrence.
    await employeeAddsTopics('One more thing');
    const second = await employeeDevice(memoryKeyValueStore());
    expect(second).toEqual({ sent: [], failed: [] });
    expect(toClaire()).toHaveLength(1);
  });

  it('is not sent when the employee turned it off', async () => {
    await leaderSetsUp();
    await employeeAddsTopics('Conference budget');
    const store = memoryKeyValueStore();
    setLeaderReminder(store, user(SEED_PEOPLE.ethan).id, false);
    expect(await employeeDevice(store)).toEqual({ sent: [], failed: [] });
    expect(toClaire()).toHaveLength(0);
    // Turned on again on that device, it goes out.
    setLeaderReminder(store, user(SEED_PEOPLE.ethan).id, true);
    expect((await employeeDevice(store)).sent).toHaveLength(1);
    expect(toClaire()).toHaveLength(1);
  });

  it('is not sent when the employee added no topics', async () => {
    await leaderSetsUp();
    expect(await employeeDevice(memoryKeyValueStore())).toEqual({ sent: [], failed: [] });
    expect(toClaire()).toHaveLength(0);
  });
});
