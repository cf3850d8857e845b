import { describe, expect, it } from 'vitest';
import { parseKnownFields } from '../../src/domain/space/parseKnownFields';
import { parseSpaceDocument, serializeSpaceDocument } from '../../src/domain/space/parseSpaceDocument';
import { readNewerSpaceDocument } from '../../src/domain/space/readNewerSpaceDocument';
import { personSchema } from '../../src/domain/space/spaceDocumentSchema';
import { applySpaceEdits } from '../../src/domain/space/spaceEdits';
import { addActionItemEdit, addTopicEdit, emptySpace, spaceEdit } from '../support/spaceBuilders';

const written = applySpaceEdits(emptySpace(), [
  addTopicEdit({ topicId: 't1', text: 'Workload this month', at: '2026-11-01T10:00:00.000Z' }),
  addTopicEdit({
    topicId: 't2',
    text: 'Course budget',
    at: '2026-11-01T10:01:00.000Z',
    section: 'capability',
  }),
  addTopicEdit({ topicId: 't3', text: 'Deleted later', at: '2026-11-01T10:02:00.000Z' }),
  spaceEdit('deleteTopic', { topicId: 't3', at: '2026-11-01T10:03:00.000Z' }),
  addActionItemEdit({ actionItemId: 'a1', at: '2026-11-01T10:04:00.000Z', dueDate: '2026-11-20' }),
  spaceEdit('proposeExpectation', {
    expectationId: 'e1',
    priority: 'Clear the permit backlog',
    whatGoodLooksLike: 'Under 20 open files by March',
    goalLink: null,
    reviewDate: null,
    at: '2026-11-01T10:05:00.000Z',
  }),
  spaceEdit('recordFeedback', {
    feedbackId: 'f1',
    kind: 'recognition',
    text: 'The council briefing was clear.',
    date: '2026-11-01',
    linkedTo: null,
    at: '2026-11-01T10:06:00.000Z',
  }),
]);

/** The written document as a version 3 app might store it: new fields at every level, a new list. */
function asVersion3(mutate: (json: Record<string, unknown>) => void = () => {}): string {
  const json = JSON.parse(serializeSpaceDocument(written));
  json.version = 3;
  json.reactions = [{ id: 'r1', emoji: '👍' }];
  json.leader.pronouns = 'she/her';
  for (const topic of json.topics) {
    topic.reactions = [];
    topic.stamps.reactions = { at: '2026-11-02T10:00:00.000Z', by: 'employee' };
  }
  json.expectations[0].weight = 3;
  mutate(json);
  return JSON.stringify(json);
}

describe('reading a space that a newer version wrote, read-only', () => {
  it('is still refused for editing, as its own outcome', () => {
    const parsed = parseSpaceDocument(asVersion3());
    expect(parsed.ok === false && parsed.reason).toBe('newer-version');
  });

  it('extracts the topics, action items, priorities and feedback it knows, without the unknown fields', () => {
    const read = readNewerSpaceDocument(asVersion3());
    expect(read?.leader).toEqual(written.leader);
    expect(read?.topics).toEqual(written.topics);
    expect(read?.topics.find((t) => t.id === 't3')?.deleted).toBe(true);
    expect(read?.actionItems).toEqual(written.actionItems);
    expect(read?.expectations).toEqual(written.expectations);
    expect(read?.feedback).toEqual(written.feedback);
    expect(read?.sectionPrompts).toEqual(written.sectionPrompts);
    expect(JSON.stringify(read)).not.toMatch(/reactions|pronouns|weight/);
  });

  it('skips an entry whose known fields it cannot read and keeps the others', () => {
    const read = readNewerSpaceDocument(
      asVersion3((json) => {
        const topics = json.topics as Record<string, unknown>[];
        (topics[0] as Record<string, unknown>).section = 'wellbeing';
        json.growthGoals = 'moved to another file';
        json.sectionPrompts = { checkIn: 'not what this version knows' };
      }),
    );
    expect(read?.topics.map((t) => t.id)).toEqual(['t2', 't3']);
    expect(read?.growthGoals).toEqual([]);
    expect(read?.sectionPrompts.checkIn.prompts).toBeNull();
    expect(read?.actionItems).toHaveLength(1);
  });

  it('reads nothing when the identity of the space is unreadable, or the file is not a newer space', () => {
    expect(
      readNewerSpaceDocument(asVersion3((json) => Object.assign(json, { leader: 'Claire' }))),
    ).toBeNull();
    expect(readNewerSpaceDocument(serializeSpaceDocument(written))).toBeNull();
    expect(readNewerSpaceDocument('{"schema":"something-else","version":3}')).toBeNull();
    expect(readNewerSpaceDocument('not json')).toBeNull();
  });

  it('leaves out unknown keys without touching the input, and keeps a __proto__ key from polluting', () => {
    const input = JSON.parse('{"id":"x","email":"a@b.c","name":"A","__proto__":{"polluted":true}}');
    expect(parseKnownFields(personSchema, input)).toEqual({ id: 'x', email: 'a@b.c', name: 'A' });
    expect(Object.keys(input)).toContain('__proto__');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(parseKnownFields(personSchema, { id: 'x', email: '', name: 'A', extra: 1 })).toBeNull();
  });
});
