import { describe, expect, it } from 'vitest';
import { emptyNudgeLog, nudgeKey } from '../../src/domain/nudge/nudgeLog';
import { topicsAddedReminderDue } from '../../src/domain/nudge/topicsAddedReminderDue';
import { applySpaceEdits } from '../../src/domain/space/spaceEdits';
import { addTopicEdit, emptySpace, LEADER, occurrence } from '../support/spaceBuilders';

const NOW = new Date('2026-11-18T15:00:00.000Z');
const TOMORROW = '2026-11-19T14:00:00.000Z';
const IN_THREE_DAYS = '2026-11-21T14:00:00.000Z';
const LAST_WEEK = '2026-11-12T14:00:00.000Z';

const withTopics = (...edits: Parameters<typeof addTopicEdit>[0][]) =>
  applySpaceEdits(emptySpace(), edits.map(addTopicEdit));

describe('topicsAddedReminderDue', () => {
  it('is due when the employee added topics to a 1:1 in the next 48 hours, counting only theirs', () => {
    const document = withTopics(
      { topicId: 'a', at: '2026-11-17T10:00:00.000Z', by: 'employee' },
      { topicId: 'b', at: '2026-11-18T09:00:00.000Z', by: 'employee' },
      { topicId: 'c', at: '2026-11-18T09:30:00.000Z', by: 'leader' },
    );
    expect(topicsAddedReminderDue(document, [occurrence(TOMORROW)], emptyNudgeLog(), NOW)).toEqual({
      key: nudgeKey(LEADER.email, TOMORROW),
      occurrenceStart: TOMORROW,
      topicCount: 2,
    });
  });

  it('is not due with no new employee topics: none, only the leader’s, or only carried over', () => {
    const occurrences = [occurrence(LAST_WEEK), occurrence(TOMORROW)];
    expect(topicsAddedReminderDue(emptySpace(), occurrences, emptyNudgeLog(), NOW)).toBeNull();
    const leaderOnly = withTopics({ topicId: 'l', at: '2026-11-18T09:00:00.000Z', by: 'leader' });
    expect(topicsAddedReminderDue(leaderOnly, occurrences, emptyNudgeLog(), NOW)).toBeNull();
    // Written before last week's 1:1 and not discussed: carried over, the leader saw it then.
    const carried = withTopics({ topicId: 'old', at: '2026-11-10T09:00:00.000Z', by: 'employee' });
    expect(topicsAddedReminderDue(carried, occurrences, emptyNudgeLog(), NOW)).toBeNull();
  });

  it('is not due outside the 48 hours, for a cancelled 1:1, or once already sent', () => {
    const document = withTopics({ topicId: 'a', at: '2026-11-18T09:00:00.000Z', by: 'employee' });
    expect(topicsAddedReminderDue(document, [occurrence(IN_THREE_DAYS)], emptyNudgeLog(), NOW)).toBeNull();
    expect(
      topicsAddedReminderDue(document, [occurrence(TOMORROW, { cancelled: true })], emptyNudgeLog(), NOW),
    ).toBeNull();
    const sent = {
      ...emptyNudgeLog(),
      sent: [{ key: nudgeKey(LEADER.email, TOMORROW), sentAt: '2026-11-18T10:00:00.000Z' }],
    };
    expect(topicsAddedReminderDue(document, [occurrence(TOMORROW)], sent, NOW)).toBeNull();
  });

  it('skips a cancelled 1:1 to the next held one, if that is within 48 hours', () => {
    const document = withTopics({ topicId: 'a', at: '2026-11-18T09:00:00.000Z', by: 'employee' });
    const dayAfter = '2026-11-20T09:00:00.000Z';
    const due = topicsAddedReminderDue(
      document,
      [occurrence(TOMORROW, { cancelled: true }), occurrence(dayAfter)],
      emptyNudgeLog(),
      NOW,
    );
    expect(due).toMatchObject({ occurrenceStart: dayAfter, topicCount: 1 });
  });
});
