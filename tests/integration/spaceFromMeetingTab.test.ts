/**
 * The employee finds the pair's space without the invite: the agenda tab that the leader's "Set up my 1:1s in
 * Teams" added to the meeting chat names it. A chat the employee cannot read (not a member: 403; not created:
 * 404) is skipped, and without the tab scope nothing breaks.
 */
import { describe, expect, it } from 'vitest';
import { GRAPH_SCOPES, MEETING_TAB_READ_SCOPES, TEAMS_SETUP_SCOPES } from '../../src/auth/authConfig';
import { DemoTokenProvider } from '../../src/auth/DemoTokenProvider';
import { DEMO_CATALOG_APP_ID } from '../../src/demo/teams/teamsAppState';
import { DEMO_TEAMS_APP_MANIFEST_ID } from '../../src/domain/appDeployment';
import type { SpaceEdit } from '../../src/domain/space/spaceEdits';
import { decodeSpaceReference } from '../../src/domain/space/spaceReference';
import { createGraphClient, type GraphConnection } from '../../src/graph/createGraphClient';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import { openPairAgenda } from '../../src/services/agenda/openPairAgenda';
import {
  type MeetingTabSource,
  spaceReferenceFromMeetingChats,
} from '../../src/services/agenda/spaceReferenceFromMeetingChats';
import { loadUpcomingOneOnOnes } from '../../src/services/oneOnOnes/loadUpcomingOneOnOnes';
import { setUpOneOnOnesInTeams } from '../../src/services/teamsSetup/setUpOneOnOnesInTeams';
import { TEST_RETRY_POLICY } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile({ resetBeforeEach: true });
const DANIEL_SERIES = 'Daniel / Claire weekly 1:1';
const ETHAN_SERIES = '1:1 Ethan / Claire';

function connection(upn: string, scopes: readonly string[]): GraphConnection {
  const user = tenant.emulator.listUsers().find((u) => u.userPrincipalName === upn);
  if (!user) throw new Error(`no ${upn}`);
  return createGraphClient(new DemoTokenProvider(user), scopes, TEST_RETRY_POLICY);
}

const tabSource = (upn: string): MeetingTabSource => ({
  graph: connection(upn, [...GRAPH_SCOPES, ...MEETING_TAB_READ_SCOPES]),
  manifestId: DEMO_TEAMS_APP_MANIFEST_ID,
});

const joinUrlOf = (chatId: string) =>
  `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chatId)}/0?context=%7b%7d`;

function leaderTopic(text: string): SpaceEdit {
  return {
    id: crypto.randomUUID(),
    at: DEFAULT_TEST_NOW.toISOString(),
    by: 'leader',
    type: 'addTopic',
    topicId: crypto.randomUUID(),
    section: 'direction',
    text,
    order: 1,
    createdForOccurrence: null,
  };
}

/** Claire turns the setup on: her spaces are created and shared, and each meeting chat gets the agenda tab. */
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

function tabEntityIdIn(chatId: string): string {
  const tab = (tenant.emulator.getState().teams?.chatTabs ?? []).find((t) => t.chatId === chatId);
  if (!tab?.configuration.entityId) throw new Error(`no agenda tab in ${chatId}`);
  return tab.configuration.entityId;
}

