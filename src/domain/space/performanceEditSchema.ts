import { z } from 'zod';
import { SECTION_IDS } from './agendaSections';
import { EXPECTATION_STATUSES } from './expectation';
import { FEEDBACK_KINDS } from './feedbackEntry';
import { GROWTH_GOAL_STATUSES } from './growthGoal';
import { PERFORMANCE_LISTS } from './performanceEntryLists';
import { feedbackLinkSchema, pairPromptListSchema } from './performanceSchemas';
import {
  calendarDateSchema,
  entityIdSchema,
  isoInstantSchema,
  occurrenceKeySchema,
  roleSchema,
  textSchema,
} from './schemaParts';
import {
  CAPABILITY_TEXT_MAX,
  COACHING_NOTE_TEXT_MAX,
  FEEDBACK_TEXT_MAX,
  GOAL_LINK_TEXT_MAX,
  GROWTH_STEP_TEXT_MAX,
  PRIORITY_TEXT_MAX,
  STANDARD_TEXT_MAX,
} from './textLimits';

/** Validation of stored version 2 edits (the outbox); joined into `spaceEditSchema`. */

const base = { id: entityIdSchema, at: isoInstantSchema, by: roleSchema };
const goalLinkSchema = textSchema(GOAL_LINK_TEXT_MAX, true).nullable();

export const performanceEditSchemas = [
  z.strictObject({
    ...base,
    type: z.literal('proposeExpectation'),
    expectationId: entityIdSchema,
    priority: textSchema(PRIORITY_TEXT_MAX),
    whatGoodLooksLike: textSchema(STANDARD_TEXT_MAX, true),
    goalLink: goalLinkSchema,
    reviewDate: calendarDateSchema.nullable(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('editExpectation'),
    expectationId: entityIdSchema,
    priority: textSchema(PRIORITY_TEXT_MAX).optional(),
    whatGoodLooksLike: textSchema(STANDARD_TEXT_MAX, true).optional(),
    goalLink: goalLinkSchema.optional(),
    reviewDate: calendarDateSchema.nullable().optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('setExpectationStatus'),
    expectationId: entityIdSchema,
    status: z.enum(EXPECTATION_STATUSES),
  }),
  z.strictObject({ ...base, type: z.literal('confirmExpectation'), expectationId: entityIdSchema }),
  z.strictObject({
    ...base,
    type: z.literal('proposeGrowthGoal'),
    growthGoalId: entityIdSchema,
    capability: textSchema(CAPABILITY_TEXT_MAX),
    nextStep: textSchema(GROWTH_STEP_TEXT_MAX, true),
    leaderSupport: textSchema(GROWTH_STEP_TEXT_MAX, true),
  }),
  z.strictObject({
    ...base,
    type: z.literal('editGrowthGoal'),
    growthGoalId: entityIdSchema,
    capability: textSchema(CAPABILITY_TEXT_MAX).optional(),
    nextStep: textSchema(GROWTH_STEP_TEXT_MAX, true).optional(),
    leaderSupport: textSchema(GROWTH_STEP_TEXT_MAX, true).optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('setGrowthGoalStatus'),
    growthGoalId: entityIdSchema,
    status: z.enum(GROWTH_GOAL_STATUSES),
  }),
  z.strictObject({ ...base, type: z.literal('confirmGrowthGoal'), growthGoalId: entityIdSchema }),
  z.strictObject({
    ...base,
    type: z.literal('addCoachingNote'),
    coachingNoteId: entityIdSchema,
    growthGoalId: entityIdSchema,
    occurrence: occurrenceKeySchema.nullable(),
    text: textSchema(COACHING_NOTE_TEXT_MAX),
  }),
  z.strictObject({
    ...base,
    type: z.literal('editCoachingNote'),
    coachingNoteId: entityIdSchema,
    text: textSchema(COACHING_NOTE_TEXT_MAX),
  }),
  z.strictObject({
    ...base,
    type: z.literal('recordFeedback'),
    feedbackId: entityIdSchema,
    kind: z.enum(FEEDBACK_KINDS),
    text: textSchema(FEEDBACK_TEXT_MAX),
    date: calendarDateSchema,
    linkedTo: feedbackLinkSchema.nullable(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('editFeedback'),
    feedbackId: entityIdSchema,
    kind: z.enum(FEEDBACK_KINDS).optional(),
    text: textSchema(FEEDBACK_TEXT_MAX).optional(),
    date: calendarDateSchema.optional(),
    linkedTo: feedbackLinkSchema.nullable().optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('deletePerformanceEntry'),
    list: z.enum(PERFORMANCE_LISTS),
    entryId: entityIdSchema,
  }),
  z.strictObject({
    ...base,
    type: z.literal('restorePerformanceEntry'),
    list: z.enum(PERFORMANCE_LISTS),
    entryId: entityIdSchema,
  }),
  z.strictObject({
    ...base,
    type: z.literal('setSectionPrompts'),
    section: z.enum(SECTION_IDS),
    prompts: pairPromptListSchema.nullable(),
  }),
] as const;
