import { afterEach, describe, expect, it } from 'vitest';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import type { AgendaParticipants } from '../../src/services/agenda/agendaSession';
import { openMeetingAgenda } from '../../src/services/meeting/openMeetingAgenda';
import { rememberMeetingParticipants } from '../../src/services/meeting/rememberedMeetingParticipants';
import { connectAs } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile({ resetBeforeEach: true });
const { claire } = SEED_PEOPLE;
const ETHAN_1ON1 = '1:1 Ethan / Claire';
const now = () => DEFAULT_TEST_NOW;

afterEach(() => tenant.server.events.removeAllListeners('request:start'));

/** Paths of the Graph requests sent so far, as the emulator received them. */
function recordRequests(): string[] {
  const paths: string[] = [];
  tenant.server.events.on('request:start', ({ request }) => {
    paths.push(decodeURIComponent(new URL(request.url).pathname));
  });
  return paths;
}

function openerFor(store = memoryKeyValueStore()) {
  const chatId = tenant.emulator.chatIdForEvent(ETHAN_1ON1);
  const userId = tenant.emulator.listUsers().find((u) => u.userPrincipalName === claire)?.id ?? null;
  const opener = openMeetingAgenda({
    graph: connectAs(tenant, claire),
    store,
    chatId,
    userId,
    reference: null,
    now,
  });
  return { opener, store, chatId: chatId ?? '', userId: userId ?? '' };
}

async function openThroughPanel(opener: ReturnType<typeof openerFor>['opener']) {
  const meeting = await opener.resolve();
  if (meeting.kind !== 'one-on-one') throw new Error(`Expected a 1:1, got ${meeting.kind}`);
  const opened = await opener.openAgenda(meeting.participants);
  return { meeting, opened };
}

describe('opening the agenda of the meeting the side panel is in', () => {
  it('looks the meeting up first when this device has never seen the chat', async () => {
    const requests = recordRequests();
    const { opener } = openerFor();
    await Promise.resolve();
    expect(requests.some((path) => path.includes('/spaces/'))).toBe(false);
    const { meeting, opened } = await openThroughPanel(opener);
    expect(meeting.participants.counterpart.email).toBe(SEED_PEOPLE.ethan);
    expect(opened.session.participants.counterpart.email).toBe(SEED_PEOPLE.ethan);
    opened.session.dispose();
  });

  it('opens the pair remembered for the chat at once, beside the lookup, and uses that same session', async () => {
    const store = memoryKeyValueStore();
    const first = await openThroughPanel(openerFor(store).opener);
    first.opened.session.dispose();

    const requests = recordRequests();
    const { opener } = openerFor(store);
    // Nothing asked the opener for anything yet: the space is already being read.
    await expect
      .poll(() => requests.some((path) => path.includes(`/spaces/${SEED_PEOPLE.ethan}.json`)))
      .toBe(true);
    const { opened } = await openThroughPanel(opener);
    expect(opened.session.participants.counterpart.email).toBe(SEED_PEOPLE.ethan);
    const spaceReads = requests.filter((path) => path.includes(`/spaces/${SEED_PEOPLE.ethan}.json`));
    expect(spaceReads).toHaveLength(1);
    opened.session.dispose();
  });

  it('reads people and the calendar once for both the meeting lookup and the agenda', async () => {
    const store = memoryKeyValueStore();
    for (const remembered of [false, true]) {
      const requests = recordRequests();
      const { opened } = await openThroughPanel(openerFor(store).opener);
      tenant.server.events.removeAllListeners('request:start');
      // One $batch of people; one calendar window read as its parallel parts (3 at most), not one per use.
      expect(
        requests.filter((path) => path === '/v1.0/$batch'),
        `remembered: ${remembered}`,
      ).toHaveLength(1);
      expect(requests.filter((path) => path.endsWith('/calendarView')).length).toBeLessThanOrEqual(3);
      opened.session.dispose();
    }
  });

  it('drops a remembered pair that the meeting no longer matches and opens the right one', async () => {
    const { store, chatId, userId, opener } = openerFor();
    const first = await openThroughPanel(opener);
    first.opened.session.dispose();
    const me = first.meeting.participants.me;
    const stale: AgendaParticipants = {
      me,
      counterpart: { email: SEED_PEOPLE.aisha, name: 'Aisha Benali' },
      myRole: 'leader',
    };
    rememberMeetingParticipants(store, { userId, chatId }, stale);
    const { opened } = await openThroughPanel(openerFor(store).opener);
    expect(opened.session.participants.counterpart.email).toBe(SEED_PEOPLE.ethan);
    opened.session.dispose();
  });

  it('ignores what it kept when it is unreadable, and forgets it', async () => {
    const { store, chatId, userId } = openerFor();
    const key = `oneOnOne.meetingPair.${userId}.${chatId}`;
    store.set(key, '{"me": <script>');
    const { opened } = await openThroughPanel(openerFor(store).opener);
    expect(opened.session.participants.counterpart.email).toBe(SEED_PEOPLE.ethan);
    expect(JSON.parse(store.get(key) ?? 'null')?.counterpart?.email).toBe(SEED_PEOPLE.ethan);
    opened.session.dispose();
  });
});
