import type { z } from 'zod';
import { renderZodIssues } from './renderZodIssues';

/**
 * What every stored document parser returns. A document that fails is never overwritten by the
 * app: `problems` says what is wrong, in words the person (or their admin) can act on.
 */
export type DocumentParseResult<T> = { ok: true; document: T } | { ok: false; problems: string[] };

export interface VersionedDocumentKind<T> {
  /** The `schema` field's expected value, e.g. `one-on-one-space`. */
  schema: string;
  /** The newest version this app reads and writes. */
  version: number;
  /** How the document is named in messages: "1:1 space". */
  label: string;
  zodSchema: z.ZodType<T>;
}

/**
 * JSON → checked document: malformed JSON, a different kind of document, a version written by a
 * newer app, then field-level validation. Never throws.
 */
export function parseVersionedDocument<T>(
  raw: string,
  kind: VersionedDocumentKind<T>,
): DocumentParseResult<T> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`The ${kind.label} file is not valid JSON (${detail}).`] };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, problems: [`The ${kind.label} file does not hold a JSON object.`] };
  }
  const { schema, version } = json as { schema?: unknown; version?: unknown };
  if (schema !== kind.schema) {
    const found = typeof schema === 'string' ? `"${schema}"` : 'no schema name';
    return {
      ok: false,
      problems: [`This is not a ${kind.label} file (expected schema "${kind.schema}", found ${found}).`],
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      problems: [`version: expected a whole number from 1, found ${JSON.stringify(version)}`],
    };
  }
  if (version > kind.version) {
    return {
      ok: false,
      problems: [
        `This ${kind.label} was written by a newer version of the app (version ${version}; this app reads up to ${kind.version}). Update the app to open it.`,
      ],
    };
  }
  const result = kind.zodSchema.safeParse(json);
  if (!result.success) return { ok: false, problems: renderZodIssues(result.error.issues, json) };
  return { ok: true, document: result.data };
}
