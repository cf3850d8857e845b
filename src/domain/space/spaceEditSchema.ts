import { z } from 'zod';
import { periodSummaryEditSchemas } from '../record/periodSummarySchema';
import { performanceEditSchemas } from './performanceEditSchema';
import {
  calendarDateSchema,
  entityIdSchema,
  finiteNumberSchema,
  isoInstantSchema,
  occurrenceKeySchema,
  roleSchema,
  sectionIdSchema,
  textSchema,
} from './schemaParts';
import { ACTION_ITEM_STATUSES, TOPIC_STATUSES } from './spaceDocument';
import type { SpaceEdit } from './spaceEdits';
import { ACTION_ITEM_TEXT_MAX, NOTE_TEXT_MAX, TOPIC_TEXT_MAX } from './textLimits';

/** Validation of stored edits (the outbox, the employee's pending topics). */

const base = { id: entityIdSchema, at: isoInstantSchema, by: roleSchema };

export const spaceEditSchema: z.ZodType<SpaceEdit> = z.discriminatedUnion('type', [
  z.strictObject({
    ...base,
    type: z.literal('addTopic'),
    topicId: entityIdSchema,
    section: sectionIdSchema,
    text: textSchema(TOPIC_TEXT_MAX),
    order: finiteNumberSchema,
    createdForOccurrence: occurrenceKeySchema.nullable(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('editTopicText'),
    topicId: entityIdSchema,
    text: textSchema(TOPIC_TEXT_MAX),
  }),
  z.strictObject({
    ...base,
    type: z.literal('setTopicStatus'),
    topicId: entityIdSchema,
    status: z.enum(TOPIC_STATUSES),
    occurrence: occurrenceKeySchema.nullable(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('moveTopic'),
    topicId: entityIdSchema,
    section: sectionIdSchema,
    order: finiteNumberSchema,
  }),
  z.strictObject({ ...base, type: z.literal('deleteTopic'), topicId: entityIdSchema }),
  z.strictObject({ ...base, type: z.literal('restoreTopic'), topicId: entityIdSchema }),
  z.strictObject({
    ...base,
    type: z.literal('addActionItem'),
    actionItemId: entityIdSchema,
    text: textSchema(ACTION_ITEM_TEXT_MAX),
    owner: roleSchema,
    dueDate: calendarDateSchema.nullable(),
    createdInOccurrence: occurrenceKeySchema.nullable(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('editActionItem'),
    actionItemId: entityIdSchema,
    text: textSchema(ACTION_ITEM_TEXT_MAX).optional(),
    owner: roleSchema.optional(),
    dueDate: calendarDateSchema.nullable().optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('setActionItemStatus'),
    actionItemId: entityIdSchema,
    status: z.enum(ACTION_ITEM_STATUSES),
    occurrence: occurrenceKeySchema.nullable(),
  }),
  z.strictObject({ ...base, type: z.literal('deleteActionItem'), actionItemId: entityIdSchema }),
  z.strictObject({ ...base, type: z.literal('restoreActionItem'), actionItemId: entityIdSchema }),
  z.strictObject({
    ...base,
    type: z.literal('setSharedNote'),
    occurrence: occurrenceKeySchema,
    text: textSchema(NOTE_TEXT_MAX, true),
  }),
  ...performanceEditSchemas,
  ...periodSummaryEditSchemas,
]);
