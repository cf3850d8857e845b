import type { z } from 'zod';

/** Enough for unknown fields at every level of our entities (each pass reports all the levels it reached). */
const MAX_PASSES = 4;

type UnrecognizedKeys = Extract<z.core.$ZodIssue, { code: 'unrecognized_keys' }>;

/**
 * `value` through a strict schema, leaving out the fields the schema does not know: what a newer app's
 * entity says in the fields this app knows. Null when a known field is missing or invalid (the entity then
 * means something this app cannot tell). Only for reading: what it returns is never written back, since
 * that would drop what the newer app stored.
 */
export function parseKnownFields<T>(schema: z.ZodType<T>, value: unknown): T | null {
  let candidate = value;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = schema.safeParse(candidate);
    if (result.success) return result.data;
    const unknownKeys = result.error.issues.filter(
      (issue): issue is UnrecognizedKeys => issue.code === 'unrecognized_keys',
    );
    if (unknownKeys.length === 0 || unknownKeys.length !== result.error.issues.length) return null;
    for (const issue of unknownKeys) candidate = withoutKeys(candidate, issue.path, new Set(issue.keys));
  }
  return null;
}

/** A copy of `value` whose object at `path` lacks `keys`; the original is left as it is. */
function withoutKeys(value: unknown, path: readonly PropertyKey[], keys: ReadonlySet<string>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const [head, ...rest] = path;
  if (head === undefined) {
    if (Array.isArray(value)) return value;
    // Object.fromEntries defines own properties, so a key named __proto__ stays a plain field.
    return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.has(key)));
  }
  if (Array.isArray(value)) {
    if (typeof head !== 'number') return value;
    return value.map((item, index) => (index === head ? withoutKeys(item, rest, keys) : item));
  }
  if (typeof head !== 'string') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, key === head ? withoutKeys(field, rest, keys) : field]),
  );
}
