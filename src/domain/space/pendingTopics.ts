import { z } from 'zod';
import { compareOrdinal } from '../compareOrdinal';
import { normalizeEmail } from '../normalizeEmail';
import { createSpaceDocument } from './createSpaceDocument';
import { isTopicLive } from './entityLiveness';
import { formatDocumentJson } from './formatDocumentJson';
import { type DocumentParseResult, parseVersionedDocument } from './parseVersionedDocument';
import type { SpaceDocument, Topic } from './spaceDocument';
import { spaceEditSchema } from './spaceEditSchema';
import { applySpaceEdit, applySpaceEdits, type SpaceEdit } from './spaceEdits';

/**
 * The employee's topics for a leader whose side has not created the shared space yet, kept in the
 * employee's own drive so nothing typed is lost. They are stored as the very edits that will be
 * applied to the space (with their topic ids), so joining the space later is a replay, and
 * replaying twice (after a crash between "space written" and "pending cleared") changes nothing.
 */

export const PENDING_TOPICS_SCHEMA = 'one-on-one-pending-topics';
export const PENDING_TOPICS_VERSION = 1;
export const MAX_PENDING_EDITS = 2_000;

export interface PendingTopics {
  schema: typeof PENDING_TOPICS_SCHEMA;
  version: typeof PENDING_TOPICS_VERSION;
  /** Lower-cased: the leader these topics are for. */
  leaderEmail: string;
  /** In the order they were made. */
  edits: SpaceEdit[];
}

export const pendingTopicsSchema: z.ZodType<PendingTopics> = z.strictObject({
  schema: z.literal(PENDING_TOPICS_SCHEMA),
  version: z.literal(PENDING_TOPICS_VERSION),
  leaderEmail: z.string().min(1).max(320),
  edits: z.array(spaceEditSchema).max(MAX_PENDING_EDITS),
});

export function createPendingTopics(leaderEmail: string): PendingTopics {
  return {
    schema: PENDING_TOPICS_SCHEMA,
    version: PENDING_TOPICS_VERSION,
    leaderEmail: normalizeEmail(leaderEmail),
    edits: [],
  };
}

/** Records one more edit; an edit already recorded (same id) is not added twice. */
export function addPendingEdit(pending: PendingTopics, edit: SpaceEdit): PendingTopics {
  if (pending.edits.some((existing) => existing.id === edit.id)) return pending;
  return { ...pending, edits: [...pending.edits, edit] };
}

/** Drops the edits the shared space now holds (after the space write was acknowledged). */
export function removePendingEdits(pending: PendingTopics, editIds: readonly string[]): PendingTopics {
  const done = new Set(editIds);
  return { ...pending, edits: pending.edits.filter((edit) => !done.has(edit.id)) };
}

/**
 * The employee's pending topics as they would appear, for showing before the space exists. Uses a
 * scratch space (same placement rules as the real one).
 */
export function pendingTopicList(pending: PendingTopics): Topic[] {
  const scratch = createSpaceDocument({
    spaceId: 'pending',
    leader: { id: '', email: pending.leaderEmail, name: '' },
    employee: { id: '', email: '', name: '' },
    now: '1970-01-01T00:00:00.000Z',
  });
  return applySpaceEdits(scratch, pending.edits)
    .topics.filter(isTopicLive)
    .sort((a, b) => compareOrdinal(a.createdAt, b.createdAt) || compareOrdinal(a.id, b.id));
}

export interface AbsorbResult {
  document: SpaceDocument;
  /**
   * Edits now reflected in the space: every pending edit, since each is applied or (targeting a
   * topic that never existed) can never apply. Remove them from the pending document once the
   * space write is acknowledged. Empty when the pending topics are for another leader.
   */
  absorbedEditIds: string[];
}

/**
 * Joins the pending topics into the shared space, idempotently: edits carry their ids and fixed
 * topic ids, and applying an edit is a join (see `applySpaceEdit`), so absorbing again after a
 * crash, or after the leader already edited those topics, duplicates nothing and undoes nothing.
 */
export function absorbPendingTopics(space: SpaceDocument, pending: PendingTopics): AbsorbResult {
  if (normalizeEmail(pending.leaderEmail) !== normalizeEmail(space.leader.email)) {
    return { document: space, absorbedEditIds: [] };
  }
  let document = space;
  for (const edit of pending.edits) document = applySpaceEdit(document, edit);
  return { document, absorbedEditIds: pending.edits.map((edit) => edit.id) };
}

export function parsePendingTopics(raw: string): DocumentParseResult<PendingTopics> {
  return parseVersionedDocument(raw, {
    schema: PENDING_TOPICS_SCHEMA,
    version: PENDING_TOPICS_VERSION,
    label: 'pending topics',
    zodSchema: pendingTopicsSchema,
  });
}

export function serializePendingTopics(pending: PendingTopics): string {
  return formatDocumentJson({
    schema: pending.schema,
    version: pending.version,
    leaderEmail: pending.leaderEmail,
    edits: pending.edits,
  });
}
