import { afterEach, describe, expect, it } from 'vitest';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import type { DemoSeed } from '../../src/demo/seed/demoSeed.types';
import { actionItemFacts } from '../../src/domain/cadence/actionItemFacts';
import { computeTeamCadence } from '../../src/domain/cadence/computeTeamCadence';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import { openPairAgenda } from '../../src/services/agenda/openPairAgenda';
import { loadTeamOverview, type TeamOverview } from '../../src/services/team/loadTeamOverview';
import { connectAs } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerTest, SEED_PEOPLE } from '../support/graphEmulatorServer';

const TORONTO = 'America/Toronto';
const startTenant = graphEmulatorPerTest();
let overview: TeamOverview | null = null;
afterEach(() => {
  overview?.dispose();
  overview = null;
});

function cadenceOf(team: TeamOverview) {
  const rows = computeTeamCadence(
    team.members.map((member) => {
      const document = member.space?.snapshot().document ?? null;
      return {
        person: member.person,
        input: { ...member.calendar, actionItems: document ? actionItemFacts(document) : null },
      };
    }),
    { now: DEFAULT_TEST_NOW, timeZone: TORONTO },
  );
  return new Map(rows.map((row) => [row.person.displayName, row.cadence]));
}

async function load(seed?: DemoSeed) {
  const tenant = startTenant(seed ? { seed } : {});
  const graph = connectAs(tenant, SEED_PEOPLE.claire);
  overview = await loadTeamOverview({ graph, store: memoryKeyValueStore(), now: DEFAULT_TEST_NOW });
  return { graph, team: overview };
}

describe('the team overview on the demo tenant', () => {
  it('lists every direct report and flags Aisha, whose 1:1s ended 6 weeks ago with nothing booked', async () => {
    const { team } = await load();
    expect(team.members.map((member) => member.person.displayName).sort()).toEqual([
      'Aisha Benali',
      'Daniel Okafor',
      'Ethan Wong',
      'Julie Nguyen',
      'Marcus Lee',
      'Sophie Lavoie',
    ]);
    const cadence = cadenceOf(team);
    expect(cadence.get('Aisha Benali')).toMatchObject({
      daysSinceLast: 42,
      nextScheduled: null,
      flags: ['noRecentOneOnOne', 'nothingScheduled'],
    });
    // The ordering puts her first: she has the most flags.
    expect([...cadence.keys()][0]).toBe('Aisha Benali');

    const daniel = cadence.get('Daniel Okafor');
    expect(daniel).toMatchObject({ daysSinceLast: 1, daysUntilNext: 13, flags: [] });
    // Weekly on Tuesdays: 13 in the last 90 days; next week's is cancelled, so the next is in 13 days.
    expect(daniel?.heldInHistory).toBe(13);
    expect(daniel?.weeks.map((week) => week.held)).toEqual(Array(12).fill(1));
    // No shared space yet: nothing is known about action items.
    expect(daniel?.actionItems).toBeNull();
  });

  it("counts the organizer's cancelled occurrences from the series master (Marcus: 2 in 90 days)", async () => {
    const { team } = await load();
    const marcus = cadenceOf(team).get('Marcus Lee');
    expect(marcus?.cancelledInHistory).toBe(2);
    expect(marcus?.flags).toEqual(['frequentCancellations']);
  });

  it("counts cancelled occurrences of a series the report organizes from the leader's calendar copy", async () => {
    const seed = structuredClone(loadDefaultDemoSeed());
    const julies = seed.events.find((event) => event.subject === 'Julie / Claire weekly check-in');
    if (!julies) throw new Error('seed changed');
    julies.cancelledOccurrences = [`OID.${julies.id}.2026-11-06`, `OID.${julies.id}.2026-10-30`];
    const { team } = await load(seed);
    const julie = cadenceOf(team).get('Julie Nguyen');
    expect(julie?.cancelledInHistory).toBe(2);
    expect(julie?.flags).toContain('frequentCancellations');
  });

  it('reads action items from the shared space: open, overdue and follow-through', async () => {
    const tenant = startTenant();
    const graph = connectAs(tenant, SEED_PEOPLE.claire);
    const store = memoryKeyValueStore();
    const opened = await openPairAgenda({
      graph,
      store,
      counterpartEmail: SEED_PEOPLE.daniel,
      now: () => DEFAULT_TEST_NOW,
    });
    const space = opened.session.space;
    if (!space) throw new Error('no space');
    space.submit({
      id: 'e1',
      at: '2026-11-10T15:00:00.000Z',
      by: 'leader',
      type: 'addActionItem',
      actionItemId: 'late-item',
      text: 'Send the staffing plan',
      owner: 'employee',
      dueDate: '2026-11-13',
      createdInOccurrence: null,
    });
    await space.flush();
    opened.session.dispose();

    overview = await loadTeamOverview({ graph, store: memoryKeyValueStore(), now: DEFAULT_TEST_NOW });
    const daniel = cadenceOf(overview).get('Daniel Okafor');
    expect(daniel?.actionItems).toEqual({
      open: 1,
      overdue: 1,
      measured: 1,
      closedOnTime: 0,
      followThrough: 0,
    });
    expect(daniel?.flags).toEqual(['overdueActionItems']);
    // Reading the team never creates a space for the others.
    expect(overview.members.filter((member) => member.space !== null)).toHaveLength(1);
  });
});
