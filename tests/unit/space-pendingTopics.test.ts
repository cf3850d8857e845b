import { describe, expect, it } from 'vitest';
import { isTopicLive } from '../../src/domain/space/entityLiveness';
import {
  absorbPendingTopics,
  addPendingEdit,
  createPendingTopics,
  parsePendingTopics,
  pendingTopicList,
  removePendingEdits,
  serializePendingTopics,
} from '../../src/domain/space/pendingTopics';
import { applySpaceEdit } from '../../src/domain/space/spaceEdits';
import { addTopicEdit, emptySpace, LEADER, spaceEdit } from '../support/spaceBuilders';

const typedBeforeTheSpaceExisted = [
  addTopicEdit({ topicId: 'p1', text: 'Promotion path', at: '2026-10-20T09:00:00.000Z' }),
  addTopicEdit({
    topicId: 'p2',
    text: 'Training budget',
    at: '2026-10-20T09:01:00.000Z',
    section: 'capability',
  }),
  spaceEdit('editTopicText', {
    topicId: 'p1',
    text: 'Promotion path for next year',
    at: '2026-10-20T09:02:00.000Z',
    by: 'employee',
  }),
  addTopicEdit({ topicId: 'p3', text: 'Changed my mind', at: '2026-10-20T09:03:00.000Z' }),
  spaceEdit('deleteTopic', { topicId: 'p3', at: '2026-10-20T09:04:00.000Z', by: 'employee' }),
];

function pendingFor(email: string) {
  return typedBeforeTheSpaceExisted.reduce(addPendingEdit, createPendingTopics(email));
}

describe('pending topics', () => {
  it('shows the employee what they typed while the space does not exist yet', () => {
    expect(pendingTopicList(pendingFor(LEADER.email)).map((t) => t.text)).toEqual([
      'Promotion path for next year',
      'Training budget',
    ]);
  });

  it('records an edit once, even if saved twice', () => {
    const pending = pendingFor(LEADER.email);
    expect(addPendingEdit(pending, typedBeforeTheSpaceExisted[0]!)).toBe(pending);
  });

  it('joins the shared space with every topic, as the employee left them', () => {
    const { document, absorbedEditIds } = absorbPendingTopics(emptySpace(), pendingFor(LEADER.email));
    expect(document.topics.filter(isTopicLive).map((t) => [t.id, t.author, t.text])).toEqual([
      ['p1', 'employee', 'Promotion path for next year'],
      ['p2', 'employee', 'Training budget'],
    ]);
    expect(absorbedEditIds).toEqual(typedBeforeTheSpaceExisted.map((e) => e.id));
  });

  it('absorbing again (a crash before the pending file was cleared) duplicates nothing', () => {
    const pending = pendingFor(LEADER.email);
    const once = absorbPendingTopics(emptySpace(), pending).document;
    expect(absorbPendingTopics(once, pending).document).toBe(once);
  });

  it('absorbing again after the leader edited or deleted those topics undoes nothing', () => {
    const pending = pendingFor(LEADER.email);
    let space = absorbPendingTopics(emptySpace(), pending).document;
    space = applySpaceEdit(
      space,
      spaceEdit('editTopicText', {
        topicId: 'p2',
        text: 'Training budget (Q1)',
        at: '2026-11-01T10:00:00.000Z',
      }),
    );
    space = applySpaceEdit(
      space,
      spaceEdit('deleteTopic', { topicId: 'p1', at: '2026-11-01T10:01:00.000Z' }),
    );
    const again = absorbPendingTopics(space, pending).document;
    expect(again).toBe(space);
    expect(again.topics.filter(isTopicLive).map((t) => t.text)).toEqual(['Training budget (Q1)']);
  });

  it('does not absorb topics meant for another leader', () => {
    const space = emptySpace();
    expect(absorbPendingTopics(space, pendingFor('someone.else@contoso.test'))).toEqual({
      document: space,
      absorbedEditIds: [],
    });
    expect(absorbPendingTopics(space, pendingFor('  DANA@Contoso.test ')).absorbedEditIds).toHaveLength(5);
  });

  it('clears absorbed edits and keeps those typed meanwhile', () => {
    const pending = pendingFor(LEADER.email);
    const { absorbedEditIds } = absorbPendingTopics(emptySpace(), pending);
    const typedMeanwhile = addTopicEdit({
      topicId: 'p4',
      text: 'Typed meanwhile',
      at: '2026-10-21T09:00:00.000Z',
    });
    const cleared = removePendingEdits(addPendingEdit(pending, typedMeanwhile), absorbedEditIds);
    expect(cleared.edits).toEqual([typedMeanwhile]);
  });

  it('round-trips through its file and reports a bad one', () => {
    const pending = pendingFor(LEADER.email);
    expect(parsePendingTopics(serializePendingTopics(pending))).toEqual({ ok: true, document: pending });
    const broken = JSON.parse(serializePendingTopics(pending));
    broken.edits[1].type = 'addTopics';
    const result = parsePendingTopics(JSON.stringify(broken));
    expect(result).toEqual({
      ok: false,
      reason: 'unreadable',
      problems: [expect.stringMatching(/^edits\[1\]\.type: unknown type; expected one of addTopic, /)],
    });
  });
});
