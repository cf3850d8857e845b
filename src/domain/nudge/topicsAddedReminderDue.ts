import { agendaForOccurrence, nextHeldOccurrence, type SectionPrompts } from '../space/agendaForOccurrence';
import { SECTION_IDS } from '../space/agendaSections';
import type { OccurrenceInfo } from '../space/occurrenceTimeline';
import type { SpaceDocument } from '../space/spaceDocument';
import { type NudgeLog, nudgeKey } from './nudgeLog';
import { NUDGE_WINDOW_MS } from './nudgesDue';

export interface TopicsAddedReminder {
  /** `<leader email>|<occurrence start>`: the employee's log holds one per occurrence. */
  key: string;
  occurrenceStart: string;
  /** The employee's new topics on that 1:1's agenda. */
  topicCount: number;
}

const NO_PROMPTS = Object.fromEntries(SECTION_IDS.map((id) => [id, []])) as unknown as SectionPrompts;

/**
 * Whether the employee's app tells the leader now that the employee added topics: the pair's next 1:1 that will
 * take place starts within the next 48 hours (the same window as the reminder to the employee), its agenda holds
 * open topics the employee wrote for it (carried-over ones the leader saw last time do not count), and none of
 * the employee's devices has told the leader about this occurrence yet. At most once per occurrence: topics added
 * after the reminder do not send another.
 */
export function topicsAddedReminderDue(
  document: SpaceDocument,
  occurrences: readonly OccurrenceInfo[],
  log: NudgeLog,
  now: Date,
): TopicsAddedReminder | null {
  const next = nextHeldOccurrence(occurrences, now);
  if (!next) return null;
  const startMs = Date.parse(next.start);
  if (startMs <= now.getTime() || startMs - now.getTime() > NUDGE_WINDOW_MS) return null;
  const key = nudgeKey(document.leader.email, next.start);
  if (log.sent.some((record) => record.key === key)) return null;
  const agenda = agendaForOccurrence(document, occurrences, next.key, NO_PROMPTS);
  const topicCount = (agenda?.sections ?? [])
    .flatMap((section) => section.topics)
    .filter(
      (shown) => shown.topic.author === 'employee' && shown.state === 'open' && !shown.carriedOver,
    ).length;
  return topicCount > 0 ? { key, occurrenceStart: next.start, topicCount } : null;
}
