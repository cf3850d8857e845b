/**
 * `If-Match` / `If-None-Match` as Graph reads them: `*` or one or more entity tags. OneDrive's eTags
 * contain a comma (`"{GUID},3"`), so tags are read as quoted strings, not split on commas.
 */

export type EntityTagCondition = { kind: 'any' } | { kind: 'tags'; tags: string[] };

/** A tag without `W/` and quotes, so `W/"abc"`, `"abc"` and `abc` compare equal. */
export function bareEntityTag(tag: string): string {
  return tag
    .trim()
    .replace(/^W\//i, '')
    .replace(/^"(.*)"$/s, '$1');
}

/** The condition in the header, or null when the header is absent or empty. */
export function readEntityTagCondition(
  headers: Headers,
  name: 'If-Match' | 'If-None-Match',
): EntityTagCondition | null {
  const raw = headers.get(name)?.trim();
  if (!raw) return null;
  if (raw === '*') return { kind: 'any' };
  // Quoted tags may be listed; an unquoted value (as some clients send an eTag) is one tag.
  const tags = raw.match(/(?:W\/)?"[^"]*"/gi) ?? [raw];
  return { kind: 'tags', tags: tags.map(bareEntityTag) };
}

/** Whether the condition holds for a resource with `currentTag` (null: the resource does not exist). */
export function conditionMatches(condition: EntityTagCondition, currentTag: string | null): boolean {
  if (currentTag === null) return false;
  if (condition.kind === 'any') return true;
  return condition.tags.includes(bareEntityTag(currentTag));
}
