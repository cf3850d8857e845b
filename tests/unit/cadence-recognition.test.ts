import { describe, expect, it } from 'vitest';
import { lastRecognitionDate, recognitionFlag } from '../../src/domain/cadence/recognitionFlag';
import type { FeedbackKind } from '../../src/domain/space/feedbackEntry';
import type { SpaceDocument } from '../../src/domain/space/spaceDocument';
import { applySpaceEdits, type SpaceEdit } from '../../src/domain/space/spaceEdits';
import type { SpaceRole } from '../../src/domain/space/spaceStamp';
import { emptySpace, spaceEdit } from '../support/spaceBuilders';

function recorded(
  id: string,
  date: string,
  by: SpaceRole = 'leader',
  kind: FeedbackKind = 'recognition',
): SpaceEdit {
  return spaceEdit('recordFeedback', {
    feedbackId: id,
    at: `${date}T15:00:00.000Z`,
    by,
    kind,
    text: `Feedback ${id}`,
    date,
    linkedTo: null,
  });
}

const created = emptySpace('2026-06-01T12:00:00.000Z');
const at = (date: string) => ({ now: new Date(`${date}T12:00:00.000Z`), timeZone: 'UTC' });

function spaceWith(...edits: SpaceEdit[]): SpaceDocument {
  return applySpaceEdits(created, edits);
}

describe('lastRecognitionDate', () => {
  it('is the latest day a recognition is about, not the latest one written', () => {
    const space = spaceWith(recorded('late-day', '2026-09-10'), {
      ...recorded('written-after', '2026-09-01'),
      at: '2026-09-20T15:00:00.000Z',
    });
    expect(lastRecognitionDate(space)).toBe('2026-09-10');
  });

  it('counts only recognition the leader gave, and only live entries', () => {
    const space = spaceWith(
      recorded('upward', '2026-09-15', 'employee'),
      recorded('constructive', '2026-09-16', 'leader', 'constructive'),
      recorded('deleted', '2026-09-17'),
      spaceEdit('deletePerformanceEntry', {
        list: 'feedback',
        entryId: 'deleted',
        at: '2026-09-18T00:00:00.000Z',
      }),
      recorded('kept', '2026-09-01'),
    );
    expect(lastRecognitionDate(space)).toBe('2026-09-01');
    expect(lastRecognitionDate(created)).toBeNull();
  });
});

describe('recognitionFlag: 60 days without recognition', () => {
  const space = spaceWith(recorded('r1', '2026-09-01'));

  it('is clear at 60 days and raised at 61', () => {
    expect(recognitionFlag(space, at('2026-10-31'))).toBeNull();
    expect(recognitionFlag(space, at('2026-11-01'))).toBe('noRecentRecognition');
  });

  it('counts from the space’s creation when there has been none yet', () => {
    expect(recognitionFlag(created, at('2026-07-31'))).toBeNull();
    expect(recognitionFlag(created, at('2026-08-01'))).toBe('noRecentRecognition');
  });

  it('counts days in the viewer’s zone', () => {
    // 1 November 02:00 UTC is still 31 October in Vancouver: day 60, not flagged there.
    const now = new Date('2026-11-01T02:00:00.000Z');
    expect(recognitionFlag(space, { now, timeZone: 'UTC' })).toBe('noRecentRecognition');
    expect(recognitionFlag(space, { now, timeZone: 'America/Vancouver' })).toBeNull();
  });
});
