import { summarizeActionItems } from '../cadence/actionItemFacts';
import type { ActionItemFact } from '../cadence/cadenceTypes';
import { compareOrdinal } from '../compareOrdinal';
import type { CalendarDate } from '../space/calendarDate';
import { isActionItemLive, isEntryLive } from '../space/entityLiveness';
import { toIsoInstant } from '../space/isoInstant';
import type { SpaceDocument } from '../space/spaceDocument';
import type { Stamp } from '../space/spaceStamp';
import { calendarDateIn, isKnownTimeZone } from '../time/zonedCalendar';
import type {
  PeriodRecord,
  PeriodRecordInput,
  RecordCommitments,
  RecordFeedback,
  RecordGrowthGoal,
  RecordMeeting,
  RecordPriority,
} from './periodRecord';
import { isInPeriod, type RecordPeriod } from './recordPeriod';
import { summaryRevisions } from './summaryRevisions';

/**
 * The record of one pair for a period, from the shared space and the calendar only (the private notes
 * are not an input, so they cannot leak into it). Rules:
 * - Days are counted in the reader's zone; an instant belongs to the period when its day does.
 * - Priorities and growth goals: those that existed by the period's end, unless they were closed
 *   (achieved, retired, paused) before it began; with the changes and coaching notes of the period.
 * - Commitments: the action items agreed during the period; follow-through as the cadence view counts it
 *   (`summarizeActionItems`), as of the period's end or today, whichever is earlier.
 * - Feedback: entries about a day of the period.
 * - 1:1s: held (scheduled and started), cancelled (cancelled or declined, by the slot they had) and moved
 *   (held at another time than the series planned). A shared note on a meeting the calendar no longer
 *   lists counts as a held 1:1: it was written in it.
 * Deleted entries (tombstones) are left out.
 */
export function buildPeriodRecord(document: SpaceDocument, input: PeriodRecordInput): PeriodRecord {
  const { period } = input;
  const zone = isKnownTimeZone(input.timeZone) ? input.timeZone : 'UTC';
  const dayOf = (instant: string) => calendarDateIn(instant, zone);
  const inPeriod = (instant: string) => isInPeriod(dayOf(instant), period);
  const closedBeforeStart = (status: string, open: readonly string[], stamp: Stamp) =>
    !open.includes(status) && dayOf(stamp.at) < period.start;

  const priorities: RecordPriority[] = document.expectations
    .filter(isEntryLive)
    .filter(
      (e) => dayOf(e.createdAt) <= period.end && !closedBeforeStart(e.status, ['active'], e.stamps.status),
    )
    .map((e) => ({
      id: e.id,
      priority: e.priority,
      whatGoodLooksLike: e.whatGoodLooksLike,
      goalLink: e.goalLink,
      reviewDate: e.reviewDate,
      status: e.status,
      confirmed: e.confirmed,
      createdAt: e.createdAt,
      changes: e.history.filter((change) => inPeriod(change.at)),
    }))
    .sort((a, b) => compareOrdinal(a.createdAt, b.createdAt) || compareOrdinal(a.id, b.id));

  const notesByGoal = new Map<string, RecordGrowthGoal['coachingNotes']>();
  for (const note of document.coachingNotes) {
    if (!isEntryLive(note) || !inPeriod(note.createdAt)) continue;
    const list = notesByGoal.get(note.growthGoalId) ?? [];
    list.push({ id: note.id, author: note.author, createdAt: note.createdAt, text: note.text });
    notesByGoal.set(note.growthGoalId, list);
  }
  const growthGoals: RecordGrowthGoal[] = document.growthGoals
    .filter(isEntryLive)
    .filter(
      (g) => dayOf(g.createdAt) <= period.end && !closedBeforeStart(g.status, ['active'], g.stamps.status),
    )
    .sort((a, b) => compareOrdinal(a.createdAt, b.createdAt) || compareOrdinal(a.id, b.id))
    .map((g) => ({
      id: g.id,
      capability: g.capability,
      nextStep: g.nextStep,
      leaderSupport: g.leaderSupport,
      status: g.status,
      confirmed: g.confirmed,
      coachingNotes: (notesByGoal.get(g.id) ?? []).sort((a, b) => compareOrdinal(a.createdAt, b.createdAt)),
    }));

  return {
    period,
    leader: document.leader,
    employee: document.employee,
    priorities,
    growthGoals,
    commitments: commitmentsOf(document, period, input.now, zone),
    feedback: feedbackOf(document, period),
    meetings: meetingsOf(document, input, zone),
    summary: summaryRevisions(document, period),
  };
}

