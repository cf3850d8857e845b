import { describe, expect, it } from 'vitest';
import { MAX_PERIOD_SUMMARIES, type SummarySections } from '../../src/domain/record/periodSummary';
import { midYearPeriod, quarterPeriod } from '../../src/domain/record/recordPeriod';
import { summaryRevisions, summaryWriteFor } from '../../src/domain/record/summaryRevisions';
import { mergeSpaceDocuments } from '../../src/domain/space/mergeSpaceDocuments';
import { parseSpaceDocument, serializeSpaceDocument } from '../../src/domain/space/parseSpaceDocument';
import type { SpaceDocument } from '../../src/domain/space/spaceDocument';
import { spaceEditSchema } from '../../src/domain/space/spaceEditSchema';
import { applySpaceEdit, type SpaceEdit } from '../../src/domain/space/spaceEdits';
import { HOSTILE_TOPICS } from '../fixtures/hostileInput';
import { emptySpace, spaceEdit } from '../support/spaceBuilders';

const MID_YEAR = midYearPeriod(2026);

function sections(word: string): SummarySections {
  return {
    direction: `${word}: direction`,
    capability: `${word}: capability`,
    accountability: `${word}: accountability`,
    relationship: `${word}: relationship`,
  };
}

function write(document: SpaceDocument, word: string, at: string, newId = `s-${at}`): SpaceDocument {
  return applySpaceEdit(
    document,
    summaryWriteFor(document, MID_YEAR, sections(word), { newId, editId: `w-${at}`, at }),
  );
}

function acknowledge(
  document: SpaceDocument,
  at: string,
  comment = 'I disagree with point 2',
): SpaceDocument {
  const latest = summaryRevisions(document, MID_YEAR).at(-1);
  if (latest === undefined) throw new Error('nothing to acknowledge');
  return applySpaceEdit(
    document,
    spaceEdit('acknowledgePeriodSummary', {
      at,
      by: 'employee',
      summaryId: latest.summaryId,
      comment,
      sections: latest.sections,
      sectionsWrittenAt: latest.writtenAt,
    }),
  );
}

function roundTrip(document: SpaceDocument): SpaceDocument {
  const parsed = parseSpaceDocument(serializeSpaceDocument(document));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  return parsed.document;
}

