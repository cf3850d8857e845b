import type { CalendarDate } from '../space/calendarDate';
import type { IsoInstant } from '../space/isoInstant';
import type { Stamp } from '../space/spaceStamp';

/**
 * The leader's written summary of a period (a quarter, the mid-year, a year), kept in the shared space
 * as one entity per revision, by the same rules as every other entity (stamped last-writer-wins
 * registers, tombstones, count and text limits).
 *
 * | register         | fields          | who writes  |
 * |------------------|-----------------|-------------|
 * | `sections`       | sections        | the leader  |
 * | `acknowledgement`| acknowledgement | the employee|
 * | `deleted`        | deleted         | the leader  |
 *
 * The acknowledgement holds a copy of the sections the employee read, so the acknowledged text is kept
 * even if the leader's edit raced it (written on a copy that had not seen the acknowledgement yet):
 * `summaryRevisions.ts` then shows that edit as a later, unacknowledged revision. Once a revision is
 * acknowledged, the leader's next edit starts a new revision entity (`previousRevisionId`); an
 * acknowledged revision is never deleted. Acknowledging means "I have read it", not "I agree".
 */

export const SUMMARY_SECTION_IDS = ['direction', 'capability', 'accountability', 'relationship'] as const;
export type SummarySectionId = (typeof SUMMARY_SECTION_IDS)[number];

export type SummarySections = Record<SummarySectionId, string>;

export interface SummaryAcknowledgement {
  /** The employee's own comment; empty when they added none. */
  comment: string;
  /** The sections as the employee read them. */
  sections: SummarySections;
  /** When the sections they read were written (that revision's `stamps.sections.at`). */
  sectionsWrittenAt: IsoInstant;
}

export interface PeriodSummary {
  id: string;
  /** The period it covers, both days included. */
  periodStart: CalendarDate;
  periodEnd: CalendarDate;
  createdAt: IsoInstant;
  /** The revision this one follows, null for the first. */
  previousRevisionId: string | null;
  sections: SummarySections;
  acknowledgement: SummaryAcknowledgement | null;
  deleted: boolean;
  stamps: { sections: Stamp; acknowledgement: Stamp; deleted: Stamp };
}

/** A paragraph or two per heading. */
export const SUMMARY_SECTION_TEXT_MAX = 4_000;
export const SUMMARY_COMMENT_TEXT_MAX = 4_000;
/** Revisions an edit may add (tombstones count); the schema accepts far more, as for other lists. */
export const MAX_PERIOD_SUMMARIES = 400;
export const PERIOD_SUMMARIES_SCHEMA_MAX = 2_000;

export function emptySummarySections(): SummarySections {
  return { direction: '', capability: '', accountability: '', relationship: '' };
}

export function sameSections(a: SummarySections, b: SummarySections): boolean {
  return SUMMARY_SECTION_IDS.every((id) => a[id] === b[id]);
}
