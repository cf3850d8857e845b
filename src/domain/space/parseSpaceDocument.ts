import { formatDocumentJson } from './formatDocumentJson';
import { mergeSpaceDocuments } from './mergeSpaceDocuments';
import { type DocumentParseResult, parseVersionedDocument } from './parseVersionedDocument';
import {
  type ActionItem,
  type SharedNote,
  SPACE_DOCUMENT_SCHEMA,
  SPACE_DOCUMENT_VERSION,
  type SpaceDocument,
  type SpacePerson,
  type Topic,
} from './spaceDocument';
import { spaceDocumentSchema } from './spaceDocumentSchema';
import type { Stamp } from './spaceStamp';

/**
 * Reads a space document from its JSON text. Never throws: malformed JSON, another kind of file,
 * a newer version or invalid fields give `{ ok: false, problems }` for the person to see, and the
 * caller must not overwrite that file.
 *
 * A valid document comes back in canonical form: lists sorted, and entries that repeat an id
 * merged (lossless, so a hand-edited or oddly written file is repaired rather than refused).
 */
export function parseSpaceDocument(raw: string): DocumentParseResult<SpaceDocument> {
  const parsed = parseVersionedDocument(raw, {
    schema: SPACE_DOCUMENT_SCHEMA,
    version: SPACE_DOCUMENT_VERSION,
    label: '1:1 space',
    zodSchema: spaceDocumentSchema,
  });
  if (!parsed.ok) return parsed;
  const empty: SpaceDocument = { ...parsed.document, topics: [], actionItems: [], occurrenceNotes: [] };
  return { ok: true, document: mergeSpaceDocuments(parsed.document, empty) };
}

/** Stable JSON: fixed key order, one entity per line. `parseSpaceDocument` reads it back equal. */
export function serializeSpaceDocument(document: SpaceDocument): string {
  return formatDocumentJson({
    schema: document.schema,
    version: document.version,
    spaceId: document.spaceId,
    createdAt: document.createdAt,
    leader: person(document.leader),
    employee: person(document.employee),
    topics: document.topics.map(topic),
    actionItems: document.actionItems.map(actionItem),
    occurrenceNotes: document.occurrenceNotes.map(note),
  });
}

function person(value: SpacePerson): SpacePerson {
  return { id: value.id, email: value.email, name: value.name };
}

function stamp(value: Stamp): Stamp {
  return { at: value.at, by: value.by };
}

function topic(value: Topic): Topic {
  return {
    id: value.id,
    author: value.author,
    createdAt: value.createdAt,
    createdForOccurrence: value.createdForOccurrence,
    section: value.section,
    order: value.order,
    text: value.text,
    status: value.status,
    discussedInOccurrence: value.discussedInOccurrence,
    deferredFromOccurrence: value.deferredFromOccurrence,
    deleted: value.deleted,
    stamps: {
      text: stamp(value.stamps.text),
      placement: stamp(value.stamps.placement),
      status: stamp(value.stamps.status),
      deferral: stamp(value.stamps.deferral),
      deleted: stamp(value.stamps.deleted),
    },
  };
}

function actionItem(value: ActionItem): ActionItem {
  return {
    id: value.id,
    createdBy: value.createdBy,
    createdAt: value.createdAt,
    createdInOccurrence: value.createdInOccurrence,
    text: value.text,
    owner: value.owner,
    dueDate: value.dueDate,
    status: value.status,
    closedInOccurrence: value.closedInOccurrence,
    deleted: value.deleted,
    stamps: {
      text: stamp(value.stamps.text),
      owner: stamp(value.stamps.owner),
      dueDate: stamp(value.stamps.dueDate),
      status: stamp(value.stamps.status),
      deleted: stamp(value.stamps.deleted),
    },
  };
}

function note(value: SharedNote): SharedNote {
  return {
    occurrence: value.occurrence,
    author: value.author,
    text: value.text,
    stamps: { text: stamp(value.stamps.text) },
  };
}
