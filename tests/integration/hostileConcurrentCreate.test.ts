/**
 * A hostile race, not a hostile text: two copies of the app create the leader's space at the same moment
 * (My 1:1s' background invite sync and the agenda opened at once; or Teams and Outlook open side by side).
 * Each starts from its own new document (its own spaceId); one create wins, the other gets 412 and must
 * take the winner's space and still write its edits.
 *
 * The loser's merge takes the winner's document when the space ids differ (spaceDocumentCodec), and its
 * outbox edits are applied on top.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SpaceDocument } from '../../src/domain/space/spaceDocument';
import type { GraphConnection } from '../../src/graph/createGraphClient';
import { getPeopleAroundMe } from '../../src/graph/people';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import { leaderSpaceDocument } from '../../src/services/agenda/agendaSession';
import { connectAs } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile();
let leader: GraphConnection;

beforeAll(() => {
  leader = connectAs(tenant, SEED_PEOPLE.claire);
});

describe('two copies of the app creating the same space at once', () => {
  it('the one whose create lost takes the winner’s space and saves its edits', async () => {
    const { me } = await getPeopleAroundMe(leader);
    const participants = {
      me,
      counterpart: { email: SEED_PEOPLE.ethan, name: 'Ethan Wong' },
      myRole: 'leader' as const,
    };
    const open = () =>
      leaderSpaceDocument({
        graph: leader,
        store: memoryKeyValueStore(),
        participants,
        now: () => DEFAULT_TEST_NOW,
      });
    const first = open();
    const second = open();
    await Promise.all([first.load(), second.load()]);
    const states = [first.snapshot().status.state, second.snapshot().status.state];
    const loser = states[0] === 'saved' ? second : first;
    const document = loser.snapshot().document as SpaceDocument;
    loser.submit({
      id: crypto.randomUUID(),
      at: DEFAULT_TEST_NOW.toISOString(),
      by: 'leader',
      type: 'addTopic',
      topicId: crypto.randomUUID(),
      section: 'direction',
      text: 'Typed while the other copy created the space',
      order: 1,
      createdForOccurrence: null,
    });
    await loser.flush();
    first.dispose();
    second.dispose();
    expect(document).not.toBeNull();
    expect(loser.snapshot()).toMatchObject({ status: { state: 'saved' }, pendingEdits: 0 });
  });
});
