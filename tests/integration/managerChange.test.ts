import { describe, expect, it } from 'vitest';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';
import { applySpaceEdits } from '../../src/domain/space/spaceEdits';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import { openPairAgenda } from '../../src/services/agenda/openPairAgenda';
import { refreshEmployeeMirror } from '../../src/services/record/employeeMirror';
import { acceptCarryIn, declineCarryIn, findCarryInOffers } from '../../src/services/record/managerChange';
import { connectAs } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerTest, SEED_PEOPLE } from '../support/graphEmulatorServer';
import { emptySpace, spaceEdit } from '../support/spaceBuilders';

const startTenant = graphEmulatorPerTest();
const now = () => DEFAULT_TEST_NOW;

/** The default seed, with Daniel now reporting to Priya instead of Claire (what `/me/manager` then says). */
function seedWithNewManager() {
  const seed = structuredClone(loadDefaultDemoSeed());
  const priya = seed.users.find((u) => u.userPrincipalName === SEED_PEOPLE.priya);
  const daniel = seed.users.find((u) => u.userPrincipalName === SEED_PEOPLE.daniel);
  if (!priya || !daniel) throw new Error('seed people missing');
  daniel.managerId = priya.id;
  return seed;
}

/** Daniel's copy of his space with Claire, as his app kept it. */
function previousSpace() {
  const claire = { id: 'id-claire', email: SEED_PEOPLE.claire, name: 'Claire Tremblay' };
  const daniel = { id: 'id-daniel', email: SEED_PEOPLE.daniel, name: 'Daniel Okafor' };
  return applySpaceEdits(
    {
      ...emptySpace('2026-01-05T12:00:00.000Z'),
      spaceId: 'space-claire-daniel',
      leader: claire,
      employee: daniel,
    },
    [
      spaceEdit('addActionItem', {
        actionItemId: 'a1',
        at: '2026-10-01T10:00:00.000Z',
        by: 'employee',
        text: 'Publish the roadmap',
        owner: 'employee',
        dueDate: '2026-12-15',
        createdInOccurrence: null,
      }),
      spaceEdit('proposeExpectation', {
        expectationId: 'e1',
        at: '2026-10-01T10:00:00.000Z',
        priority: 'Grow the partner program',
        whatGoodLooksLike: 'Three partners',
        goalLink: null,
        reviewDate: null,
      }),
      spaceEdit('proposeGrowthGoal', {
        growthGoalId: 'g1',
        at: '2026-10-01T10:00:00.000Z',
        capability: 'Negotiation',
        nextStep: 'Shadow a contract',
        leaderSupport: '',
      }),
      spaceEdit('setSharedNote', {
        occurrence: '2026-10-06T14:00:00.000Z',
        at: '2026-10-06T15:00:00.000Z',
        text: 'Claire and Daniel only',
      }),
    ],
  );
}

describe('a manager change', () => {
  it('offers the employee to carry their work into the new manager’s space, and carries it only once they agree', async () => {
    const tenant = startTenant({ seed: seedWithNewManager() });
    const daniel = connectAs(tenant, SEED_PEOPLE.daniel);
    const priya = connectAs(tenant, SEED_PEOPLE.priya);
    await refreshEmployeeMirror(daniel, previousSpace());

    // The new manager's app creates and shares their space with Daniel.
    const leader = await openPairAgenda({
      graph: priya,
      store: memoryKeyValueStore(),
      counterpartEmail: SEED_PEOPLE.daniel,
      now,
    });
    expect(leader.session.participants.myRole).toBe('leader');
    const store = memoryKeyValueStore();
    const employee = await openPairAgenda({
      graph: daniel,
      store,
      counterpartEmail: SEED_PEOPLE.priya,
      reference: leader.session.reference,
      now,
    });
    expect(employee.session.participants.myRole).toBe('employee');
    const space = employee.session.space;
    const newSpace = space?.snapshot().document;
    if (!space || !newSpace) throw new Error('Daniel cannot open the new space');

    const [offer, ...others] = await findCarryInOffers(daniel, store, SEED_PEOPLE.daniel, newSpace);
    expect(others).toEqual([]);
    expect(offer?.previousLeader.email).toBe(SEED_PEOPLE.claire);
    // Nothing moves before the employee agrees.
    await leader.session.space?.load();
    expect(leader.session.space?.snapshot().document?.actionItems).toEqual([]);

    if (!offer) throw new Error('no offer');
    await acceptCarryIn(store, SEED_PEOPLE.daniel, offer, space);
    await leader.session.space?.load();
    const carried = leader.session.space?.snapshot().document;
    expect(carried?.actionItems.map((i) => i.text)).toEqual(['Publish the roadmap']);
    expect(carried?.expectations.map((e) => [e.priority, e.confirmed])).toEqual([
      ['Grow the partner program', false],
    ]);
    expect(carried?.growthGoals.map((g) => g.capability)).toEqual(['Negotiation']);
    expect(JSON.stringify(carried)).not.toContain('Claire and Daniel only');
    // Answered: not offered again.
    expect(await findCarryInOffers(daniel, store, SEED_PEOPLE.daniel, newSpace)).toEqual([]);
    const otherDevice = memoryKeyValueStore();
    const [again] = await findCarryInOffers(daniel, otherDevice, SEED_PEOPLE.daniel, newSpace);
    if (!again) throw new Error('no offer on the other device');
    declineCarryIn(otherDevice, SEED_PEOPLE.daniel, again, newSpace.spaceId);
    expect(await findCarryInOffers(daniel, otherDevice, SEED_PEOPLE.daniel, newSpace)).toEqual([]);
    leader.session.dispose();
    employee.session.dispose();
  });
});
