import { compareOrdinal } from '../compareOrdinal';
import { calendarDateIn, daysBetween, isKnownTimeZone } from '../time/zonedCalendar';
import { agendaForOccurrence, type SectionPrompts } from './agendaForOccurrence';
import { SECTION_IDS } from './agendaSections';
import type { CalendarDate } from './calendarDate';
import { isActionItemLive, isEntryLive } from './entityLiveness';
import type { Expectation } from './expectation';
import type { FeedbackEntry } from './feedbackEntry';
import type { GrowthGoal } from './growthGoal';
import type { IsoInstant } from './isoInstant';
import type { OccurrenceKey } from './occurrenceKey';
import { type OccurrenceInfo, OccurrenceTimeline } from './occurrenceTimeline';
import type { ActionItem, SpaceDocument, Topic } from './spaceDocument';
import { compareStamps, laterStamp, type SpaceRole, type Stamp } from './spaceStamp';

/**
 * "Since your last 1:1": what one person should know before the pair's next meeting, so preparing takes
 * a minute. Rules:
 * 1. The last 1:1 is the latest held (not cancelled) occurrence that started before the target and
 *    before now. "Since" counts from its start; with no earlier 1:1, from the space's creation.
 * 2. Topics: on the target's agenda, still open, written by the other person since then.
 * 3. Action items: open ones (either owner) due on or before the target's day; overdue when the due
 *    date is before today. Days are calendar days in the viewer's zone.
 * 4. Feedback: recorded (not dated) since then, by either person: upward feedback counts too.
 * 5. Priorities and growth goals: those whose latest change (any register, a coaching note on a goal)
 *    is since then, with that change, so the view can say "changed on 3 Dec by Claire".
 * Deleted entries never show (the edit-after-delete rule of `entityLiveness.ts` decides).
 */
export interface PreparationBrief {
  /** Start of the last 1:1; null when this is the pair's first. */
  lastOccurrence: IsoInstant | null;
  /** Calendar days from the last 1:1 to today; null when there was none. */
  daysSinceLast: number | null;
  /** Oldest first. */
  topicsFromOther: Topic[];
  /** By due date. */
  actionItemsDue: { actionItem: ActionItem; overdue: boolean }[];
  /** Oldest first. */
  feedbackSince: FeedbackEntry[];
  /** Oldest change first. */
  expectationsChanged: { expectation: Expectation; lastChange: Stamp }[];
  growthGoalsChanged: { growthGoal: GrowthGoal; lastChange: Stamp }[];
}

export interface BriefClock {
  now: Date;
  /** IANA zone of the viewer; an unknown zone counts in UTC. */
  timeZone: string;
}

const NO_PROMPTS: SectionPrompts = Object.fromEntries(
  SECTION_IDS.map((id) => [id, []]),
) as unknown as SectionPrompts;

export function preparationBrief(
  space: SpaceDocument,
  occurrences: readonly OccurrenceInfo[],
  target: OccurrenceKey,
  viewer: SpaceRole,
  clock: BriefClock,
): PreparationBrief | null {
  const agenda = agendaForOccurrence(space, occurrences, target, NO_PROMPTS);
  if (agenda === null) return null;
  const zone = isKnownTimeZone(clock.timeZone) ? clock.timeZone : 'UTC';
  const nowMs = clock.now.getTime();
  const today = calendarDateIn(nowMs, zone);
  const last = lastHeldBefore(new OccurrenceTimeline(occurrences, space), agenda.occurrence.start, nowMs);
  const since = last ?? space.createdAt;
  const isSince = (at: IsoInstant) => at > since;

  const topicsFromOther = agenda.sections
    .flatMap((section) => section.topics)
    .filter(({ topic, state }) => state === 'open' && topic.author !== viewer && isSince(topic.createdAt))
    .map(({ topic }) => topic)
    .sort((a, b) => compareOrdinal(a.createdAt, b.createdAt) || compareOrdinal(a.id, b.id));

  const targetDay = calendarDateIn(agenda.occurrence.start, zone);
  const actionItemsDue = space.actionItems
    .filter(
      (item): item is ActionItem & { dueDate: CalendarDate } =>
        isActionItemLive(item) &&
        item.status === 'open' &&
        item.dueDate !== null &&
        item.dueDate <= targetDay,
    )
    .sort((a, b) => compareOrdinal(a.dueDate, b.dueDate) || compareOrdinal(a.id, b.id))
    .map((actionItem) => ({ actionItem, overdue: actionItem.dueDate < today }));

  const feedbackSince = space.feedback
    .filter((entry) => isEntryLive(entry) && isSince(entry.createdAt))
    .sort((a, b) => compareOrdinal(a.createdAt, b.createdAt) || compareOrdinal(a.id, b.id));

  const expectationsChanged = space.expectations
    .filter(isEntryLive)
    .map((expectation) => ({ expectation, lastChange: latestOf(expectation.stamps) }))
    .filter(({ lastChange }) => isSince(lastChange.at))
    .sort((a, b) => compareStamps(a.lastChange, b.lastChange));

  const noteStamps = new Map<string, Stamp>();
  for (const note of space.coachingNotes) {
    if (!isEntryLive(note)) continue;
    const stamp = latestOf(note.stamps);
    const seen = noteStamps.get(note.growthGoalId);
    noteStamps.set(note.growthGoalId, seen === undefined ? stamp : laterStamp(seen, stamp));
  }
  const growthGoalsChanged = space.growthGoals
    .filter(isEntryLive)
    .map((growthGoal) => {
      const own = latestOf(growthGoal.stamps);
      const note = noteStamps.get(growthGoal.id);
      return { growthGoal, lastChange: note === undefined ? own : laterStamp(own, note) };
    })
    .filter(({ lastChange }) => isSince(lastChange.at))
    .sort((a, b) => compareStamps(a.lastChange, b.lastChange));

  return {
    lastOccurrence: last,
    daysSinceLast: last === null ? null : daysBetween(calendarDateIn(last, zone), today),
    topicsFromOther,
    actionItemsDue,
    feedbackSince,
    expectationsChanged,
    growthGoalsChanged,
  };
}

/** The start of the latest held occurrence before `start` that has begun by `nowMs`. */
function lastHeldBefore(timeline: OccurrenceTimeline, start: IsoInstant, nowMs: number): IsoInstant | null {
  let last: IsoInstant | null = null;
  for (const occurrence of timeline.held) {
    if (occurrence.start < start && Date.parse(occurrence.start) <= nowMs) {
      if (last === null || occurrence.start > last) last = occurrence.start;
    }
  }
  return last;
}

function latestOf(stamps: object): Stamp {
  return (Object.values(stamps) as Stamp[]).reduce(laterStamp);
}
