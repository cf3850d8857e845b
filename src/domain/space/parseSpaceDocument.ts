import { canonicalPeriodSummary } from '../record/serializePeriodSummary';
import { SECTION_IDS } from './agendaSections';
import type { ChangeRecord } from './changeHistory';
import type { Expectation } from './expectation';
import type { FeedbackEntry } from './feedbackEntry';
import { formatDocumentJson } from './formatDocumentJson';
import type { CoachingNote, GrowthGoal } from './growthGoal';
import { mergeSpaceDocuments } from './mergeSpaceDocuments';
import { upgradeSpaceDocumentV1 } from './migrateSpaceDocument';
import type { PairPrompts } from './pairPrompts';
import { type DocumentParseResult, olderVersion, parseVersionedDocument } from './parseVersionedDocument';
import {
  type ActionItem,
  type SharedNote,
  SPACE_DOCUMENT_SCHEMA,
  SPACE_DOCUMENT_VERSION,
  type SpaceDocument,
  type SpacePerson,
  type Topic,
} from './spaceDocument';
import { spaceDocumentSchema, spaceDocumentV1Schema } from './spaceDocumentSchema';
import type { Stamp } from './spaceStamp';

/**
 * Reads a space document from its JSON text. Never throws: malformed JSON, another kind of file or
 * invalid fields give `{ ok: false, reason: 'unreadable', problems }`, a version written by a newer
 * app `{ ok: false, reason: 'newer-version', … }`; either way the caller must not overwrite that file.
 * A version 1 document comes back upgraded to version 2 (`migrateSpaceDocument.ts`).
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
    olderVersions: { 1: olderVersion(spaceDocumentV1Schema, upgradeSpaceDocumentV1) },
  });
  if (!parsed.ok) return parsed;
  return { ok: true, document: canonicalSpaceDocument(parsed.document) };
}

/** Lists sorted, and entries that repeat an id merged (lossless), by merging with an empty copy. */
export function canonicalSpaceDocument(document: SpaceDocument): SpaceDocument {
  const empty: SpaceDocument = {
    ...document,
    topics: [],
    actionItems: [],
    occurrenceNotes: [],
    expectations: [],
    growthGoals: [],
    coachingNotes: [],
    feedback: [],
    ...(document.periodSummaries === undefined ? {} : { periodSummaries: [] }),
  };
  return mergeSpaceDocuments(document, empty);
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
    expectations: document.expectations.map(expectation),
    growthGoals: document.growthGoals.map(growthGoal),
    coachingNotes: document.coachingNotes.map(coachingNote),
    feedback: document.feedback.map(feedbackEntry),
    sectionPrompts: pairPrompts(document.sectionPrompts),
    ...(document.periodSummaries === undefined
      ? {}
      : { periodSummaries: document.periodSummaries.map(canonicalPeriodSummary) }),
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

function change(value: ChangeRecord): ChangeRecord {
  return { at: value.at, by: value.by, field: value.field, value: value.value };
}

function expectation(value: Expectation): Expectation {
  return {
    id: value.id,
    proposedBy: value.proposedBy,
    createdAt: value.createdAt,
    priority: value.priority,
    whatGoodLooksLike: value.whatGoodLooksLike,
    goalLink: value.goalLink,
    reviewDate: value.reviewDate,
    status: value.status,
    confirmed: value.confirmed,
    deleted: value.deleted,
    stamps: {
      priority: stamp(value.stamps.priority),
      standard: stamp(value.stamps.standard),
      goalLink: stamp(value.stamps.goalLink),
      reviewDate: stamp(value.stamps.reviewDate),
      status: stamp(value.stamps.status),
      confirmation: stamp(value.stamps.confirmation),
      deleted: stamp(value.stamps.deleted),
    },
    history: value.history.map(change),
  };
}

function growthGoal(value: GrowthGoal): GrowthGoal {
  return {
    id: value.id,
    proposedBy: value.proposedBy,
    createdAt: value.createdAt,
    capability: value.capability,
    nextStep: value.nextStep,
    leaderSupport: value.leaderSupport,
    status: value.status,
    confirmed: value.confirmed,
    deleted: value.deleted,
    stamps: {
      capability: stamp(value.stamps.capability),
      nextStep: stamp(value.stamps.nextStep),
      leaderSupport: stamp(value.stamps.leaderSupport),
      status: stamp(value.stamps.status),
      confirmation: stamp(value.stamps.confirmation),
      deleted: stamp(value.stamps.deleted),
    },
  };
}

function coachingNote(value: CoachingNote): CoachingNote {
  return {
    id: value.id,
    growthGoalId: value.growthGoalId,
    author: value.author,
    createdAt: value.createdAt,
    occurrence: value.occurrence,
    text: value.text,
    deleted: value.deleted,
    stamps: { text: stamp(value.stamps.text), deleted: stamp(value.stamps.deleted) },
  };
}

function feedbackEntry(value: FeedbackEntry): FeedbackEntry {
  return {
    id: value.id,
    author: value.author,
    createdAt: value.createdAt,
    kind: value.kind,
    text: value.text,
    date: value.date,
    linkedTo: value.linkedTo === null ? null : { kind: value.linkedTo.kind, id: value.linkedTo.id },
    deleted: value.deleted,
    stamps: {
      kind: stamp(value.stamps.kind),
      text: stamp(value.stamps.text),
      date: stamp(value.stamps.date),
      link: stamp(value.stamps.link),
      deleted: stamp(value.stamps.deleted),
    },
  };
}

function pairPrompts(value: PairPrompts): PairPrompts {
  const entries = SECTION_IDS.map((id) => {
    const register = value[id];
    return [id, { prompts: register.prompts, stamps: { prompts: stamp(register.stamps.prompts) } }] as const;
  });
  return Object.fromEntries(entries) as PairPrompts;
}
