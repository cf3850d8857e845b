import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createPrivateNotes,
  mergePrivateNotes,
  type PrivateNotes,
  parsePrivateNotes,
  privateNoteFor,
  serializePrivateNotes,
  setPrivateNote,
} from '../../src/domain/space/privateNotes';

const W1 = '2026-11-02T14:00:00.000Z';
const W2 = '2026-11-09T14:00:00.000Z';

function set(notes: PrivateNotes, occurrence: string, text: string, now: string): PrivateNotes {
  const result = setPrivateNote(notes, occurrence, text, now);
  if (!result.ok) throw new Error(result.reason);
  return result.notes;
}

describe('private notes', () => {
  const empty = createPrivateNotes(' Sam@Contoso.test ');

  it('is keyed by the counterpart’s normalized email and holds one note per occurrence', () => {
    const notes = set(
      set(set(empty, W1, 'first', '2026-11-02T14:05:00.000Z'), W2, 'other', '2026-11-09T14:05:00.000Z'),
      W1,
      'second',
      '2026-11-02T14:06:00.000Z',
    );
    expect(notes.spaceKey).toBe('sam@contoso.test');
    expect(notes.notes.map((n) => [n.occurrence, n.text])).toEqual([
      [W1, 'second'],
      [W2, 'other'],
    ]);
    expect(privateNoteFor(notes, '2026-11-02T09:00:00-05:00')).toBe('second');
    expect(privateNoteFor(notes, '2026-12-01T00:00:00.000Z')).toBe('');
  });

  it('reports a note that is too long instead of cutting it', () => {
    expect(setPrivateNote(empty, W1, 'x'.repeat(20_001), W1)).toMatchObject({
      ok: false,
      reason: 'too-long',
    });
  });

  it('the note just typed wins even on a device whose clock is behind', () => {
    const notes = set(empty, W1, 'from the laptop', '2026-11-02T15:00:00.000Z');
    const fromPhone = set(notes, W1, 'from the phone', '2026-11-02T14:59:00.000Z');
    expect(privateNoteFor(fromPhone, W1)).toBe('from the phone');
    expect(privateNoteFor(mergePrivateNotes(notes, fromPhone), W1)).toBe('from the phone');
  });

  it('merges two devices’ copies: latest per occurrence, a cleared note stays cleared', () => {
    const laptop = set(
      set(empty, W1, 'old', '2026-11-02T14:05:00.000Z'),
      W2,
      'laptop W2',
      '2026-11-09T14:05:00.000Z',
    );
    const phone = set(set(empty, W1, 'old', '2026-11-02T14:05:00.000Z'), W1, '', '2026-11-03T08:00:00.000Z');
    const merged = mergePrivateNotes(laptop, phone);
    expect(privateNoteFor(merged, W1)).toBe('');
    expect(privateNoteFor(merged, W2)).toBe('laptop W2');
    expect(mergePrivateNotes(phone, laptop)).toEqual(merged);
  });

  it('merge is commutative, associative and idempotent', () => {
    const note = fc.record({
      occurrence: fc.constantFrom(W1, W2),
      text: fc.constantFrom('', 'a', 'b'),
      updatedAt: fc.constantFrom('2026-11-02T14:05:00.000Z', '2026-11-02T14:06:00.000Z'),
    });
    const copy = fc
      .uniqueArray(note, { selector: (n) => n.occurrence })
      .map((notes) => ({ ...empty, notes: notes.sort((a, b) => (a.occurrence < b.occurrence ? -1 : 1)) }));
    fc.assert(
      fc.property(copy, copy, copy, (a, b, c) => {
        expect(mergePrivateNotes(a, b)).toEqual(mergePrivateNotes(b, a));
        expect(mergePrivateNotes(mergePrivateNotes(a, b), c)).toEqual(
          mergePrivateNotes(a, mergePrivateNotes(b, c)),
        );
        expect(mergePrivateNotes(a, a)).toEqual(a);
      }),
    );
  });

  it('round-trips through its file, and never carries anything shared', () => {
    const notes = set(empty, W1, 'Only for me', '2026-11-02T14:05:00.000Z');
    const raw = serializePrivateNotes(notes);
    expect(parsePrivateNotes(raw)).toEqual({ ok: true, document: notes });
    expect(Object.keys(JSON.parse(raw))).toEqual(['schema', 'version', 'spaceKey', 'notes']);
    expect(parsePrivateNotes(raw.replace('one-on-one-private-notes', 'one-on-one-space'))).toMatchObject({
      ok: false,
    });
  });
});
