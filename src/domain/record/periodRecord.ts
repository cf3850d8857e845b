import type { ActionItemSummary, CadenceOccurrence } from '../cadence/cadenceTypes';
import type { CalendarDate } from '../space/calendarDate';
import type { ChangeRecord } from '../space/changeHistory';
import type { ExpectationStatus } from '../space/expectation';
import type { FeedbackKind } from '../space/feedbackEntry';
import type { GrowthGoalStatus } from '../space/growthGoal';
import type { IsoInstant } from '../space/isoInstant';
import type { ActionItemStatus, SpacePerson } from '../space/spaceDocument';
import type { SpaceRole } from '../space/spaceStamp';
import type { RecordPeriod } from './recordPeriod';
import type { SummaryRevision } from './summaryRevisions';

/** What the record of a period is built from: the shared space and the pair's calendar, never private notes. */
export interface PeriodRecordInput {
  period: RecordPeriod;
  /** The pair's occurrences the calendar shows around the period (any series, as cadence reads them). */
  occurrences: readonly CadenceOccurrence[];
  /** Cancelled occurrences known only by their date (a series master's `cancelledOccurrences`). */
  cancelledDates: readonly CalendarDate[];
  now: Date;
  /** The reader's IANA zone: days are counted in it. */
  timeZone: string;
}

export interface RecordPriority {
  id: string;
  priority: string;
  whatGoodLooksLike: string;
  goalLink: string | null;
  reviewDate: CalendarDate | null;
  status: ExpectationStatus;
  confirmed: boolean;
  createdAt: IsoInstant;
  /** Changes made during the period, oldest first. */
  changes: ChangeRecord[];
}

export interface RecordCoachingNote {
  id: string;
  author: SpaceRole;
  createdAt: IsoInstant;
  text: string;
}

export interface RecordGrowthGoal {
  id: string;
  capability: string;
  nextStep: string;
  leaderSupport: string;
  status: GrowthGoalStatus;
  confirmed: boolean;
  /** Written during the period, oldest first. */
  coachingNotes: RecordCoachingNote[];
}

export interface RecordCommitment {
  id: string;
  text: string;
  owner: SpaceRole;
  dueDate: CalendarDate | null;
  status: ActionItemStatus;
  createdAt: IsoInstant;
  /** When it was done or dropped; null while open. */
  closedAt: IsoInstant | null;
}

export interface RecordCommitments extends ActionItemSummary {
  /** Agreed during the period. */
  made: number;
  /** Of those, done. */
  kept: number;
  dropped: number;
  items: RecordCommitment[];
}

export interface RecordFeedback {
  id: string;
  author: SpaceRole;
  kind: FeedbackKind;
  date: CalendarDate;
  text: string;
  /** The priority or goal it is about, by its title, when it still exists. */
  about: string | null;
}

export type RecordMeetingStatus = 'held' | 'cancelled' | 'upcoming';

export interface RecordMeeting {
  /** The occurrence key (its start), or for a cancellation known by date only, that day at midnight UTC. */
  start: IsoInstant;
  date: CalendarDate;
  status: RecordMeetingStatus;
  /** It took place at another time than the series planned. */
  moved: boolean;
  /** Each person's shared note of it (private notes are never read). */
  notes: { author: SpaceRole; text: string }[];
}

export interface PeriodRecord {
  period: RecordPeriod;
  leader: SpacePerson;
  employee: SpacePerson;
  priorities: RecordPriority[];
  growthGoals: RecordGrowthGoal[];
  commitments: RecordCommitments;
  feedback: { recognition: number; constructive: number; entries: RecordFeedback[] };
  meetings: { held: number; cancelled: number; moved: number; occurrences: RecordMeeting[] };
  summary: SummaryRevision[];
}
