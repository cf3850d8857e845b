/**
 * "Set up my 1:1s in Teams" against the Graph emulator: the app is installed in each meeting chat Claire
 * organizes and a tab opens the pair's space; a second run adds nothing and a removed tab comes back; each
 * failure is said per meeting; (The round trips of 20 meetings: teamsSetupRoundTrips.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { GRAPH_SCOPES, TEAMS_SETUP_SCOPES } from '../../src/auth/authConfig';
import { DemoTokenProvider } from '../../src/auth/DemoTokenProvider';
import { DEMO_CATALOG_APP_ID } from '../../src/demo/teams/teamsAppState';
import { DEMO_TEAMS_APP_MANIFEST_ID } from '../../src/domain/appDeployment';
import { createGraphClient, type GraphConnection } from '../../src/graph/createGraphClient';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import { loadUpcomingOneOnOnes } from '../../src/services/oneOnOnes/loadUpcomingOneOnOnes';
import { setUpMeetingChats } from '../../src/services/teamsSetup/setUpMeetingChats';
import {
  type MeetingSetupResult,
  setUpOneOnOnesInTeams,
} from '../../src/services/teamsSetup/setUpOneOnOnesInTeams';
import { TEST_RETRY_POLICY } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile({ resetBeforeEach: true });
const TAB = {
  displayName: '1:1 Agenda',
  contentUrl: 'https://agenda.contoso.ca/meeting.html?host=teams',
  websiteUrl: 'https://agenda.contoso.ca/',
};
const DANIEL = 'Daniel / Claire weekly 1:1';

function setupConnection(upn: string): GraphConnection {
  const user = tenant.emulator.listUsers().find((u) => u.userPrincipalName === upn);
  if (!user) throw new Error(`no ${upn}`);
  return createGraphClient(
    new DemoTokenProvider(user),
    [...GRAPH_SCOPES, ...TEAMS_SETUP_SCOPES],
    TEST_RETRY_POLICY,
  );
}

async function runSetup(store = memoryKeyValueStore()): Promise<MeetingSetupResult[]> {
  const graph = setupConnection(SEED_PEOPLE.claire);
  const upcoming = await loadUpcomingOneOnOnes(graph, DEFAULT_TEST_NOW, 14);
  return setUpOneOnOnesInTeams({
    graph,
    store,
    people: upcoming.people,
    series: upcoming.persons.flatMap((person) => person.series),
    manifestId: DEMO_TEAMS_APP_MANIFEST_ID,
    tab: TAB,
    now: DEFAULT_TEST_NOW,
  });
}

const teams = () => tenant.emulator.getState().teams ?? {};
const outcomeOf = (results: MeetingSetupResult[], name: string) =>
  results.find((result) => result.counterpartName.startsWith(name))?.outcome;

describe('set up my 1:1s in Teams', () => {
  it('installs the app and adds one tab per meeting chat; a second run adds nothing and repairs a removed tab', async () => {
    const first = await runSetup();
    const danielChat = tenant.emulator.chatIdForEvent(DANIEL) ?? '';
    expect(outcomeOf(first, 'Daniel')).toEqual({ kind: 'ready', added: { app: true, tab: true } });
    const tabs = teams().chatTabs ?? [];
    const danielTab = tabs.find((tab) => tab.chatId === danielChat);
    expect(danielTab).toMatchObject({
      teamsAppId: DEMO_CATALOG_APP_ID,
      configuration: { contentUrl: TAB.contentUrl },
    });
    expect(danielTab?.configuration.entityId).toMatch(/^s1\./);
    // Only meetings Claire leads and organizes: not her manager's 1:1 (Marc-André organizes it).
    expect(first.map((r) => r.counterpartName)).not.toContain('Marc-André Gagnon');
    const ready = first.filter((r) => r.outcome.kind === 'ready').length;
    expect(teams().chatInstallations).toHaveLength(ready);
    expect(tabs).toHaveLength(ready);

    const second = await runSetup();
    expect(second.filter((r) => r.outcome.kind === 'ready').map((r) => r.outcome)).toEqual(
      Array(ready).fill({ kind: 'ready', added: { app: false, tab: false } }),
    );
    expect(teams().chatInstallations).toHaveLength(ready);
    expect(teams().chatTabs).toHaveLength(ready);

    // Daniel's tab removed in Teams: the next run adds it again, with the same space.
    tenant.emulator.updateTeams((state) => ({
      ...state,
      chatTabs: (state.chatTabs ?? []).filter((tab) => tab.chatId !== danielChat),
    }));
    const third = await runSetup();
    expect(outcomeOf(third, 'Daniel')).toEqual({ kind: 'ready', added: { app: false, tab: true } });
    expect((teams().chatTabs ?? []).find((tab) => tab.chatId === danielChat)?.configuration.entityId).toBe(
      danielTab?.configuration.entityId,
    );
  });

  it('says the app is not in the org catalog, and installs nothing', async () => {
    tenant.emulator.updateTeams((state) => ({ ...state, appCatalog: [] }));
    const results = await runSetup();
    const withChat = results.filter((r) => r.outcome.kind !== 'chat-unknown');
    expect(withChat.length).toBeGreaterThan(0);
    for (const result of withChat) expect(result.outcome).toEqual({ kind: 'app-not-in-catalog' });
    expect(teams().chatInstallations ?? []).toHaveLength(0);
  });

  it('says when a policy blocks installs (403), per meeting', async () => {
    const claireId = tenant.emulator.listUsers()[0]?.id ?? '';
    tenant.emulator.updateTeams((state) => ({ ...state, installBlockedFor: [claireId] }));
    const results = await runSetup();
    expect(outcomeOf(results, 'Daniel')).toEqual({ kind: 'install-blocked' });
    expect(teams().chatTabs ?? []).toHaveLength(0);
  });

  it("says a meeting's chat is not created yet, sets up the others, and sets it up on a later run", async () => {
    const danielChat = tenant.emulator.chatIdForEvent(DANIEL) ?? '';
    tenant.emulator.updateTeams((state) => ({ ...state, chatsNotCreated: [danielChat] }));
    const results = await runSetup();
    expect(outcomeOf(results, 'Daniel')).toEqual({ kind: 'chat-not-created' });
    expect(outcomeOf(results, 'Ethan')).toMatchObject({ kind: 'ready' });
    tenant.emulator.updateTeams((state) => ({ ...state, chatsNotCreated: [] }));
    expect(outcomeOf(await runSetup(), 'Daniel')).toEqual({ kind: 'ready', added: { app: true, tab: true } });
  });

  it("says Teams' short meeting links name no chat (Sophie's meeting)", async () => {
    expect(outcomeOf(await runSetup(), 'Sophie')).toEqual({ kind: 'chat-unknown' });
  });

  it('without the setup permissions, reports the refusal instead of installing', async () => {
    const user = tenant.emulator.listUsers()[0];
    if (!user) throw new Error('no leader');
    const graph = createGraphClient(new DemoTokenProvider(user), GRAPH_SCOPES, TEST_RETRY_POLICY);
    const chatId = tenant.emulator.chatIdForEvent(DANIEL) ?? '';
    const outcomes = await setUpMeetingChats(graph, DEMO_TEAMS_APP_MANIFEST_ID, [
      { key: 'daniel', chatId, tab: { ...TAB, entityId: 's1.x.y' } },
    ]);
    expect(outcomes.get('daniel')).toEqual({ kind: 'failed', status: 403 });
    expect(teams().chatInstallations ?? []).toHaveLength(0);
  });
});

describe('set up my 1:1s in Teams, racing another device', () => {
  it('adds the tab when the app was installed between the read and the install (409)', async () => {
    const danielChat = tenant.emulator.chatIdForEvent(DANIEL) ?? '';
    const graph = setupConnection(SEED_PEOPLE.claire);
    // Another device installs the app right after this one read the chat's apps.
    tenant.server.events.on('request:end', function installElsewhere({ request }) {
      if (!request.url.endsWith('/$batch')) return;
      tenant.server.events.removeListener('request:end', installElsewhere);
      tenant.emulator.updateTeams((state) => ({
        ...state,
        chatInstallations: [{ chatId: danielChat, id: 'elsewhere', teamsAppId: DEMO_CATALOG_APP_ID }],
      }));
    });
    const outcomes = await setUpMeetingChats(graph, DEMO_TEAMS_APP_MANIFEST_ID, [
      { key: 'daniel', chatId: danielChat, tab: { ...TAB, entityId: 's1.ZA.aQ' } },
    ]);
    expect(outcomes.get('daniel')).toEqual({ kind: 'ready', added: { app: false, tab: true } });
    expect(teams().chatInstallations).toHaveLength(1);
    expect(teams().chatTabs).toHaveLength(1);
  });
});
