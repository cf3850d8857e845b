/**
 * The reminder before a 1:1: sent to the employee once per occurrence in the 48 hours before it, across two of
 * the leader's devices; not sent (and tried again later) while the employee does not have the app.
 */
import { describe, expect, it } from 'vitest';
import { GRAPH_SCOPES, TEAMS_SETUP_SCOPES } from '../../src/auth/authConfig';
import { DemoTokenProvider } from '../../src/auth/DemoTokenProvider';
import { DEMO_TEAMS_APP_MANIFEST_ID } from '../../src/domain/appDeployment';
import { createGraphClient } from '../../src/graph/createGraphClient';
import { type KeyValueStore, memoryKeyValueStore } from '../../src/host/keyValueStore';
import { sendPreMeetingNudges } from '../../src/services/nudges/sendPreMeetingNudges';
import { loadUpcomingOneOnOnes } from '../../src/services/oneOnOnes/loadUpcomingOneOnOnes';
import { setUpOneOnOnesInTeams } from '../../src/services/teamsSetup/setUpOneOnOnesInTeams';
import { TEST_RETRY_POLICY } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerFile } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile({ resetBeforeEach: true });
const DEPLOYMENT = { appOrigin: 'https://agenda.contoso.ca', teamsAppId: DEMO_TEAMS_APP_MANIFEST_ID };

function leaderGraph() {
  const claire = tenant.emulator.listUsers()[0];
  if (!claire) throw new Error('no leader');
  return createGraphClient(
    new DemoTokenProvider(claire),
    [...GRAPH_SCOPES, ...TEAMS_SETUP_SCOPES],
    TEST_RETRY_POLICY,
  );
}

/** One of the leader's devices: its own local storage, the same OneDrive. */
async function leaderDevice(store: KeyValueStore, { setUp }: { setUp: boolean }) {
  const graph = leaderGraph();
  const upcoming = await loadUpcomingOneOnOnes(graph, DEFAULT_TEST_NOW, 14);
  const series = upcoming.persons.flatMap((person) => person.series);
  if (setUp)
    await setUpOneOnOnesInTeams({
      graph,
      store,
      people: upcoming.people,
      series,
      manifestId: DEMO_TEAMS_APP_MANIFEST_ID,
      tab: {
        displayName: '1:1 agenda',
        contentUrl: 'https://agenda.contoso.ca/meeting.html',
        websiteUrl: 'https://agenda.contoso.ca/',
      },
      now: DEFAULT_TEST_NOW,
    });
  return sendPreMeetingNudges({
    graph,
    store,
    people: upcoming.people,
    series,
    deployment: DEPLOYMENT,
    now: DEFAULT_TEST_NOW,
    previewText: (leader) => `Your 1:1 with ${leader} is coming up — add your topics`,
    formatWhen: (start) => start,
  });
}

const notifications = () => tenant.emulator.getState().teams?.activityNotifications ?? [];

describe('the reminder before a 1:1', () => {
  it('is sent once per occurrence within 48 hours, whichever of the leader’s devices runs first', async () => {
    const first = await leaderDevice(memoryKeyValueStore(), { setUp: true });
    expect(first.sent.length).toBeGreaterThan(0);
    expect(first.failed).toEqual([]);
    const ethan = tenant.emulator.listUsers().find((u) => u.userPrincipalName === 'ethan.wong@contoso.ca');
    const toEthan = notifications().filter((n) => n.recipientId === ethan?.id);
    expect(toEthan).toHaveLength(1);
    expect(toEthan[0]).toMatchObject({
      activityType: 'oneOnOneSoon',
      topic: { source: 'text' },
      templateParameters: expect.arrayContaining([{ name: 'leaderName', value: 'Claire Tremblay' }]),
    });
    // The link opens the pair's space in the personal tab.
    expect(toEthan[0]?.topic.webUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\/.+subEntityId/);
    // Only occurrences of the next 48 hours.
    for (const key of first.sent) {
      const start = new Date(key.split('|')[1] ?? '').getTime();
      expect(start - DEFAULT_TEST_NOW.getTime()).toBeLessThanOrEqual(48 * 3_600_000);
      expect(start).toBeGreaterThan(DEFAULT_TEST_NOW.getTime());
    }

    const count = notifications().length;
    const second = await leaderDevice(memoryKeyValueStore(), { setUp: false });
    expect(second).toEqual({ sent: [], failed: [] });
    expect(notifications()).toHaveLength(count);
  });

  it('is not sent while the employee does not have the app, and is sent once they do', async () => {
    const store = memoryKeyValueStore();
    const before = await leaderDevice(store, { setUp: false });
    expect(before.sent).toEqual([]);
    expect(before.failed.length).toBeGreaterThan(0);
    expect(notifications()).toHaveLength(0);
    const after = await leaderDevice(store, { setUp: true });
    expect(after.sent.sort()).toEqual(before.failed.sort());
  });

  it('is not sent when the chat holds another app but not ours', async () => {
    const chatId = tenant.emulator.chatIdForEvent('1:1 Ethan / Claire') ?? '';
    const installed = await tenant.fetchAs(
      'claire.tremblay@contoso.ca',
      `/chats/${encodeURIComponent(chatId)}/installedApps`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          'teamsApp@odata.bind':
            'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/com.microsoft.teamspace.tab.web',
        }),
      },
      [...TEAMS_SETUP_SCOPES],
    );
    expect(installed.status).toBe(201);
    await leaderDevice(memoryKeyValueStore(), { setUp: false });
    const ethan = tenant.emulator.listUsers().find((u) => u.userPrincipalName === 'ethan.wong@contoso.ca');
    expect(notifications().filter((n) => n.recipientId === ethan?.id)).toHaveLength(0);
  });
});
