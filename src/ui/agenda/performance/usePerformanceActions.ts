import { useMemo } from 'react';
import type { FeedbackEntry } from '../../../domain/space/feedbackEntry';
import type { SpaceDocument } from '../../../domain/space/spaceDocument';
import type { SpaceEdit } from '../../../domain/space/spaceEdits';
import type { AgendaSession } from '../../../services/agenda/agendaSession';
import { editStamp } from '../editStamp';
import type { FeedbackDraft, PerformanceActions } from './performanceActions';

/**
 * Turns changes to priorities, growth goals and feedback into stamped edits for the space's outbox,
 * the same path as topics (`useAgendaActions`). Nothing is submitted without a readable document.
 */
export function usePerformanceActions(
  session: AgendaSession,
  document: SpaceDocument | null,
  occurrenceKey: string | null,
): PerformanceActions {
  const { myRole } = session.participants;
  return useMemo(() => {
    const submit = (build: (doc: SpaceDocument) => SpaceEdit) => {
      if (session.space && document) session.space.submit(build(document));
    };
    return {
      proposeExpectation: (draft) =>
        submit((doc) => ({
          ...editStamp(doc, myRole),
          type: 'proposeExpectation',
          expectationId: crypto.randomUUID(),
          ...draft,
        })),
      setExpectationStatus: (expectationId, status) =>
        submit((doc) => ({ ...editStamp(doc, myRole), type: 'setExpectationStatus', expectationId, status })),
      confirmExpectation: (expectationId) =>
        submit((doc) => ({ ...editStamp(doc, myRole), type: 'confirmExpectation', expectationId })),
      proposeGrowthGoal: (draft) =>
        submit((doc) => ({
          ...editStamp(doc, myRole),
          type: 'proposeGrowthGoal',
          growthGoalId: crypto.randomUUID(),
          ...draft,
        })),
      setGrowthGoalStatus: (growthGoalId, status) =>
        submit((doc) => ({ ...editStamp(doc, myRole), type: 'setGrowthGoalStatus', growthGoalId, status })),
      confirmGrowthGoal: (growthGoalId) =>
        submit((doc) => ({ ...editStamp(doc, myRole), type: 'confirmGrowthGoal', growthGoalId })),
      setLeaderSupport: (growthGoalId, leaderSupport) =>
        submit((doc) => ({ ...editStamp(doc, myRole), type: 'editGrowthGoal', growthGoalId, leaderSupport })),
      addCoachingNote: (growthGoalId, text) =>
        submit((doc) => ({
          ...editStamp(doc, myRole),
          type: 'addCoachingNote',
          coachingNoteId: crypto.randomUUID(),
          growthGoalId,
          occurrence: occurrenceKey,
          text,
        })),
      editCoachingNote: (coachingNoteId, text) =>
        submit((doc) => ({ ...editStamp(doc, myRole), type: 'editCoachingNote', coachingNoteId, text })),
      editFeedback: (entry, draft) => {
        const changed = changedFeedbackFields(entry, draft);
        if (Object.keys(changed).length === 0) return;
        submit((doc) => ({
          ...editStamp(doc, myRole),
          type: 'editFeedback',
          feedbackId: entry.id,
          ...changed,
        }));
      },
      recordFeedback: (draft) =>
        submit((doc) => ({
          ...editStamp(doc, myRole),
          type: 'recordFeedback',
          feedbackId: crypto.randomUUID(),
          ...draft,
        })),
      deleteEntry: (list, entryId) =>
        submit((doc) => ({ ...editStamp(doc, myRole), type: 'deletePerformanceEntry', list, entryId })),
    };
  }, [session, document, occurrenceKey, myRole]);
}

/** Only what the person changed, so an edit never rewrites (and restamps) a field they left alone. */
function changedFeedbackFields(entry: FeedbackEntry, draft: FeedbackDraft): Partial<FeedbackDraft> {
  const changed: Partial<FeedbackDraft> = {};
  if (draft.kind !== entry.kind) changed.kind = draft.kind;
  if (draft.text !== entry.text) changed.text = draft.text;
  if (draft.date !== entry.date) changed.date = draft.date;
  const sameLink = draft.linkedTo?.kind === entry.linkedTo?.kind && draft.linkedTo?.id === entry.linkedTo?.id;
  if (!sameLink) changed.linkedTo = draft.linkedTo;
  return changed;
}
