import { z } from 'zod';
import { periodSummariesSchema } from '../record/periodSummarySchema';
import {
  coachingNoteSchema,
  expectationSchema,
  feedbackEntrySchema,
  growthGoalSchema,
  pairPromptsSchema,
} from './performanceSchemas';
import {
  calendarDateSchema,
  entityIdSchema,
  finiteNumberSchema,
  isoInstantSchema,
  occurrenceKeySchema,
  roleSchema,
  sectionIdSchema,
  stampSchema,
  textSchema,
} from './schemaParts';
import {
  ACTION_ITEM_STATUSES,
  SPACE_DOCUMENT_SCHEMA,
  SPACE_DOCUMENT_VERSION,
  type SpaceDocument,
  type SpaceDocumentV1,
  TOPIC_STATUSES,
} from './spaceDocument';
import { ACTION_ITEM_TEXT_MAX, NOTE_TEXT_MAX, TOPIC_TEXT_MAX } from './textLimits';

/**
 * Validation of a space document read from OneDrive: version 2, and version 1 (which is then
 * upgraded, `migrateSpaceDocument.ts`).
 *
 * Objects are strict: a field this version does not know means a newer app wrote something it
 * would lose by rewriting the document, so the document is refused (read-only for this app)
 * rather than silently stripped. Adding a field therefore always bumps the version.
 */

export const personSchema = z.strictObject({
  id: z.string().min(1).max(200),
  email: z.string().min(1).max(320),
  name: z.string().max(500),
});

export const topicSchema = z.strictObject({
  id: entityIdSchema,
  author: roleSchema,
  createdAt: isoInstantSchema,
  createdForOccurrence: occurrenceKeySchema.nullable(),
  section: sectionIdSchema,
  order: finiteNumberSchema,
  text: textSchema(TOPIC_TEXT_MAX),
  status: z.enum(TOPIC_STATUSES),
  discussedInOccurrence: occurrenceKeySchema.nullable(),
  deferredFromOccurrence: occurrenceKeySchema.nullable(),
  deleted: z.boolean(),
  stamps: z.strictObject({
    text: stampSchema,
    placement: stampSchema,
    status: stampSchema,
    deferral: stampSchema,
    deleted: stampSchema,
  }),
});

export const actionItemSchema = z.strictObject({
  id: entityIdSchema,
  createdBy: roleSchema,
  createdAt: isoInstantSchema,
  createdInOccurrence: occurrenceKeySchema.nullable(),
  text: textSchema(ACTION_ITEM_TEXT_MAX),
  owner: roleSchema,
  dueDate: calendarDateSchema.nullable(),
  status: z.enum(ACTION_ITEM_STATUSES),
  closedInOccurrence: occurrenceKeySchema.nullable(),
  deleted: z.boolean(),
  stamps: z.strictObject({
    text: stampSchema,
    owner: stampSchema,
    dueDate: stampSchema,
    status: stampSchema,
    deleted: stampSchema,
  }),
});

export const sharedNoteSchema = z.strictObject({
  occurrence: occurrenceKeySchema,
  author: roleSchema,
  text: textSchema(NOTE_TEXT_MAX, true),
  stamps: z.strictObject({ text: stampSchema }),
});

const version1Fields = {
  schema: z.literal(SPACE_DOCUMENT_SCHEMA),
  spaceId: entityIdSchema,
  leader: personSchema,
  employee: personSchema,
  createdAt: isoInstantSchema,
  // Generous caps: years of weekly 1:1s stay far below them; a runaway file does not.
  topics: z.array(topicSchema).max(20_000),
  actionItems: z.array(actionItemSchema).max(20_000),
  occurrenceNotes: z.array(sharedNoteSchema).max(20_000),
};

export const spaceDocumentV1Schema: z.ZodType<SpaceDocumentV1> = z.strictObject({
  ...version1Fields,
  version: z.literal(1),
});

export const spaceDocumentSchema: z.ZodType<SpaceDocument> = z.strictObject({
  ...version1Fields,
  version: z.literal(SPACE_DOCUMENT_VERSION),
  expectations: z.array(expectationSchema).max(2_000),
  growthGoals: z.array(growthGoalSchema).max(2_000),
  coachingNotes: z.array(coachingNoteSchema).max(20_000),
  feedback: z.array(feedbackEntrySchema).max(20_000),
  sectionPrompts: pairPromptsSchema,
  periodSummaries: periodSummariesSchema.optional(),
});
