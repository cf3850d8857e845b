import type { ActionItem, Topic } from './spaceDocument';
import { compareStamps, laterStamp, type Stamp } from './spaceStamp';

/**
 * Whether an entity shows: not deleted, or deleted but written to after the delete (the
 * edit-versus-delete rule in `spaceDocument.ts`). A tie goes to the delete.
 */
export function isTopicLive(topic: Topic): boolean {
  if (!topic.deleted) return true;
  const { text, placement, status, deferral, deleted } = topic.stamps;
  return compareStamps(laterStamp(laterStamp(text, placement), laterStamp(status, deferral)), deleted) > 0;
}

export function isActionItemLive(item: ActionItem): boolean {
  if (!item.deleted) return true;
  const { text, owner, dueDate, status, deleted } = item.stamps;
  const latestEdit: Stamp = laterStamp(laterStamp(text, owner), laterStamp(dueDate, status));
  return compareStamps(latestEdit, deleted) > 0;
}

/**
 * The same rule for the version 2 entries (expectations, growth goals, coaching notes, feedback):
 * live unless deleted, or deleted but written to after the delete.
 */
export function isEntryLive(entry: { deleted: boolean; stamps: { deleted: Stamp } }): boolean {
  if (!entry.deleted) return true;
  const { deleted, ...edits } = entry.stamps as { deleted: Stamp } & Record<string, Stamp>;
  return Object.values(edits).some((stamp) => compareStamps(stamp, deleted) > 0);
}
