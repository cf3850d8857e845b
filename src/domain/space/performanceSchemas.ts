import { z } from 'zod';
import { SECTION_IDS } from './agendaSections';
import { MAX_HISTORY_PER_EXPECTATION } from './changeHistory';
import { EXPECTATION_STATUSES } from './expectation';
import { FEEDBACK_KINDS, FEEDBACK_LINK_KINDS } from './feedbackEntry';
import { GROWTH_GOAL_STATUSES } from './growthGoal';
import type { PairPrompts } from './pairPrompts';
import {
  calendarDateSchema,
  entityIdSchema,
  isoInstantSchema,
  occurrenceKeySchema,
  roleSchema,
  stampSchema,
  textSchema,
} from './schemaParts';
import { MAX_PAIR_PROMPTS_PER_SECTION } from './spaceCountLimits';
import {
  CAPABILITY_TEXT_MAX,
  COACHING_NOTE_TEXT_MAX,
  FEEDBACK_TEXT_MAX,
  GOAL_LINK_TEXT_MAX,
  GROWTH_STEP_TEXT_MAX,
  PRIORITY_TEXT_MAX,
  PROMPT_TEXT_MAX,
  STANDARD_TEXT_MAX,
} from './textLimits';

/** Validation of the entities version 2 added to the space document (strict, as in version 1). */

const changeRecordSchema = z.strictObject({
  at: isoInstantSchema,
  by: roleSchema,
  field: z.string().min(1).max(40),
  value: z.union([textSchema(STANDARD_TEXT_MAX, true), z.boolean(), z.null()]),
});

export const expectationSchema = z.strictObject({
  id: entityIdSchema,
  proposedBy: roleSchema,
  createdAt: isoInstantSchema,
  priority: textSchema(PRIORITY_TEXT_MAX),
  whatGoodLooksLike: textSchema(STANDARD_TEXT_MAX, true),
  goalLink: textSchema(GOAL_LINK_TEXT_MAX).nullable(),
  reviewDate: calendarDateSchema.nullable(),
  status: z.enum(EXPECTATION_STATUSES),
  confirmed: z.boolean(),
  deleted: z.boolean(),
  stamps: z.strictObject({
    priority: stampSchema,
    standard: stampSchema,
    goalLink: stampSchema,
    reviewDate: stampSchema,
    status: stampSchema,
    confirmation: stampSchema,
    deleted: stampSchema,
  }),
  history: z.array(changeRecordSchema).max(MAX_HISTORY_PER_EXPECTATION),
});

export const growthGoalSchema = z.strictObject({
  id: entityIdSchema,
  proposedBy: roleSchema,
  createdAt: isoInstantSchema,
  capability: textSchema(CAPABILITY_TEXT_MAX),
  nextStep: textSchema(GROWTH_STEP_TEXT_MAX, true),
  leaderSupport: textSchema(GROWTH_STEP_TEXT_MAX, true),
  status: z.enum(GROWTH_GOAL_STATUSES),
  confirmed: z.boolean(),
  deleted: z.boolean(),
  stamps: z.strictObject({
    capability: stampSchema,
    nextStep: stampSchema,
    leaderSupport: stampSchema,
    status: stampSchema,
    confirmation: stampSchema,
    deleted: stampSchema,
  }),
});

export const coachingNoteSchema = z.strictObject({
  id: entityIdSchema,
  growthGoalId: entityIdSchema,
  author: roleSchema,
  createdAt: isoInstantSchema,
  occurrence: occurrenceKeySchema.nullable(),
  text: textSchema(COACHING_NOTE_TEXT_MAX),
  deleted: z.boolean(),
  stamps: z.strictObject({ text: stampSchema, deleted: stampSchema }),
});

export const feedbackLinkSchema = z.strictObject({ kind: z.enum(FEEDBACK_LINK_KINDS), id: entityIdSchema });

export const feedbackEntrySchema = z.strictObject({
  id: entityIdSchema,
  author: roleSchema,
  createdAt: isoInstantSchema,
  kind: z.enum(FEEDBACK_KINDS),
  text: textSchema(FEEDBACK_TEXT_MAX),
  date: calendarDateSchema,
  linkedTo: feedbackLinkSchema.nullable(),
  deleted: z.boolean(),
  stamps: z.strictObject({
    kind: stampSchema,
    text: stampSchema,
    date: stampSchema,
    link: stampSchema,
    deleted: stampSchema,
  }),
});

export const pairPromptListSchema = z
  .array(textSchema(PROMPT_TEXT_MAX))
  .min(1)
  .max(MAX_PAIR_PROMPTS_PER_SECTION);

const sectionPromptsRegisterSchema = z.strictObject({
  prompts: pairPromptListSchema.nullable(),
  stamps: z.strictObject({ prompts: stampSchema }),
});

export const pairPromptsSchema: z.ZodType<PairPrompts> = z.strictObject(
  Object.fromEntries(SECTION_IDS.map((id) => [id, sectionPromptsRegisterSchema])) as Record<
    (typeof SECTION_IDS)[number],
    typeof sectionPromptsRegisterSchema
  >,
);
