import type { z } from 'zod';
import { renderZodIssues } from './renderZodIssues';

/**
 * What every stored document parser returns. A document that fails is never overwritten by the
 * app: `problems` says what is wrong, in words the person (or their admin) can act on.
 *
 * Two kinds of failure, because the person must do different things:
 * - `unreadable`: damaged, another kind of file, or invalid fields: someone must repair it.
 * - `newer-version`: a newer release of the app wrote it: the file is fine, this app is too old to
 *   edit it without losing what it does not know; the person should update the app.
 */
export type DocumentParseResult<T> = { ok: true; document: T } | DocumentParseFailure;

export type DocumentParseFailure =
  | { ok: false; reason: 'unreadable'; problems: string[] }
  | { ok: false; reason: 'newer-version'; foundVersion: number; readsUpTo: number; problems: string[] };

/** How a document written by an older version is read and upgraded to the current one. */
export interface OlderVersionReader<T> {
  read(json: unknown): { success: true; document: T } | { success: false; issues: z.core.$ZodIssue[] };
}

/** An older version's schema and its upgrade, typed together. */
export function olderVersion<Old, T>(
  zodSchema: z.ZodType<Old>,
  upgrade: (old: Old) => T,
): OlderVersionReader<T> {
  return {
    read(json) {
      const result = zodSchema.safeParse(json);
      return result.success
        ? { success: true, document: upgrade(result.data) }
        : { success: false, issues: result.error.issues };
    },
  };
}

export interface VersionedDocumentKind<T> {
  /** The `schema` field's expected value, e.g. `one-on-one-space`. */
  schema: string;
  /** The newest version this app reads and writes. */
  version: number;
  /** How the document is named in messages: "1:1 space". */
  label: string;
  zodSchema: z.ZodType<T>;
  /** Older versions still read, by version number; any other older version is unreadable. */
  olderVersions?: Readonly<Record<number, OlderVersionReader<T>>>;
}

/**
 * JSON → checked document: malformed JSON, a different kind of document, a version written by a
 * newer app, then field-level validation (an older version's through its schema, then upgraded).
 * Never throws.
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
    return unreadable(`The ${kind.label} file is not valid JSON (${detail}).`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return unreadable(`The ${kind.label} file does not hold a JSON object.`);
  }
  const { schema, version } = json as { schema?: unknown; version?: unknown };
  if (schema !== kind.schema) {
    const found = typeof schema === 'string' ? `"${schema}"` : 'no schema name';
    return unreadable(`This is not a ${kind.label} file (expected schema "${kind.schema}", found ${found}).`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return unreadable(`version: expected a whole number from 1, found ${JSON.stringify(version)}`);
  }
  if (version > kind.version) {
    return {
      ok: false,
      reason: 'newer-version',
      foundVersion: version,
      readsUpTo: kind.version,
      problems: [
        `This ${kind.label} was made by a newer version of the app (version ${version}; this app reads up to ${kind.version}). This app leaves it unchanged: update the app to edit it.`,
      ],
    };
  }
  if (version < kind.version) {
    const older = kind.olderVersions?.[version];
    if (older === undefined) {
      return unreadable(`version: ${version} is no longer supported (this app reads ${kind.version}).`);
    }
    const result = older.read(json);
    if (!result.success)
      return { ok: false, reason: 'unreadable', problems: renderZodIssues(result.issues, json) };
    return { ok: true, document: result.document };
  }
  const result = kind.zodSchema.safeParse(json);
  if (!result.success) {
    return { ok: false, reason: 'unreadable', problems: renderZodIssues(result.error.issues, json) };
  }
  return { ok: true, document: result.data };
}

function unreadable(problem: string): DocumentParseFailure {
  return { ok: false, reason: 'unreadable', problems: [problem] };
}