describe('period summaries: written by the leader, acknowledged by the employee', () => {
  it('edits the draft in place until it is acknowledged, then starts a new revision and keeps the first', () => {
    let document = write(emptySpace(), 'draft', '2026-06-20T10:00:00.000Z', 's1');
    document = write(document, 'final', '2026-06-21T10:00:00.000Z', 'unused');
    expect(document.periodSummaries).toHaveLength(1);
    document = acknowledge(document, '2026-06-22T10:00:00.000Z');
    document = write(document, 'revised', '2026-06-25T10:00:00.000Z', 's2');
    const revisions = summaryRevisions(roundTrip(document), MID_YEAR);
    expect(
      revisions.map((r) => [r.number, r.summaryId, r.sections.direction, r.acknowledgement?.comment ?? null]),
    ).toEqual([
      [1, 's1', 'final: direction', 'I disagree with point 2'],
      [2, 's2', 'revised: direction', null],
    ]);
    expect(revisions[0]?.acknowledgement?.at).toBe('2026-06-22T10:00:00.000Z');
    expect(revisions[1]?.canAcknowledge).toBe(true);
    expect(document.periodSummaries?.find((s) => s.id === 's2')?.previousRevisionId).toBe('s1');
  });

  it('only the leader writes or deletes, only the employee acknowledges; an acknowledged one is never deleted', () => {
    const draft = write(emptySpace(), 'draft', '2026-06-20T10:00:00.000Z', 's1');
    const byEmployee = {
      ...summaryWriteFor(draft, MID_YEAR, sections('x'), {
        newId: 's9',
        editId: 'e',
        at: '2026-06-21T10:00:00.000Z',
      }),
      by: 'employee' as const,
    };
    expect(applySpaceEdit(draft, byEmployee)).toBe(draft);
    const leaderAck = spaceEdit('acknowledgePeriodSummary', {
      at: '2026-06-22T10:00:00.000Z',
      by: 'leader',
      summaryId: 's1',
      comment: '',
      sections: sections('draft'),
      sectionsWrittenAt: '2026-06-20T10:00:00.000Z',
    });
    expect(applySpaceEdit(draft, leaderAck)).toBe(draft);
    const acknowledged = acknowledge(draft, '2026-06-22T10:00:00.000Z');
    const del = spaceEdit('deletePeriodSummary', { at: '2026-06-23T10:00:00.000Z', summaryId: 's1' });
    expect(applySpaceEdit(acknowledged, del)).toBe(acknowledged);
    expect(summaryRevisions(applySpaceEdit(draft, del), MID_YEAR)).toEqual([]);
  });

  it('keeps the acknowledged text when the leader’s edit races the acknowledgement, and shows the edit after it', () => {
    const draft = roundTrip(write(emptySpace(), 'read', '2026-06-20T10:00:00.000Z', 's1'));
    // The employee acknowledges on their copy; the leader, not having seen it, edits on theirs (later).
    const employeeCopy = acknowledge(draft, '2026-06-22T10:00:00.000Z', 'Noted');
    const leaderCopy = write(draft, 'raced', '2026-06-22T10:00:05.000Z', 'unused');
    for (const merged of [
      mergeSpaceDocuments(employeeCopy, leaderCopy),
      mergeSpaceDocuments(leaderCopy, employeeCopy),
    ]) {
      const revisions = summaryRevisions(roundTrip(merged), MID_YEAR);
      expect(
        revisions.map((r) => [r.sections.direction, r.acknowledgement?.comment ?? null, r.canAcknowledge]),
      ).toEqual([
        ['read: direction', 'Noted', false],
        ['raced: direction', null, false],
      ]);
      // The leader's next save makes it a revision of its own, which the employee can acknowledge.
      const saved = write(merged, 'raced', '2026-06-23T10:00:00.000Z', 's2');
      expect(summaryRevisions(saved, MID_YEAR).map((r) => [r.summaryId, r.canAcknowledge])).toEqual([
        ['s1', false],
        ['s2', true],
      ]);
    }
  });

  it('merges concurrent edits of a draft by last writer, commutatively and idempotently', () => {
    const draft = write(emptySpace(), 'draft', '2026-06-20T10:00:00.000Z', 's1');
    const a = write(draft, 'first device', '2026-06-21T10:00:00.000Z');
    const b = write(draft, 'second device', '2026-06-21T11:00:00.000Z');
    const ab = mergeSpaceDocuments(a, b);
    expect(ab).toEqual(mergeSpaceDocuments(b, a));
    expect(mergeSpaceDocuments(ab, ab)).toEqual(ab);
    expect(mergeSpaceDocuments(ab, a)).toEqual(ab);
    expect(summaryRevisions(ab, MID_YEAR).map((r) => r.sections.direction)).toEqual([
      'second device: direction',
    ]);
  });

  it('keeps periods apart and leaves a space without summaries as it was', () => {
    const space = emptySpace();
    expect(mergeSpaceDocuments(space, { ...space })).not.toHaveProperty('periodSummaries');
    expect(serializeSpaceDocument(roundTrip(space))).not.toContain('periodSummaries');
    const both = write(space, 'mid-year', '2026-06-20T10:00:00.000Z', 's1');
    const q2 = applySpaceEdit(
      both,
      summaryWriteFor(both, quarterPeriod(2026, 2), sections('q2'), {
        newId: 'q',
        editId: 'e-q',
        at: '2026-06-21T10:00:00.000Z',
      }),
    );
    expect(summaryRevisions(q2, MID_YEAR).map((r) => r.summaryId)).toEqual(['s1']);
    expect(summaryRevisions(q2, quarterPeriod(2026, 2)).map((r) => r.summaryId)).toEqual(['q']);
  });

  it('stores hostile text as plain text, refuses too-long text and stops adding at the limit', () => {
    for (const hostile of HOSTILE_TOPICS.slice(0, 5)) {
      const document = roundTrip(
        applySpaceEdit(
          emptySpace(),
          summaryWriteFor(
            emptySpace(),
            MID_YEAR,
            { ...sections('x'), relationship: hostile },
            { newId: 's', editId: 'e', at: '2026-06-20T10:00:00.000Z' },
          ),
        ),
      );
      expect(document.periodSummaries?.length ?? 0).toBeLessThanOrEqual(1);
    }
    const tooLong = summaryWriteFor(
      emptySpace(),
      MID_YEAR,
      { ...sections('x'), direction: 'a'.repeat(4_001) },
      { newId: 's', editId: 'e', at: '2026-06-20T10:00:00.000Z' },
    );
    const space = emptySpace();
    expect(applySpaceEdit(space, tooLong)).toBe(space);
    let full = space;
    for (let i = 0; i < MAX_PERIOD_SUMMARIES; i++) {
      full = applySpaceEdit(full, {
        ...tooLong,
        summaryId: `s${i}`,
        sections: sections(String(i)),
        periodStart: `2026-01-01`,
        periodEnd: `2026-06-30`,
      });
    }
    expect(full.periodSummaries).toHaveLength(MAX_PERIOD_SUMMARIES);
    expect(applySpaceEdit(full, { ...tooLong, summaryId: 'one-more', sections: sections('more') })).toBe(
      full,
    );
  });

  it('stored edits are validated like every space edit', () => {
    const edit: SpaceEdit = summaryWriteFor(emptySpace(), MID_YEAR, sections('x'), {
      newId: 's',
      editId: 'e',
      at: '2026-06-20T10:00:00.000Z',
    });
    expect(spaceEditSchema.safeParse(edit).success).toBe(true);
    expect(spaceEditSchema.safeParse({ ...edit, extra: 1 }).success).toBe(false);
    expect(spaceEditSchema.safeParse({ ...edit, periodStart: '2026-02-30' }).success).toBe(false);
  });
});
