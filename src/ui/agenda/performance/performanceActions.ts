import type { CalendarDate } from '../../../domain/space/calendarDate';
import type { ExpectationStatus } from '../../../domain/space/expectation';
import type { FeedbackEntry, FeedbackKind, FeedbackLink } from '../../../domain/space/feedbackEntry';
import type { GrowthGoalStatus } from '../../../domain/space/growthGoal';
import type { PerformanceList } from '../../../domain/space/performanceEntryLists';

export interface ExpectationDraft {
  priority: string;
  whatGoodLooksLike: string;
  goalLink: string | null;
  reviewDate: CalendarDate | null;
}

export interface GrowthGoalDraft {
  capability: string;
  nextStep: string;
  leaderSupport: string;
}

export interface FeedbackDraft {
  kind: FeedbackKind;
  text: string;
  date: CalendarDate;
  linkedTo: FeedbackLink | null;
}

/** What a person can do to the pair's priorities, growth plan and feedback; each becomes a stamped edit. */
export interface PerformanceActions {
  proposeExpectation(draft: ExpectationDraft): void;
  setExpectationStatus(expectationId: string, status: ExpectationStatus): void;
  confirmExpectation(expectationId: string): void;
  proposeGrowthGoal(draft: GrowthGoalDraft): void;
  setGrowthGoalStatus(growthGoalId: string, status: GrowthGoalStatus): void;
  confirmGrowthGoal(growthGoalId: string): void;
  setLeaderSupport(growthGoalId: string, text: string): void;
  addCoachingNote(growthGoalId: string, text: string): void;
  /** Only the author's own note: the domain ignores anyone else's edit. */
  editCoachingNote(coachingNoteId: string, text: string): void;
  recordFeedback(draft: FeedbackDraft): void;
  /** Writes the fields that differ from `entry`; only the author's own entry (the domain ignores others). */
  editFeedback(entry: FeedbackEntry, draft: FeedbackDraft): void;
  deleteEntry(list: PerformanceList, entryId: string): void;
}
