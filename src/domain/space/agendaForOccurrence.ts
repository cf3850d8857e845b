import { compareOrdinal } from '../compareOrdinal';
import { SECTION_IDS, type SectionId } from './agendaSections';
import { isActionItemLive, isTopicLive } from './entityLiveness';
import { toIsoInstant } from './isoInstant';
import { type ItemSchedule, scheduleActionItem, scheduleTopic, stateAt } from './itemSchedule';
import type { OccurrenceKey } from './occurrenceKey';
import { type OccurrenceInfo, OccurrenceTimeline } from './occurrenceTimeline';
import type { ActionItem, SharedNote, SpaceDocument, Topic } from './spaceDocument';
import { compareTopicsForDisplay } from './topicOrder';

/**
 * The views the surfaces show, computed from the space and the pair's calendar. Placement rules
 * (moved, cancelled, recreated meetings) are in `occurrenceTimeline.ts`; per-item state in
 * `itemSchedule.ts`. In short: an item shows from the meeting it was written for (or the next
 * one after it was written) in every held meeting until the one where it was closed, where it
 * shows once, ticked; cancelled meetings consume nothing.
 */

export type AgendaTopicState = 'open' | 'discussed' | 'deferred';
export type AgendaActionItemState = 'open' | 'done' | 'dropped';

export interface AgendaTopic {
  topic: Topic;
  state: AgendaTopicState;
  /** Written for an earlier meeting and not discussed there. */
  carriedOver: boolean;
}

export interface AgendaActionItem {
  actionItem: ActionItem;
  state: AgendaActionItemState;
  /** Agreed in an earlier meeting: one of "last time's commitments". */
  carriedOver: boolean;
}

export interface AgendaSection {
  id: SectionId;
  prompts: readonly string[];
  /** In display order (`compareTopicsForDisplay`). */
  topics: AgendaTopic[];
  /** Only in Accountability: open commitments and those closed in this meeting. */
  actionItems: AgendaActionItem[];
}

export interface OccurrenceAgenda {
  occurrence: OccurrenceInfo;
  /** For a cancelled occurrence: the held one its items move to (null: none known yet). */
  movesTo: OccurrenceInfo | null;
  /** Always the four sections, in `SECTION_IDS` order. */
  sections: AgendaSection[];
  /** Non-empty shared notes of this meeting, one per author. */
  notes: SharedNote[];
}

export type SectionPrompts = Readonly<Record<SectionId, readonly string[]>>;

/**
 * The agenda of one occurrence. `target` may be any occurrence key: a calendar occurrence (held or
 * cancelled) or one the calendar no longer lists, which is then treated as a held meeting at that
 * instant. Null only when `target` is not an instant.
 */
export function agendaForOccurrence(
  document: SpaceDocument,
  occurrences: readonly OccurrenceInfo[],
  target: OccurrenceKey,
  prompts: SectionPrompts,
): OccurrenceAgenda | null {
  const key = toIsoInstant(target);
  if (key === null) return null;
  const timeline = new OccurrenceTimeline(occurrences, document, [key]);
  const occurrence = timeline.get(key) as OccurrenceInfo;

  const topicsBySection = new Map<SectionId, AgendaTopic[]>(SECTION_IDS.map((id) => [id, []]));
  for (const topic of document.topics) {
    if (!isTopicLive(topic)) continue;
    const { state, carriedOver } = stateAt(scheduleTopic(topic, timeline), occurrence);
    if (state === 'hidden') continue;
    const shown: AgendaTopicState = state === 'closed' ? 'discussed' : state;
    topicsBySection.get(topic.section)?.push({ topic, state: shown, carriedOver });
  }

  const actionItems: AgendaActionItem[] = [];
  for (const item of document.actionItems) {
    if (!isActionItemLive(item)) continue;
    const { state, carriedOver } = stateAt(scheduleActionItem(item, timeline), occurrence);
    if (state === 'hidden') continue;
    const shown: AgendaActionItemState = state === 'closed' && item.status !== 'open' ? item.status : 'open';
    actionItems.push({ actionItem: item, state: shown, carriedOver });
  }
  actionItems.sort((a, b) => compareActionItems(a.actionItem, b.actionItem));

  return {
    occurrence,
    movesTo: occurrence.isCancelled ? timeline.firstHeldFrom(key, false) : null,
    sections: SECTION_IDS.map((id) => ({
      id,
      prompts: prompts[id],
      topics: (topicsBySection.get(id) ?? []).sort((a, b) => compareTopicsForDisplay(a.topic, b.topic)),
      actionItems: id === 'accountability' ? actionItems : [],
    })),
    notes: notesOf(document, timeline, key),
  };
}

/**
 * The next 1:1 that will actually take place: not cancelled, and not over at `now` (one in
 * progress counts, so the side panel shows the meeting you are in). Returns the caller's object.
 */
