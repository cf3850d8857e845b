import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeSpaceDocuments } from '../../src/domain/space/mergeSpaceDocuments';
import { parseSpaceDocument, serializeSpaceDocument } from '../../src/domain/space/parseSpaceDocument';
import type { SpaceDocument } from '../../src/domain/space/spaceDocument';
import { applySpaceEdit } from '../../src/domain/space/spaceEdits';
import { spaceDocumentCodec } from '../../src/services/agenda/agendaDocumentCodecs';

/** Version 1 documents as the version 1 release wrote them (see the folder's README). */
const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/space-v1');
const FIXTURES = readdirSync(FIXTURE_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, text: readFileSync(join(FIXTURE_DIR, name), 'utf8') }));

function parsed(text: string): SpaceDocument {
  const result = parseSpaceDocument(text);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.document;
}

describe('version 1 → 2 migration, over documents the version 1 release wrote', () => {
  it('has the fixtures', () => {
    expect(FIXTURES.map((f) => f.name).sort()).toEqual([
      'empty.json',
      'everyday.json',
      'hostile-text.json',
      'year-of-weekly.json',
    ]);
  });

  it.each(FIXTURES)('reads $name as version 2 with every version 1 field as it was', ({ text }) => {
    const v1 = JSON.parse(text) as Record<string, unknown>;
    expect(v1.version).toBe(1);
    const document = parsed(text);
    expect(document.version).toBe(2);
    for (const field of ['schema', 'spaceId', 'createdAt', 'leader', 'employee']) {
      expect(document[field as keyof SpaceDocument]).toEqual(v1[field]);
    }
    expect(document.topics).toEqual(v1.topics);
    expect(document.actionItems).toEqual(v1.actionItems);
    expect(document.occurrenceNotes).toEqual(v1.occurrenceNotes);
    // The new lists start empty; the pair's prompts on the defaults, stamped older than any edit.
    expect([document.expectations, document.growthGoals, document.coachingNotes, document.feedback]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    for (const register of Object.values(document.sectionPrompts)) {
      expect(register).toEqual({ prompts: null, stamps: { prompts: { at: v1.createdAt, by: 'leader' } } });
    }
  });

  it.each(FIXTURES)('writes $name as version 2 holding the version 1 text byte for byte', ({ text }) => {
    const written = serializeSpaceDocument(parsed(text));
    const v1Body = text.replace('"version": 1,', '"version": 2,').replace(/\n}\n$/, ',\n');
    expect(written.startsWith(v1Body)).toBe(true);
    expect(written.slice(v1Body.length)).toMatch(/^ {2}"expectations": \[\],\n/);
    // And the version 2 file reads back equal.
    expect(parseSpaceDocument(written)).toEqual({ ok: true, document: parsed(text) });
  });

  it('upgrades on the next write: an edit to a version 1 file writes version 2 with everything in it', () => {
    const everyday = FIXTURES.find((f) => f.name === 'everyday.json')?.text ?? '';
    const before = parsed(everyday);
    const edited = spaceDocumentCodec.apply(before, [
      {
        id: 'edit-1',
        at: '2026-09-20T10:00:00.000Z',
        by: 'leader',
        type: 'recordFeedback',
        feedbackId: 'fb-1',
        kind: 'recognition',
        text: 'The council briefing was clear and calm.',
        date: '2026-09-19',
        linkedTo: null,
      },
    ]);
    const file = spaceDocumentCodec.serialize(edited);
    expect(JSON.parse(file).version).toBe(2);
    const reread = parsed(file);
    expect(reread.topics).toEqual(before.topics);
    expect(reread.actionItems).toEqual(before.actionItems);
    expect(reread.occurrenceNotes).toEqual(before.occurrenceNotes);
    expect(reread.feedback.map((f) => f.text)).toEqual(['The council briefing was clear and calm.']);
  });

  it('merges an upgraded version 1 copy with a version 2 copy of the same space, losing neither', () => {
    const everyday = parsed(FIXTURES.find((f) => f.name === 'everyday.json')?.text ?? '');
    const employeeCopy = applySpaceEdit(everyday, {
      id: 'edit-2',
      at: '2026-09-21T10:00:00.000Z',
      by: 'employee',
      type: 'proposeGrowthGoal',
      growthGoalId: 'goal-1',
      capability: 'Presenting to council',
      nextStep: '',
      leaderSupport: '',
    });
    const merged = mergeSpaceDocuments(everyday, employeeCopy);
    expect(merged.topics).toEqual(everyday.topics);
    expect(merged.growthGoals.map((g) => [g.capability, g.confirmed])).toEqual([
      ['Presenting to council', false],
    ]);
  });
});
