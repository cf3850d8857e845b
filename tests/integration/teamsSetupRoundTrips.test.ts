/**
 * The Teams setup over 20 meeting chats takes at most 6 sequential Graph round trips ($batch): the catalog and
 * every chat's apps and tabs (3 batches), then the installs with their tabs (2 batches). The emulator answers
 * every request in turn, so the requests it sees are the sequential round trips.
 */
import { describe, expect, it } from 'vitest';
import { GRAPH_SCOPES, TEAMS_SETUP_SCOPES } from '../../src/auth/authConfig';
import { DemoTokenProvider } from '../../src/auth/DemoTokenProvider';
import { DEMO_TEAMS_APP_MANIFEST_ID } from '../../src/domain/appDeployment';
import { createGraphClient } from '../../src/graph/createGraphClient';
import { setUpMeetingChats } from '../../src/services/teamsSetup/setUpMeetingChats';
import { TEST_RETRY_POLICY } from '../support/demoGraphConnection';
import { graphEmulatorPerFile } from '../support/graphEmulatorServer';
import { seedWithTeamsMeetings } from '../support/teamsMeetingSeed';

const COUNT = 20;
const tenant = graphEmulatorPerFile({ seed: seedWithTeamsMeetings(COUNT) });
const TAB = {
  displayName: '1:1 Agenda',
  contentUrl: 'https://agenda.contoso.ca/meeting.html?host=teams',
  websiteUrl: 'https://agenda.contoso.ca/',
};

describe('Teams setup round trips', () => {
  it(`sets up ${COUNT} meeting chats in at most 6 sequential Graph round trips, and checks them again in 3`, async () => {
    const claire = tenant.emulator.listUsers()[0];
    if (!claire) throw new Error('no leader');
    const graph = createGraphClient(
      new DemoTokenProvider(claire),
      [...GRAPH_SCOPES, ...TEAMS_SETUP_SCOPES],
      TEST_RETRY_POLICY,
    );
    const meetings = Array.from({ length: COUNT }, (_, i) => ({
      key: `m${i}`,
      chatId: tenant.emulator.chatIdForEvent(`Daniel / Claire 1:1 #${i + 1}`) ?? '',
      tab: { ...TAB, entityId: `s1.ZA.aQ${i}` },
    }));
    expect(new Set(meetings.map((m) => m.chatId)).size).toBe(COUNT);
    const paths: string[] = [];
    const record = ({ request }: { request: Request }) => {
      paths.push(new URL(request.url).pathname);
    };
    tenant.server.events.on('request:start', record);
    try {
      const first = await setUpMeetingChats(graph, DEMO_TEAMS_APP_MANIFEST_ID, meetings);
      expect([...first.values()]).toEqual(
        Array(COUNT).fill({ kind: 'ready', added: { app: true, tab: true } }),
      );
      expect(paths.length).toBeLessThanOrEqual(6);
      expect(paths.every((path) => path === '/v1.0/$batch')).toBe(true);
      paths.length = 0;
      const second = await setUpMeetingChats(graph, DEMO_TEAMS_APP_MANIFEST_ID, meetings);
      expect([...second.values()]).toEqual(
        Array(COUNT).fill({ kind: 'ready', added: { app: false, tab: false } }),
      );
      expect(paths).toHaveLength(3);
    } finally {
      tenant.server.events.removeListener('request:start', record);
    }
    expect(tenant.emulator.getState().teams?.chatTabs).toHaveLength(COUNT);
  });
});