describe('the employee finds the space through the meeting chat’s agenda tab', () => {
  it('opens the leader’s space, with her topic, when the invite carries no agenda', async () => {
    await leaderSetsUp();
    const danielChat = tenant.emulator.chatIdForEvent(DANIEL_SERIES) ?? '';
    const reference = decodeSpaceReference(tabEntityIdIn(danielChat));
    expect(reference).not.toBeNull();
    // The leader adds a topic to the space the tab names.
    const leader = await openPairAgenda({
      graph: connection(SEED_PEOPLE.claire, GRAPH_SCOPES),
      store: memoryKeyValueStore(),
      counterpartEmail: SEED_PEOPLE.daniel,
      now: () => DEFAULT_TEST_NOW,
    });
    leader.session.space?.submit(leaderTopic('Roadmap for Q1'));
    await leader.session.space?.flush();
    leader.session.dispose();

    const employeeGraph = connection(SEED_PEOPLE.daniel, GRAPH_SCOPES);
    // Without the tab, the employee's side has nothing to go on: the invite has no agenda.
    const withoutTab = await openPairAgenda({
      graph: employeeGraph,
      store: memoryKeyValueStore(),
      counterpartEmail: SEED_PEOPLE.claire,
      now: () => DEFAULT_TEST_NOW,
    });
    expect(withoutTab.session.space).toBeNull();
    withoutTab.session.dispose();

    const store = memoryKeyValueStore();
    const employee = await openPairAgenda({
      graph: employeeGraph,
      store,
      counterpartEmail: SEED_PEOPLE.claire,
      meetingTabs: tabSource(SEED_PEOPLE.daniel),
      now: () => DEFAULT_TEST_NOW,
    });
    expect(employee.session.reference).toEqual(reference);
    const topics = employee.session.space?.snapshot().document?.topics ?? [];
    expect(topics.map((topic) => topic.text)).toContain('Roadmap for Q1');
    employee.session.dispose();
    // Remembered on this device once opened: the next open needs no tab read.
    const again = await openPairAgenda({
      graph: employeeGraph,
      store,
      counterpartEmail: SEED_PEOPLE.claire,
      now: () => DEFAULT_TEST_NOW,
    });
    expect(again.session.reference).toEqual(reference);
    again.session.dispose();
  });

  it('skips a chat the employee is not a member of, and one Teams has not created', async () => {
    await leaderSetsUp();
    const ethanChat = tenant.emulator.chatIdForEvent(ETHAN_SERIES) ?? '';
    const danielChat = tenant.emulator.chatIdForEvent(DANIEL_SERIES) ?? '';
    const unknownChat = '19:meeting_bm90LWEtY2hhdA@thread.v2';
    const daniel = tabSource(SEED_PEOPLE.daniel);
    // Ethan's chat holds an agenda tab, but Daniel is not in it (403): it is skipped, not read, not thrown.
    expect(await spaceReferenceFromMeetingChats(daniel, [joinUrlOf(ethanChat)])).toBeNull();
    expect(await spaceReferenceFromMeetingChats(daniel, [joinUrlOf(unknownChat)])).toBeNull();
    const found = await spaceReferenceFromMeetingChats(daniel, [
      joinUrlOf(ethanChat),
      joinUrlOf(unknownChat),
      joinUrlOf(danielChat),
    ]);
    expect(found).toEqual(decodeSpaceReference(tabEntityIdIn(danielChat)));
    // Ethan reads his own chat's tab: the same route answers a member.
    expect(
      await spaceReferenceFromMeetingChats(tabSource(SEED_PEOPLE.ethan), [joinUrlOf(ethanChat)]),
    ).toEqual(decodeSpaceReference(tabEntityIdIn(ethanChat)));
  });

  it('ignores another app’s tab, and finds nothing (without failing) when the token lacks the tab scope', async () => {
    await leaderSetsUp();
    const danielChat = tenant.emulator.chatIdForEvent(DANIEL_SERIES) ?? '';
    const entityId = tabEntityIdIn(danielChat);
    tenant.emulator.updateTeams((teams) => ({
      ...teams,
      chatTabs: (teams.chatTabs ?? []).map((tab) =>
        tab.chatId === danielChat ? { ...tab, teamsAppId: 'com.microsoft.teamspace.tab.web' } : tab,
      ),
    }));
    const daniel = tabSource(SEED_PEOPLE.daniel);
    expect(await spaceReferenceFromMeetingChats(daniel, [joinUrlOf(danielChat)])).toBeNull();
    tenant.emulator.updateTeams((teams) => ({
      ...teams,
      chatTabs: (teams.chatTabs ?? []).map((tab) =>
        tab.chatId === danielChat ? { ...tab, teamsAppId: DEMO_CATALOG_APP_ID } : tab,
      ),
    }));
    expect(await spaceReferenceFromMeetingChats(daniel, [joinUrlOf(danielChat)])).toEqual(
      decodeSpaceReference(entityId),
    );
    const noTabScope = { ...daniel, graph: connection(SEED_PEOPLE.daniel, GRAPH_SCOPES) };
    expect(await spaceReferenceFromMeetingChats(noTabScope, [joinUrlOf(danielChat)])).toBeNull();
  });
});