export function nextHeldOccurrence<T extends OccurrenceInfo>(
  occurrences: readonly T[],
  now: Date | string,
): T | null {
  const nowMs = typeof now === 'string' ? Date.parse(now) : now.getTime();
  if (Number.isNaN(nowMs)) return null;
  let next: T | null = null;
  let nextStart = Number.POSITIVE_INFINITY;
  for (const occurrence of occurrences) {
    if (occurrence.isCancelled || !(Date.parse(occurrence.end) > nowMs)) continue;
    const start = Date.parse(occurrence.start);
    if (start < nextStart) {
      next = occurrence;
      nextStart = start;
    }
  }
  return next;
}

export interface CarryOver {
  from: OccurrenceInfo;
  /** The next held occurrence after `from`; null when the calendar shows none yet. */
  to: OccurrenceInfo | null;
  /** Topics of `from` not discussed there (open or deferred), in section then display order. */
  topics: Topic[];
  /** Action items still open after `from`. */
  actionItems: ActionItem[];
}

/** What moves on to the next 1:1 if the current one ended now. Null only for a non-instant key. */
export function carryOverPreview(
  document: SpaceDocument,
  occurrences: readonly OccurrenceInfo[],
  current: OccurrenceKey,
): CarryOver | null {
  const noPrompts: SectionPrompts = { checkIn: [], direction: [], capability: [], accountability: [] };
  const agenda = agendaForOccurrence(document, occurrences, current, noPrompts);
  if (agenda === null) return null;
  const timeline = new OccurrenceTimeline(occurrences, document, [agenda.occurrence.key]);
  return {
    from: agenda.occurrence,
    to: timeline.firstHeldFrom(agenda.occurrence.key, false),
    topics: agenda.sections.flatMap((section) =>
      section.topics.filter((entry) => entry.state !== 'discussed').map((entry) => entry.topic),
    ),
    actionItems: agenda.sections
      .flatMap((section) => section.actionItems)
      .filter((entry) => entry.state === 'open' && entry.actionItem.status === 'open')
      .map((entry) => entry.actionItem),
  };
}

export interface OccurrenceRecord {
  occurrence: OccurrenceInfo;
  /** In section, then display order. */
  discussed: Topic[];
  deferred: Topic[];
  actionItemsCreated: ActionItem[];
  actionItemsClosed: ActionItem[];
  notes: SharedNote[];
}

/**
 * What happened in each past meeting (held, ended by `now`), newest first: topics discussed and
 * deferred, commitments made and closed, notes. Includes meetings the calendar no longer lists
 * when the space recorded something in them, so history survives a recreated series.
 */
export function occurrenceHistory(
  document: SpaceDocument,
  occurrences: readonly OccurrenceInfo[],
  now: Date | string,
): OccurrenceRecord[] {
  const instant = toIsoInstant(now);
  if (instant === null) return [];
  const timeline = new OccurrenceTimeline(occurrences, document);
  const records = new Map<OccurrenceKey, OccurrenceRecord>();
  for (const occurrence of timeline.held) {
    if (occurrence.end > instant) continue;
    records.set(occurrence.key, {
      occurrence,
      discussed: [],
      deferred: [],
      actionItemsCreated: [],
      actionItemsClosed: [],
      notes: [],
    });
  }
  const at = (key: OccurrenceKey | null) => (key === null ? undefined : records.get(key));

  const topics = document.topics.filter(isTopicLive).sort(compareTopicsBySection);
  for (const topic of topics) {
    const schedule: ItemSchedule = scheduleTopic(topic, timeline);
    at(schedule.closes)?.discussed.push(topic);
    at(schedule.defers)?.deferred.push(topic);
  }
  const items = document.actionItems.filter(isActionItemLive).sort(compareActionItems);
  for (const item of items) {
    const schedule = scheduleActionItem(item, timeline);
    at(schedule.appears)?.actionItemsCreated.push(item);
    at(schedule.closes)?.actionItemsClosed.push(item);
  }
  for (const note of document.occurrenceNotes) {
    if (note.text === '') continue;
    at(timeline.resolve(note.occurrence, null)?.key ?? null)?.notes.push(note);
  }
  return [...records.values()].reverse();
}

function notesOf(document: SpaceDocument, timeline: OccurrenceTimeline, key: OccurrenceKey): SharedNote[] {
  return document.occurrenceNotes.filter(
    (note) => note.text !== '' && timeline.resolve(note.occurrence, null)?.key === key,
  );
}

function compareActionItems(a: ActionItem, b: ActionItem): number {
  return compareOrdinal(a.createdAt, b.createdAt) || compareOrdinal(a.id, b.id);
}

function compareTopicsBySection(a: Topic, b: Topic): number {
  return SECTION_IDS.indexOf(a.section) - SECTION_IDS.indexOf(b.section) || compareTopicsForDisplay(a, b);
}
