import type { CalendarDate } from './calendarDate';
import type { IsoInstant } from './isoInstant';
import type { SpaceRole, Stamp } from './spaceStamp';

/**
 * One specific piece of feedback, recorded by either person at any time (upward feedback too).
 * Registers: `kind`, `text`, `date`, `link`, `deleted`.
 */

export const FEEDBACK_KINDS = ['recognition', 'constructive'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_LINK_KINDS = ['expectation', 'growthGoal'] as const;

/** The priority or growth goal a piece of feedback is about. */
export interface FeedbackLink {
  kind: (typeof FEEDBACK_LINK_KINDS)[number];
  id: string;
}

export interface FeedbackEntry {
  id: string;
  author: SpaceRole;
  /** When it was recorded: "since your last 1:1" counts from this. */
  createdAt: IsoInstant;
  kind: FeedbackKind;
  text: string;
  /** The day it is about (a day, no zone), e.g. the day of the presentation. */
  date: CalendarDate;
  linkedTo: FeedbackLink | null;
  deleted: boolean;
  stamps: { kind: Stamp; text: Stamp; date: Stamp; link: Stamp; deleted: Stamp };
}
