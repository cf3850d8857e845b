import { compareOrdinal } from '../compareOrdinal';
import { isEntryLive } from '../space/entityLiveness';
import type { IsoInstant } from '../space/isoInstant';
import type { SpaceDocument } from '../space/spaceDocument';
import { type PeriodSummary, type SummarySections, sameSections } from './periodSummary';
import type { WritePeriodSummaryEdit } from './periodSummaryEdits';
import type { RecordPeriod } from './recordPeriod';

/** One revision of a period's summary as people see it, oldest first. */
export interface SummaryRevision {
  /** The entity it is read from (the one to acknowledge, when it is not acknowledged yet). */
  summaryId: string;
  /** 1 for the first revision of the period. */
  number: number;
  sections: SummarySections;
  /** When the leader wrote this text. */
  writtenAt: IsoInstant;
  acknowledgement: { at: IsoInstant; comment: string } | null;
  /**
   * True when the employee may acknowledge it: not yet acknowledged, and not a leader's edit that raced an
   * acknowledgement (that one is shared for acknowledgement by the leader's next save, as a new revision).
   */
  canAcknowledge: boolean;
}

function summariesOf(document: SpaceDocument, period: RecordPeriod): PeriodSummary[] {
  return (document.periodSummaries ?? [])
    .filter((s) => s.periodStart === period.start && s.periodEnd === period.end && isEntryLive(s))
    .sort((a, b) => compareOrdinal(a.createdAt, b.createdAt) || compareOrdinal(a.id, b.id));
}

/**
 * The revisions of the summary of `period`. An acknowledged revision shows the text the employee
 * acknowledged; a leader's edit that raced the acknowledgement follows it as an unacknowledged revision,
 * unless a later revision already replaced it.
 */
export function summaryRevisions(document: SpaceDocument, period: RecordPeriod): SummaryRevision[] {
  const summaries = summariesOf(document, period);
  const revisions: SummaryRevision[] = [];
  summaries.forEach((summary, index) => {
    const isLast = index === summaries.length - 1;
    const { acknowledgement } = summary;
    if (acknowledgement === null) {
      revisions.push({
        summaryId: summary.id,
        number: revisions.length + 1,
        sections: summary.sections,
        writtenAt: summary.stamps.sections.at,
        acknowledgement: null,
        canAcknowledge: true,
      });
      return;
    }
    revisions.push({
      summaryId: summary.id,
      number: revisions.length + 1,
      sections: acknowledgement.sections,
      writtenAt: acknowledgement.sectionsWrittenAt,
      acknowledgement: { at: summary.stamps.acknowledgement.at, comment: acknowledgement.comment },
      canAcknowledge: false,
    });
    if (isLast && !sameSections(summary.sections, acknowledgement.sections)) {
      revisions.push({
        summaryId: summary.id,
        number: revisions.length + 1,
        sections: summary.sections,
        writtenAt: summary.stamps.sections.at,
        acknowledgement: null,
        canAcknowledge: false,
      });
    }
  });
  return revisions;
}

/**
 * The leader's save of `sections` for `period`: it edits the latest revision while nobody has acknowledged
 * it, and otherwise starts a new one (`newId`), so an acknowledged text is never changed.
 */
export function summaryWriteFor(
  document: SpaceDocument,
  period: RecordPeriod,
  sections: SummarySections,
  ids: { newId: string; editId: string; at: IsoInstant },
): WritePeriodSummaryEdit {
  const latest = summariesOf(document, period).at(-1);
  const editsLatest = latest !== undefined && latest.acknowledgement === null;
  return {
    id: ids.editId,
    at: ids.at,
    by: 'leader',
    type: 'writePeriodSummary',
    summaryId: editsLatest ? latest.id : ids.newId,
    periodStart: period.start,
    periodEnd: period.end,
    previousRevisionId: editsLatest ? latest.previousRevisionId : (latest?.id ?? null),
    sections,
  };
}
