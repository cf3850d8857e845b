/**
 * Ids of topics, action items, edits and spaces are made by the caller (the domain has no
 * randomness), typically `crypto.randomUUID()`. They travel in JSON and URLs, so they are limited
 * to a safe alphabet and length.
 */
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

export function isEntityId(value: string): boolean {
  return ENTITY_ID_PATTERN.test(value);
}