function commitmentsOf(
  document: SpaceDocument,
  period: RecordPeriod,
  now: Date,
  zone: string,
): RecordCommitments {
  const items = document.actionItems
    .filter((item) => isActionItemLive(item) && isInPeriod(calendarDateIn(item.createdAt, zone), period))
    .sort((a, b) => compareOrdinal(a.createdAt, b.createdAt) || compareOrdinal(a.id, b.id))
    .map((item) => ({
      id: item.id,
      text: item.text,
      owner: item.owner,
      dueDate: item.dueDate,
      status: item.status,
      createdAt: item.createdAt,
      closedAt: item.status === 'open' ? null : item.stamps.status.at,
    }));
  const facts: ActionItemFact[] = items.map(({ status, dueDate, closedAt }) => ({
    status,
    dueDate,
    closedAt,
  }));
  const today = calendarDateIn(now.getTime(), zone);
  const asOf = today < period.end ? today : period.end;
  return {
    ...summarizeActionItems(facts, asOf, zone),
    made: items.length,
    kept: items.filter((item) => item.status === 'done').length,
    dropped: items.filter((item) => item.status === 'dropped').length,
    items,
  };
}

function feedbackOf(document: SpaceDocument, period: RecordPeriod): PeriodRecord['feedback'] {
  const titles = new Map<string, string>();
  for (const e of document.expectations) if (isEntryLive(e)) titles.set(`expectation:${e.id}`, e.priority);
  for (const g of document.growthGoals) if (isEntryLive(g)) titles.set(`growthGoal:${g.id}`, g.capability);
  const entries: RecordFeedback[] = document.feedback
    .filter((entry) => isEntryLive(entry) && isInPeriod(entry.date, period))
    .sort((a, b) => compareOrdinal(a.date, b.date) || compareOrdinal(a.createdAt, b.createdAt))
    .map((entry) => ({
      id: entry.id,
      author: entry.author,
      kind: entry.kind,
      date: entry.date,
      text: entry.text,
      about: entry.linkedTo ? (titles.get(`${entry.linkedTo.kind}:${entry.linkedTo.id}`) ?? null) : null,
    }));
  return {
    recognition: entries.filter((entry) => entry.kind === 'recognition').length,
    constructive: entries.filter((entry) => entry.kind === 'constructive').length,
    entries,
  };
}

function meetingsOf(
  document: SpaceDocument,
  input: PeriodRecordInput,
  zone: string,
): PeriodRecord['meetings'] {
  const { period } = input;
  const nowMs = input.now.getTime();
  const byStart = new Map<string, RecordMeeting>();
  const cancelledDays = new Set<CalendarDate>();
  for (const occurrence of input.occurrences) {
    const start = toIsoInstant(occurrence.start);
    if (start === null) continue;
    const original = occurrence.originalStart === null ? null : toIsoInstant(occurrence.originalStart);
    const scheduled = occurrence.status === 'scheduled';
    // A cancelled meeting is counted by the slot it had; a held one by when it took place.
    const slot = scheduled ? start : (original ?? start);
    const date = calendarDateIn(slot, zone);
    if (!isInPeriod(date, period)) continue;
    const status = !scheduled ? 'cancelled' : Date.parse(start) <= nowMs ? 'held' : 'upcoming';
    const moved = scheduled && original !== null && original !== start;
    const seen = byStart.get(start);
    // Both people's copies of one meeting: it took place if either says so.
    if (seen !== undefined && (seen.status !== 'cancelled' || status === 'cancelled')) continue;
    byStart.set(start, { start, date, status, moved: moved || (seen?.moved ?? false), notes: [] });
    if (status === 'cancelled') cancelledDays.add(date);
  }
  for (const date of new Set(input.cancelledDates)) {
    if (!isInPeriod(date, period) || cancelledDays.has(date)) continue;
    const start = `${date}T00:00:00.000Z`;
    if (!byStart.has(start))
      byStart.set(start, { start, date, status: 'cancelled', moved: false, notes: [] });
  }
  for (const note of document.occurrenceNotes) {
    if (note.text.trim() === '') continue;
    let meeting = byStart.get(note.occurrence);
    if (meeting === undefined) {
      const date = calendarDateIn(note.occurrence, zone);
      if (!isInPeriod(date, period) || Date.parse(note.occurrence) > nowMs) continue;
      meeting = { start: note.occurrence, date, status: 'held', moved: false, notes: [] };
      byStart.set(note.occurrence, meeting);
    }
    meeting.notes.push({ author: note.author, text: note.text });
  }
  const occurrences = [...byStart.values()].sort((a, b) => compareOrdinal(a.start, b.start));
  for (const meeting of occurrences) meeting.notes.sort((a, b) => compareOrdinal(b.author, a.author));
  return {
    held: occurrences.filter((m) => m.status === 'held').length,
    cancelled: occurrences.filter((m) => m.status === 'cancelled').length,
    moved: occurrences.filter((m) => m.moved && m.status === 'held').length,
    occurrences,
  };
}
