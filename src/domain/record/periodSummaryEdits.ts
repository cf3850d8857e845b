import { type CalendarDate, isCalendarDate } from '../space/calendarDate';
import { isEntityId } from '../space/entityId';
import { toIsoInstant } from '../space/isoInstant';
import type { SpaceDocument } from '../space/spaceDocument';
import type { SpaceEditBase } from '../space/spaceEdits';
import type { Stamp } from '../space/spaceStamp';
import { checkText } from '../space/textLimits';
import { upsertById } from '../space/upsertById';
import { mergePeriodSummary } from './mergePeriodSummaries';
import {
  MAX_PERIOD_SUMMARIES,
  type PeriodSummary,
  SUMMARY_COMMENT_TEXT_MAX,
  SUMMARY_SECTION_IDS,
  SUMMARY_SECTION_TEXT_MAX,
  type SummarySections,
} from './periodSummary';

/**
 * Edits of period summaries, applied by the rules of every space edit (`applySpaceEdit`): a stamped
 * write joined into the document, safe to replay, a no-op when invalid or not allowed.
 * - Only the leader writes or deletes a summary; only the employee acknowledges one.
 * - A write to a revision the document already shows as acknowledged is still joined (the leader's copy
 *   had not seen the acknowledgement: dropping it would lose their text); the acknowledged text stays in
 *   the acknowledgement, and `summaryRevisions` shows the write as a later revision. `summaryWriteFor`
 *   never targets an acknowledged revision, so this only happens in a race.
 * - An acknowledged revision cannot be deleted.
 */

export interface WritePeriodSummaryEdit extends SpaceEditBase {
  type: 'writePeriodSummary';
  summaryId: string;
  periodStart: CalendarDate;
  periodEnd: CalendarDate;
  previousRevisionId: string | null;
  sections: SummarySections;
}

export interface AcknowledgePeriodSummaryEdit extends SpaceEditBase {
  type: 'acknowledgePeriodSummary';
  summaryId: string;
  comment: string;
  /** What the employee read, copied into the acknowledgement. */
  sections: SummarySections;
  sectionsWrittenAt: string;
}

export interface DeletePeriodSummaryEdit extends SpaceEditBase {
  type: 'deletePeriodSummary';
  summaryId: string;
}

export type PeriodSummaryEdit =
  | WritePeriodSummaryEdit
  | AcknowledgePeriodSummaryEdit
  | DeletePeriodSummaryEdit;

export const PERIOD_SUMMARY_EDIT_TYPES: readonly PeriodSummaryEdit['type'][] = [
  'writePeriodSummary',
  'acknowledgePeriodSummary',
  'deletePeriodSummary',
];

export function isPeriodSummaryEdit(edit: { type: string }): edit is PeriodSummaryEdit {
  return (PERIOD_SUMMARY_EDIT_TYPES as readonly string[]).includes(edit.type);
}

/** The sections as stored (cleaned), or null when one is too long. */
export function cleanSummarySections(raw: SummarySections): SummarySections | null {
  const clean: Partial<SummarySections> = {};
  for (const id of SUMMARY_SECTION_IDS) {
    const checked = checkText(typeof raw[id] === 'string' ? raw[id] : '', SUMMARY_SECTION_TEXT_MAX, true);
    if (!checked.ok) return null;
    clean[id] = checked.value;
  }
  return clean as SummarySections;
}

export function applyPeriodSummaryEdit(
  document: SpaceDocument,
  edit: PeriodSummaryEdit,
  stamp: Stamp,
): SpaceDocument {
  switch (edit.type) {
    case 'writePeriodSummary':
      return writeSummary(document, edit, stamp);
    case 'acknowledgePeriodSummary':
      return acknowledgeSummary(document, edit, stamp);
    case 'deletePeriodSummary': {
      if (edit.by !== 'leader') return document;
      return updateSummary(document, edit.summaryId, (summary) =>
        summary.acknowledgement !== null
          ? summary
          : { ...summary, deleted: true, stamps: { ...summary.stamps, deleted: stamp } },
      );
    }
  }
}

function writeSummary(document: SpaceDocument, edit: WritePeriodSummaryEdit, stamp: Stamp): SpaceDocument {
  if (edit.by !== 'leader' || !isEntityId(edit.summaryId)) return document;
  if (!isCalendarDate(edit.periodStart) || !isCalendarDate(edit.periodEnd)) return document;
  if (edit.periodEnd < edit.periodStart) return document;
  if (edit.previousRevisionId !== null && !isEntityId(edit.previousRevisionId)) return document;
  const sections = cleanSummarySections(edit.sections);
  if (sections === null) return document;
  const list = document.periodSummaries ?? [];
  const existing = list.find((summary) => summary.id === edit.summaryId);
  if (existing !== undefined) {
    return upsertSummary(document, {
      ...existing,
      sections,
      stamps: { ...existing.stamps, sections: stamp },
    });
  }
  if (list.length >= MAX_PERIOD_SUMMARIES) return document;
  return upsertSummary(document, {
    id: edit.summaryId,
    periodStart: edit.periodStart,
    periodEnd: edit.periodEnd,
    createdAt: stamp.at,
    previousRevisionId: edit.previousRevisionId,
    sections,
    acknowledgement: null,
    deleted: false,
    stamps: { sections: stamp, acknowledgement: stamp, deleted: stamp },
  });
}

function acknowledgeSummary(
  document: SpaceDocument,
  edit: AcknowledgePeriodSummaryEdit,
  stamp: Stamp,
): SpaceDocument {
  if (edit.by !== 'employee') return document;
  const comment = checkText(edit.comment, SUMMARY_COMMENT_TEXT_MAX, true);
  const sections = cleanSummarySections(edit.sections);
  const writtenAt = toIsoInstant(edit.sectionsWrittenAt);
  if (!comment.ok || sections === null || writtenAt === null) return document;
  return updateSummary(document, edit.summaryId, (summary) => ({
    ...summary,
    acknowledgement: { comment: comment.value, sections, sectionsWrittenAt: writtenAt },
    stamps: { ...summary.stamps, acknowledgement: stamp },
  }));
}

function upsertSummary(document: SpaceDocument, summary: PeriodSummary): SpaceDocument {
  const current = document.periodSummaries ?? [];
  const next = upsertById(current, summary, mergePeriodSummary);
  return next === current ? document : { ...document, periodSummaries: next };
}

function updateSummary(
  document: SpaceDocument,
  id: string,
  change: (summary: PeriodSummary) => PeriodSummary,
): SpaceDocument {
  const existing = document.periodSummaries?.find((summary) => summary.id === id);
  return existing === undefined ? document : upsertSummary(document, change(existing));
}
