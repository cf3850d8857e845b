import type { z } from 'zod';
import { defaultPairPrompts } from './pairPrompts';
import { parseKnownFields } from './parseKnownFields';
import { canonicalSpaceDocument } from './parseSpaceDocument';
import {
  coachingNoteSchema,
  expectationSchema,
  feedbackEntrySchema,
  growthGoalSchema,
  pairPromptsSchema,
} from './performanceSchemas';
import { entityIdSchema, isoInstantSchema } from './schemaParts';
import { SPACE_DOCUMENT_SCHEMA, SPACE_DOCUMENT_VERSION, type SpaceDocument } from './spaceDocument';
import { actionItemSchema, personSchema, sharedNoteSchema, topicSchema } from './spaceDocumentSchema';

/** The same caps as a readable document's lists: a runaway file is not read past them. */
const MAX_ENTRIES = 20_000;

/**
 * What a space written by a newer version of the app says, as far as this version can tell, to show it
 * read-only while the person updates the app. Best effort: each entry of a list this version knows is read
 * through this version's rules with the fields it does not know left out; an entry whose known fields are
 * missing or invalid is skipped rather than guessed at, and so are lists and fields this version has never
 * heard of. The pair's prompts fall back to the defaults. Null when the file is not a newer space or its
 * identity (the space id, the two people, the creation date) cannot be read.
 *
 * What it returns must never be written, merged into a copy that is written, or edited: it lacks what the
 * newer app stored. Its `version` says 2 only because that is the shape this app reads.
 */
export function readNewerSpaceDocument(raw: string): SpaceDocument | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const fields = new Map(Object.entries(json));
  const version = fields.get('version');
  if (fields.get('schema') !== SPACE_DOCUMENT_SCHEMA) return null;
  if (typeof version !== 'number' || !Number.isInteger(version) || version <= SPACE_DOCUMENT_VERSION)
    return null;

  const spaceId = parseKnownFields(entityIdSchema, fields.get('spaceId'));
  const leader = parseKnownFields(personSchema, fields.get('leader'));
  const employee = parseKnownFields(personSchema, fields.get('employee'));
  const createdAt = parseKnownFields(isoInstantSchema, fields.get('createdAt'));
  if (spaceId === null || leader === null || employee === null || createdAt === null) return null;

  return canonicalSpaceDocument({
    schema: SPACE_DOCUMENT_SCHEMA,
    version: SPACE_DOCUMENT_VERSION,
    spaceId,
    leader,
    employee,
    createdAt,
    topics: readableEntries(topicSchema, fields.get('topics')),
    actionItems: readableEntries(actionItemSchema, fields.get('actionItems')),
    occurrenceNotes: readableEntries(sharedNoteSchema, fields.get('occurrenceNotes')),
    expectations: readableEntries(expectationSchema, fields.get('expectations')),
    growthGoals: readableEntries(growthGoalSchema, fields.get('growthGoals')),
    coachingNotes: readableEntries(coachingNoteSchema, fields.get('coachingNotes')),
    feedback: readableEntries(feedbackEntrySchema, fields.get('feedback')),
    sectionPrompts:
      parseKnownFields(pairPromptsSchema, fields.get('sectionPrompts')) ??
      defaultPairPrompts({ at: createdAt, by: 'leader' }),
  });
}

/** The entries of a list that this version can read; anything that is not a list reads as empty. */
function readableEntries<T>(schema: z.ZodType<T>, list: unknown): T[] {
  if (!Array.isArray(list)) return [];
  return list.slice(0, MAX_ENTRIES).flatMap((entry: unknown) => {
    const read = parseKnownFields(schema, entry);
    return read === null ? [] : [read];
  });
}
