import { describe, expect, it } from 'vitest';
import { GRAPH_SCOPES } from '../../src/auth/authConfig';
import { encodeDemoToken } from '../../src/auth/demoToken';
import { createGraphEmulator } from '../../src/demo/graphEmulator';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import { writePairHistory } from '../../src/demo/seed/pairHistory';
import { nextHeldOccurrence } from '../../src/domain/space/agendaForOccurrence';
import { isEntryLive } from '../../src/domain/space/entityLiveness';
import { preparationBrief } from '../../src/domain/space/preparationBrief';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import { openAgendaSession } from '../../src/services/agenda/agendaSession';
import { openPairAgenda } from '../../src/services/agenda/openPairAgenda';
import { connectAs } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile();
const NOW = () => DEFAULT_TEST_NOW;
const SPACE_PATH = '/me/drive/special/approot:/spaces/marcus.lee@contoso.ca.json:';

describe("the demo tenant's performance history (Claire and Marcus)", () => {
  it('is written once, through Graph, into Claire’s app folder and shared with Marcus', async () => {
    expect(await writePairHistory(tenant.emulator, DEFAULT_TEST_NOW)).toBe(true);
    const file = (await (await tenant.fetchAs(SEED_PEOPLE.claire, SPACE_PATH)).json()) as {
      id: string;
      eTag: string;
      parentReference: { driveId: string };
    };
    // A second start (a reload) finds the file and leaves it alone.
    expect(await writePairHistory(tenant.emulator, DEFAULT_TEST_NOW)).toBe(false);
    const again = (await (await tenant.fetchAs(SEED_PEOPLE.claire, SPACE_PATH)).json()) as { eTag: string };
    expect(again.eTag).toBe(file.eTag);
    const asMarcus = await tenant.fetchAs(
      SEED_PEOPLE.marcus,
      `/drives/${file.parentReference.driveId}/items/${file.id}`,
    );
    expect(asMarcus.status).toBe(200);
  });

  it('opens in Claire’s agenda with priorities, a growth plan, feedback and a brief for the next 1:1', async () => {
    const graph = connectAs(tenant, SEED_PEOPLE.claire);
    const { session, occurrences } = await openPairAgenda({
      graph,
      store: memoryKeyValueStore(),
      counterpartEmail: SEED_PEOPLE.marcus,
      now: NOW,
    });
    const space = session.space?.snapshot().document;
    if (!space) throw new Error('the space did not load');
    expect(session.participants.myRole).toBe('leader');
    expect(space.expectations.filter(isEntryLive).map((e) => [e.priority, e.status, e.confirmed])).toEqual(
      expect.arrayContaining([
        ['Online permit renewal live for residents', 'active', true],
        ['Hand over the legacy forms server to IT operations', 'achieved', true],
        ['Accessible benefits portal pages', 'active', true],
      ]),
    );
    expect(space.growthGoals.filter(isEntryLive)).toHaveLength(2);
    expect(space.coachingNotes).toHaveLength(2);
    expect(space.feedback.map((entry) => entry.kind).sort()).toEqual([
      'constructive',
      'recognition',
      'recognition',
      'recognition',
      'recognition',
    ]);
    // Several months of 1:1s, each with its notes (the agenda's calendar window shows the recent ones).
    expect(space.occurrenceNotes.length).toBeGreaterThanOrEqual(5);
    const months = new Set(space.occurrenceNotes.map((note) => note.occurrence.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(3);
    const noted = new Set(space.occurrenceNotes.map((note) => note.occurrence));
    const held = occurrences.filter((o) => !o.isCancelled && o.start < DEFAULT_TEST_NOW.toISOString());
    expect(held.length).toBeGreaterThanOrEqual(2);
    expect(held.filter((o) => !noted.has(o.key))).toEqual([]);

    const next = occurrences.find((o) => o.start > DEFAULT_TEST_NOW.toISOString() && !o.isCancelled);
    if (!next) throw new Error('no next 1:1');
    const brief = preparationBrief(space, occurrences, next.key, 'leader', {
      now: DEFAULT_TEST_NOW,
      timeZone: 'America/Toronto',
    });
    expect(brief?.topicsFromOther.map((topic) => topic.text)).toEqual([
      'Can I take the accessibility certification course in the new year?',
    ]);
    expect(brief?.feedbackSince.map((entry) => entry.text)).toEqual([
      expect.stringContaining('resident workshop'),
    ]);
    expect(brief?.actionItemsDue.map(({ actionItem }) => actionItem.text)).toContain(
      'Send Claire the renewal form analytics for November',
    );
    expect(brief?.daysSinceLast).toBeGreaterThanOrEqual(0);
    const reference = session.reference;
    session.dispose();

    // Marcus reads the same space through the share.
    const marcusGraph = connectAs(tenant, SEED_PEOPLE.marcus);
    const claire = session.participants.me;
    const marcus = await openAgendaSession({
      graph: marcusGraph,
      store: memoryKeyValueStore(),
      participants: {
        me: { ...claire, id: 'marcus', email: SEED_PEOPLE.marcus, displayName: 'Marcus Lee' },
        counterpart: { email: claire.email, name: claire.displayName },
        myRole: 'employee',
      },
      upcomingEventIds: async () => [],
      reference,
      now: NOW,
    });
    expect(marcus.space?.snapshot().document?.growthGoals.map((goal) => goal.capability)).toContain(
      'Facilitating workshops with residents',
    );
    marcus.dispose();
  });
});

describe("the demo tenant's history written around a 1:1", () => {
  it.each([
    ['during it', 10],
    ['just after it', 50],
  ])(
    'gives the agenda opened %s the coming 1:1 with Marcus’s topic in the brief',
    async (_when, minutesIn) => {
      // A tenant of its own (the file's tenant already holds a history): asked directly, without MSW.
      const emulator = createGraphEmulator({ seed: loadDefaultDemoSeed(), now: NOW });
      const claire = emulator.listUsers().find((user) => user.userPrincipalName === SEED_PEOPLE.claire);
      if (!claire) throw new Error('no Claire in the seed');
      const token = encodeDemoToken({
        oid: claire.id,
        upn: claire.userPrincipalName,
        scp: GRAPH_SCOPES.join(' '),
      });
      const get = async <T>(path: string): Promise<T> => {
        const headers = { Authorization: `Bearer ${token}`, Prefer: 'outlook.timezone="UTC"' };
        const response = await emulator.handle(
          new Request(`https://graph.microsoft.com/v1.0${path}`, { headers }),
        );
        return (await response.json()) as T;
      };
      const from = DEFAULT_TEST_NOW.toISOString();
      const to = new Date(DEFAULT_TEST_NOW.getTime() + 30 * 864e5).toISOString();
      const view = await get<{ value: { subject: string; start: { dateTime: string } }[] }>(
        `/me/calendarView?startDateTime=${from}&endDateTime=${to}&$select=subject,start&$top=100`,
      );
      const coming = view.value.find((event) => event.subject === 'Marcus / Claire 1:1');
      if (!coming) throw new Error('no coming 1:1 with Marcus');
      const startKey = new Date(`${coming.start.dateTime.slice(0, 19)}Z`).toISOString();

      const at = new Date(Date.parse(startKey) + minutesIn * 60_000);
      expect(await writePairHistory(emulator, at)).toBe(true);
      // The leader's agenda, opened then, shows Marcus's topic in the brief of the 1:1 it opens on.
      tenant.server.use(...emulator.handlers);
      try {
        const opened = await openPairAgenda({
          graph: connectAs(tenant, SEED_PEOPLE.claire),
          store: memoryKeyValueStore(),
          counterpartEmail: SEED_PEOPLE.marcus,
          now: () => at,
        });
        const document = opened.session.space?.snapshot().document;
        const current = nextHeldOccurrence(opened.occurrences, at);
        if (!document || !current) throw new Error('no agenda');
        const brief = preparationBrief(document, opened.occurrences, current.key, 'leader', {
          now: at,
          timeZone: 'America/Toronto',
        });
        expect(brief?.topicsFromOther.map((topic) => topic.text)).toEqual([
          'Can I take the accessibility certification course in the new year?',
        ]);
        opened.session.dispose();
      } finally {
        tenant.server.resetHandlers();
      }
    },
  );
});
