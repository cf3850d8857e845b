import { SECTION_IDS } from '../../src/domain/space/agendaSections';
import type { OccurrenceInfo } from '../../src/domain/space/occurrenceTimeline';
import type { SpaceDocument } from '../../src/domain/space/spaceDocument';
import { applySpaceEdits, type SpaceEdit } from '../../src/domain/space/spaceEdits';
import type { SpaceRole } from '../../src/domain/space/spaceStamp';
import { emptySpace, seededRandom } from './spaceBuilders';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const FIRST_MEETING_MS = Date.parse('2024-01-09T14:00:00.000Z');

export const THREE_YEARS_OF_WEEKS = 156;

/** The pair's weekly 1:1s over three years, one in twelve cancelled. */
export function threeYearsOfOccurrences(): OccurrenceInfo[] {
  return Array.from({ length: THREE_YEARS_OF_WEEKS }, (_, week) => {
    const start = new Date(FIRST_MEETING_MS + week * WEEK_MS).toISOString();
    const end = new Date(FIRST_MEETING_MS + week * WEEK_MS + 30 * 60_000).toISOString();
    return { key: start, start, end, isCancelled: week % 12 === 5 };
  });
}

/**
 * Three years of a pair's space, the same for the same seed: `topicCount` topics spread over the weekly
 * 1:1s (most discussed), a fifth as many action items, `feedbackCount` pieces of feedback, a dozen
 * priorities and growth goals with their changes and coaching notes. Built from edits, so every entry is
 * as the app writes it. Used by the domain benchmark.
 */
export function threeYearSpace(topicCount: number, feedbackCount: number, seed: number): SpaceDocument {
  const random = seededRandom(seed);
  const role = (): SpaceRole => (random() < 0.5 ? 'leader' : 'employee');
  const weekAt = (week: number, offsetMs = 0) =>
    new Date(FIRST_MEETING_MS + week * WEEK_MS + offsetMs).toISOString();
  const edits: SpaceEdit[] = [];
  let n = 0;
  const base = (at: string, by: SpaceRole = role()) => ({ id: `edit-${seed}-${++n}`, at, by });
  for (let i = 0; i < topicCount; i++) {
    const week = Math.floor((i / topicCount) * THREE_YEARS_OF_WEEKS);
    const topicId = `topic-${String(i).padStart(5, '0')}`;
    edits.push({
      ...base(weekAt(week, -2 * 86_400_000 + i)),
      type: 'addTopic',
      topicId,
      section: SECTION_IDS[i % 4] ?? 'checkIn',
      text: `Topic ${i}: about the quarterly plan`,
      order: i % 10,
      createdForOccurrence: weekAt(week),
    });
    if (week < THREE_YEARS_OF_WEEKS - 2 && random() < 0.85) {
      edits.push({
        ...base(weekAt(week, 600_000 + i)),
        type: 'setTopicStatus',
        topicId,
        status: 'discussed',
        occurrence: weekAt(week),
      });
    }
  }
  for (let i = 0; i < topicCount / 5; i++) {
    const week = Math.floor((i / (topicCount / 5)) * THREE_YEARS_OF_WEEKS);
    const actionItemId = `action-${String(i).padStart(5, '0')}`;
    edits.push({
      ...base(weekAt(week, 900_000 + i)),
      type: 'addActionItem',
      actionItemId,
      text: `Action ${i}`,
      owner: role(),
      dueDate: weekAt(week + 1).slice(0, 10),
      createdInOccurrence: weekAt(week),
    });
    if (week < THREE_YEARS_OF_WEEKS - 3) {
      edits.push({
        ...base(weekAt(week + 1, 600_000 + i)),
        type: 'setActionItemStatus',
        actionItemId,
        status: 'done',
        occurrence: weekAt(week + 1),
      });
    }
  }
  for (let i = 0; i < 12; i++) {
    const week = i * 12;
    edits.push({
      ...base(weekAt(week, 1_200_000), 'leader'),
      type: 'proposeExpectation',
      expectationId: `expectation-${i}`,
      priority: `Priority ${i}`,
      whatGoodLooksLike: 'What good looks like, in a sentence or two.',
      goalLink: 'Council plan 2024–2027',
      reviewDate: weekAt(week + 12).slice(0, 10),
    });
    edits.push({
      ...base(weekAt(week + 10, 1_200_000), 'leader'),
      type: 'setExpectationStatus',
      expectationId: `expectation-${i}`,
      status: 'achieved',
    });
    edits.push({
      ...base(weekAt(week, 1_300_000), 'employee'),
      type: 'proposeGrowthGoal',
      growthGoalId: `goal-${i}`,
      capability: `Capability ${i}`,
      nextStep: 'Next step',
      leaderSupport: '',
    });
    for (let k = 0; k < 6; k++) {
      edits.push({
        ...base(weekAt(week + k, 1_400_000)),
        type: 'addCoachingNote',
        coachingNoteId: `note-${i}-${k}`,
        growthGoalId: `goal-${i}`,
        occurrence: weekAt(week + k),
        text: `Coaching note ${k}`,
      });
    }
  }
  for (let i = 0; i < feedbackCount; i++) {
    const week = Math.floor((i / feedbackCount) * THREE_YEARS_OF_WEEKS);
    const at = weekAt(week, 3 * 86_400_000);
    edits.push({
      ...base(at),
      type: 'recordFeedback',
      feedbackId: `feedback-${String(i).padStart(4, '0')}`,
      kind: random() < 0.6 ? 'recognition' : 'constructive',
      text: `Feedback ${i}: specific and timely`,
      date: at.slice(0, 10),
      linkedTo: random() < 0.3 ? { kind: 'expectation', id: `expectation-${Math.floor(week / 12)}` } : null,
    });
  }
  edits.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return applySpaceEdits(emptySpace('2024-01-01T00:00:00.000Z'), edits);
}
