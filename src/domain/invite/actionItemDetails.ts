import { cleanInviteLine } from './cleanInviteText';
import type { InviteActionItem } from './inviteAgenda';
import type { InviteLabels } from './inviteLabels';

/** "Owner · Due date" under an action item in the block; a due date that is not `YYYY-MM-DD` is left out. */
export function actionItemDetails(item: InviteActionItem, labels: InviteLabels): string {
  const owner = cleanInviteLine(item.ownerName);
  const due =
    item.dueDate !== null && /^\d{4}-\d{2}-\d{2}$/.test(item.dueDate) ? labels.due(item.dueDate) : '';
  return [owner, due].filter((part) => part !== '').join(' · ');
}
