import { useMemo } from 'react';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { SpaceEdit } from '../../domain/space/spaceEdits';
import { orderAtEnd, orderBetween } from '../../domain/space/topicOrder';
import type { AgendaSession } from '../../services/agenda/agendaSession';
import type { AgendaActions } from './agendaActions';
import { editStamp } from './editStamp';

/** Everything a person can change on the agenda of one occurrence. */
export interface AgendaEditors {
  actions: AgendaActions;
  saveSharedNote(text: string): void;
  /** The person's own note: kept in their own drive, never in the shared space. */
  savePrivateNote(text: string): void;
}

/**
 * Turns what a person does on the agenda into stamped edits for the outbox. Each edit is built from the
 * document as it is when submitted, so its stamp orders after everything this person has seen.
 */
export function useAgendaActions(
  session: AgendaSession,
  document: SpaceDocument | null,
  occurrenceKey: string | null,
): AgendaEditors {
  const { myRole } = session.participants;
  return useMemo(() => {
    const submit = (build: (doc: SpaceDocument) => SpaceEdit) => {
      if (session.space && document) session.space.submit(build(document));
    };
    const actions: AgendaActions = {
      addTopic: (section, text) =>
        submit((doc) => ({
          ...editStamp(doc, myRole),
          type: 'addTopic',
          topicId: crypto.randomUUID(),
          section,
          text,
          order: orderAtEnd(doc.topics.filter((t) => t.section === section)),
          createdForOccurrence: occurrenceKey,
        })),
      editTopicText: (topic, text) =>
        submit((doc) => ({ ...editStamp(doc, myRole), type: 'editTopicText', topicId: topic.id, text })),
      setTopicStatus: (topic, status) =>
        submit((doc) => ({
          ...editStamp(doc, myRole),
          type: 'setTopicStatus',
          topicId: topic.id,
          status,
          occurrence: occurrenceKey,
        })),
      moveTopic: (topic, direction, siblings) => {
        const index = siblings.findIndex((t) => t.id === topic.id);
        const [before, after] =
          direction < 0
            ? [siblings[index - 2] ?? null, siblings[index - 1] ?? null]
            : [siblings[index + 1] ?? null, siblings[index + 2] ?? null];
        submit((doc) => ({
          ...editStamp(doc, myRole),
          type: 'moveTopic',
          topicId: topic.id,
          section: topic.section,
          order: orderBetween(before?.order ?? null, after?.order ?? null),
        }));
      },
      deleteTopic: (topic) =>
        submit((doc) => ({ ...editStamp(doc, myRole), type: 'deleteTopic', topicId: topic.id })),
      addActionItem: (text, owner, dueDate) =>
        submit((doc) => ({
          ...editStamp(doc, myRole),
          type: 'addActionItem',
          actionItemId: crypto.randomUUID(),
          text,
          owner,
          dueDate,
          createdInOccurrence: occurrenceKey,
        })),
      setActionItemStatus: (item, status) =>
        submit((doc) => ({
          ...editStamp(doc, myRole),
          type: 'setActionItemStatus',
          actionItemId: item.id,
          status,
          occurrence: occurrenceKey,
        })),
      deleteActionItem: (item) =>
        submit((doc) => ({ ...editStamp(doc, myRole), type: 'deleteActionItem', actionItemId: item.id })),
    };
    return {
      actions,
      saveSharedNote: (text) => {
        if (!occurrenceKey) return;
        submit((doc) => ({
          ...editStamp(doc, myRole),
          type: 'setSharedNote',
          occurrence: occurrenceKey,
          text,
        }));
      },
      savePrivateNote: (text) => {
        if (!occurrenceKey) return;
        session.privateNotes.submit({
          id: crypto.randomUUID(),
          occurrence: occurrenceKey,
          text,
          at: new Date().toISOString(),
        });
      },
    };
  }, [session, document, occurrenceKey, myRole]);
}
