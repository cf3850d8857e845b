/**
 * How a To Do task names the action item it stands for: the linked resource's `externalId`,
 * `<spaceId>/<actionItemId>`. Both ids are the space's own, so the link survives a renamed task, a moved
 * list and another device; no mapping is stored anywhere else.
 */
export function actionItemTaskKey(spaceId: string, actionItemId: string): string {
  return `${spaceId}/${actionItemId}`;
}

/** The action item id of a key that belongs to this space, else null. */
export function actionItemIdFromTaskKey(key: string, spaceId: string): string | null {
  const prefix = `${spaceId}/`;
  return key.startsWith(prefix) && key.length > prefix.length ? key.slice(prefix.length) : null;
}
