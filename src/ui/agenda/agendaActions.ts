import type { SectionId } from '../../domain/space/agendaSections';
import type { ActionItem, ActionItemStatus, Topic, TopicStatus } from '../../domain/space/spaceDocument';
import type { SpaceRole } from '../../domain/space/spaceStamp';

/** What a person can do to an agenda; useAgendaActions turns each into a stamped edit for the outbox. */
export interface AgendaActions {
  addTopic(section: SectionId, text: string): void;
  editTopicText(topic: Topic, text: string): void;
  setTopicStatus(topic: Topic, status: TopicStatus): void;
  moveTopic(topic: Topic, direction: -1 | 1, siblings: readonly Topic[]): void;
  deleteTopic(topic: Topic): void;
  addActionItem(text: string, owner: SpaceRole, dueDate: string | null): void;
  setActionItemStatus(item: ActionItem, status: ActionItemStatus): void;
  deleteActionItem(item: ActionItem): void;
}

export interface PairNames {
  leader: string;
  employee: string;
}
