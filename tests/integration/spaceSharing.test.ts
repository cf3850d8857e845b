import { beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryPerson } from '../../src/domain/calendarEvent';
import type { SpaceReference } from '../../src/domain/space/spaceReference';
import type { GraphConnection } from '../../src/graph/createGraphClient';
import { getPeopleAroundMe } from '../../src/graph/people';
import { type KeyValueStore, memoryKeyValueStore } from '../../src/host/keyValueStore';
import { openAgendaSession } from '../../src/services/agenda/agendaSession';
import { spaceCounterpartEmail } from '../../src/services/agenda/spaceCounterpart';
import { connectAs } from '../support/demoGraphConnection';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile();
let leaderGraph: GraphConnection;
let employeeGraph: GraphConnection;
let claire: DirectoryPerson;
let aisha: DirectoryPerson;

// One retry: the SDK's back-off grows exponentially, and one is enough to show a failure outlasts it.
const RETRY = { delaySeconds: 0, maxRetries: 1 };

beforeAll(async () => {
  leaderGraph = connectAs(tenant, SEED_PEOPLE.claire, RETRY);
  employeeGraph = connectAs(tenant, SEED_PEOPLE.aisha, RETRY);
  claire = (await getPeopleAroundMe(leaderGraph)).me;
  aisha = (await getPeopleAroundMe(employeeGraph)).me;
});

const NOW = () => new Date('2026-11-18T15:00:00Z');
/** Every attempt the Graph client makes at one request: the first and its retries. */
const ATTEMPTS = RETRY.maxRetries + 1;

function openAs(side: 'leader' | 'employee', store: KeyValueStore, reference: SpaceReference | null = null) {
  return openAgendaSession({
    graph: side === 'leader' ? leaderGraph : employeeGraph,
    store,
    participants:
      side === 'leader'
        ? { me: claire, counterpart: { email: aisha.email, name: aisha.displayName }, myRole: 'leader' }
        : { me: aisha, counterpart: { email: claire.email, name: claire.displayName }, myRole: 'employee' },
    upcomingEventIds: async () => [],
    reference,
    now: NOW,
  });
}

describe('sharing the space with the employee', () => {
  it('reports a failed share to the leader, and shares it when the leader retries', async () => {
    // OneDrive keeps refusing the invite, past the client's own retries.
    tenant.emulator.faults.enqueue({ status: 503, times: ATTEMPTS, match: '/invite' });
    const leaderStore = memoryKeyValueStore();
    const leader = await openAs('leader', leaderStore);
    // The leader's own agenda works: only the share failed, and the session says so.
    expect(leader.space?.snapshot().status.state).toBe('saved');
    const reference = leader.reference;
    if (!reference) throw new Error('no reference after the space was saved');
    expect(leader.sharing?.current()).toMatchObject({
      state: 'failed',
      error: { kind: 'unavailable', status: 503 },
    });
    expect(tenant.emulator.faults.served.filter((fault) => fault.path.endsWith('/invite'))).toHaveLength(
      ATTEMPTS,
    );

    // Meanwhile the employee who follows the link is refused, and told who has to act.
    expect(await spaceCounterpartEmail(employeeGraph, reference, aisha.email)).toEqual({
      kind: 'not-shared',
    });
    const employee = await openAs('employee', memoryKeyValueStore(), reference);
    expect(employee.space?.snapshot().status).toMatchObject({ state: 'error', error: { kind: 'forbidden' } });

    const heard: string[] = [];
    leader.sharing?.subscribe((status) => heard.push(status.state));
    await leader.sharing?.retry();
    expect(leader.sharing?.current()).toEqual({ state: 'shared' });
    expect(heard).toEqual(['pending', 'shared']);

    // Now the employee's next look (the view refreshes on focus and every 30 s) opens the space.
    await employee.space?.refresh();
    expect(employee.space?.snapshot().status.state).toBe('saved');
    expect(await spaceCounterpartEmail(employeeGraph, reference, aisha.email)).toEqual({
      kind: 'found',
      email: claire.email,
    });

    // Shared once on this device: reopening does not invite again.
    const requests: string[] = [];
    const record = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname.endsWith('/invite')) requests.push(request.url);
    };
    tenant.server.events.on('request:start', record);
    const again = await openAs('leader', leaderStore);
    tenant.server.events.removeListener('request:start', record);
    expect(again.sharing?.current()).toEqual({ state: 'shared' });
    expect(requests).toEqual([]);
    for (const session of [leader, employee, again]) session.dispose();
  });

  it('says a lookup of the linked space failed, instead of answering "nobody"', async () => {
    const leader = await openAs('leader', memoryKeyValueStore());
    const reference = leader.reference;
    if (!reference) throw new Error('no reference after the space was saved');
    expect(leader.sharing?.current()).toEqual({ state: 'shared' });
    tenant.emulator.faults.enqueue({ status: 503, times: ATTEMPTS, match: '/drives/' });
    expect(await spaceCounterpartEmail(employeeGraph, reference, aisha.email)).toMatchObject({
      kind: 'failed',
      error: { kind: 'unavailable' },
    });
    expect(await spaceCounterpartEmail(employeeGraph, reference, aisha.email)).toEqual({
      kind: 'found',
      email: claire.email,
    });
    leader.dispose();
  });
});
