import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSpaceDocument, serializeSpaceDocument } from '../../src/domain/space/parseSpaceDocument';
import { applySpaceEdits } from '../../src/domain/space/spaceEdits';
import {
  addActionItemEdit,
  addTopicEdit,
  emptySpace,
  generateSpaceDocument,
  spaceEdit,
} from '../support/spaceBuilders';

const sample = applySpaceEdits(emptySpace(), [
  addTopicEdit({ topicId: 't1', text: 'Workload <b>really</b> & "quotes"', at: '2026-11-01T10:00:00.000Z' }),
  addTopicEdit({
    topicId: 't2',
    text: 'שלום 👋🏽 café',
    at: '2026-11-01T10:01:00.000Z',
    section: 'capability',
  }),
  addActionItemEdit({ actionItemId: 'a1', at: '2026-11-01T10:02:00.000Z', dueDate: '2026-11-20' }),
  spaceEdit('setSharedNote', {
    occurrence: '2026-11-02T14:00:00.000Z',
    text: 'Notes',
    at: '2026-11-02T14:10:00.000Z',
  }),
]);

/** The sample as plain JSON, changed by `mutate`. */
function variant(
  mutate: (json: Record<string, unknown> & { topics: Record<string, unknown>[] }) => void,
): string {
  const json = JSON.parse(serializeSpaceDocument(sample));
  mutate(json);
  return JSON.stringify(json);
}

function problemsOf(raw: string): string[] {
  const result = parseSpaceDocument(raw);
  if (result.ok) throw new Error('expected a problem');
  return result.problems;
}

describe('parseSpaceDocument', () => {
  it('reads back what serializeSpaceDocument wrote', () => {
    expect(parseSpaceDocument(serializeSpaceDocument(sample))).toEqual({ ok: true, document: sample });
    const large = generateSpaceDocument(300, 7);
    expect(parseSpaceDocument(serializeSpaceDocument(large))).toEqual({ ok: true, document: large });
  });

  it('serializes with a stable key order and one entity per line', () => {
    // Same content, keys in another order.
    const shuffled = {
      ...sample,
      topics: sample.topics.map((t) => Object.fromEntries(Object.entries(t).reverse()) as typeof t),
    };
    const text = serializeSpaceDocument(shuffled);
    expect(text).toBe(serializeSpaceDocument(sample));
    expect(text.split('\n').filter((line) => line.startsWith('    {"id":"t')).length).toBe(2);
    expect(text.startsWith('{\n  "schema": "one-on-one-space",\n  "version": 2,')).toBe(true);
  });

  it.each([
    ['malformed JSON', '{"schema": "one-on-one-space",', /not valid JSON/],
    ['an empty file', '', /not valid JSON/],
    ['a JSON array', '[]', /does not hold a JSON object/],
    [
      'another kind of document',
      '{"schema":"one-on-one-private-notes","version":1}',
      /not a 1:1 space file.*one-on-one-private-notes/,
    ],
    ['no schema name', '{"version":1}', /found no schema name/],
    [
      'a version that is not a number',
      '{"schema":"one-on-one-space","version":"1"}',
      /version: expected a whole number/,
    ],
  ])('explains %s', (_name, raw, message) => {
    expect(problemsOf(raw)).toEqual([expect.stringMatching(message)]);
  });

  it('says when a newer version of the app wrote the file, as its own outcome', () => {
    expect(
      parseSpaceDocument(variant((json) => Object.assign(json, { version: 3, futureList: [] }))),
    ).toEqual({
      ok: false,
      reason: 'newer-version',
      foundVersion: 3,
      readsUpTo: 2,
      problems: [
        'This 1:1 space was made by a newer version of the app (version 3; this app reads up to 2). This app leaves it unchanged: update the app to edit it.',
      ],
    });
  });

  it('calls a damaged file unreadable, not newer', () => {
    const result = parseSpaceDocument(
      variant((json) => Object.assign(json.topics[0] ?? {}, { color: 'red' })),
    );
    expect(result.ok === false && result.reason).toBe('unreadable');
  });

  it.each<[string, (json: Record<string, unknown> & { topics: Record<string, unknown>[] }) => void, string]>([
    [
      'a bad enum value',
      (json) => Object.assign(json.topics[1] ?? {}, { status: 'done' }),
      'topics[1].status: expected one of open, discussed, deferred',
    ],
    ['a missing field', (json) => delete json.topics[0]?.text, 'topics[0].text: is missing'],
    [
      'a wrong type',
      (json) => Object.assign(json.topics[0] ?? {}, { order: '1' }),
      'topics[0].order: expected a number, found "1"',
    ],
    [
      'an unknown field',
      (json) => Object.assign(json.topics[0] ?? {}, { color: 'red' }),
      'topics[0]: unexpected field color',
    ],
    [
      'a bad instant',
      (json) => Object.assign(json, { createdAt: '2026-11-01' }),
      'createdAt: expected an instant like 2026-11-02T09:00:00.000Z',
    ],
    [
      'an impossible date',
      (json) =>
        Object.assign((json.actionItems as Record<string, unknown>[])[0] ?? {}, { dueDate: '2026-02-30' }),
      'actionItems[0].dueDate: is not a real date',
    ],
    [
      'a blank topic',
      (json) => Object.assign(json.topics[0] ?? {}, { text: '   ' }),
      'topics[0].text: must not be empty',
    ],
    [
      'a too-long topic',
      (json) => Object.assign(json.topics[0] ?? {}, { text: 'x'.repeat(2001) }),
      'topics[0].text: is longer than 2,000 characters',
    ],
    [
      'a bad stamp',
      (json) =>
        Object.assign(json.topics[0] ?? {}, {
          stamps: {
            ...(json.topics[0]?.stamps as object),
            deleted: { at: '2026-11-01T10:00:00.000Z', by: 'admin' },
          },
        }),
      'topics[0].stamps.deleted.by: expected one of leader, employee',
    ],
    [
      'a list instead of an object',
      (json) => Object.assign(json, { leader: [] }),
      'leader: expected an object, found a list',
    ],
  ])('points at %s', (_name, mutate, expected) => {
    expect(problemsOf(variant(mutate))).toEqual([expected]);
  });

  it('lists several problems, capped so a broken file stays readable', () => {
    const raw = variant((json) => {
      for (const topic of json.topics) topic.status = 'nope';
      json.topics.push(...Array.from({ length: 30 }, () => ({})));
    });
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(21);
    expect(problems[0]).toBe('topics[0].status: expected one of open, discussed, deferred');
    expect(problems[20]).toMatch(/^…and \d+ more problems$/);
  });

  it('repairs entries that repeat an id by merging them, rather than refusing the file', () => {
    const raw = variant((json) => {
      const copy = {
        ...json.topics[0],
        text: 'Edited later',
        stamps: {
          ...(json.topics[0]?.stamps as object),
          text: { at: '2026-11-05T00:00:00.000Z', by: 'leader' },
        },
      };
      json.topics.push(copy);
    });
    const result = parseSpaceDocument(raw);
    expect(result.ok && result.document.topics.map((t) => [t.id, t.text])).toEqual([
      ['t1', 'Edited later'],
      ['t2', 'שלום 👋🏽 café'],
    ]);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ schema: 'one-on-one-space', version: 1, topics: v })),
        ),
        (raw) => {
          const result = parseSpaceDocument(raw);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
