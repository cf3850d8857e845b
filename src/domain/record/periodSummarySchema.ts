import { z } from 'zod';
import {
  calendarDateSchema,
  entityIdSchema,
  isoInstantSchema,
  roleSchema,
  stampSchema,
  textSchema,
} from '../space/schemaParts';
import {
  PERIOD_SUMMARIES_SCHEMA_MAX,
  type PeriodSummary,
  SUMMARY_COMMENT_TEXT_MAX,
  SUMMARY_SECTION_TEXT_MAX,
} from './periodSummary';

/** Validation of stored period summaries and their edits (strict, like every space entity). */

export const summarySectionsSchema = z.strictObject({
  direction: textSchema(SUMMARY_SECTION_TEXT_MAX, true),
  capability: textSchema(SUMMARY_SECTION_TEXT_MAX, true),
  accountability: textSchema(SUMMARY_SECTION_TEXT_MAX, true),
  relationship: textSchema(SUMMARY_SECTION_TEXT_MAX, true),
});

export const periodSummarySchema: z.ZodType<PeriodSummary> = z.strictObject({
  id: entityIdSchema,
  periodStart: calendarDateSchema,
  periodEnd: calendarDateSchema,
  createdAt: isoInstantSchema,
  previousRevisionId: entityIdSchema.nullable(),
  sections: summarySectionsSchema,
  acknowledgement: z
    .strictObject({
      comment: textSchema(SUMMARY_COMMENT_TEXT_MAX, true),
      sections: summarySectionsSchema,
      sectionsWrittenAt: isoInstantSchema,
    })
    .nullable(),
  deleted: z.boolean(),
  stamps: z.strictObject({ sections: stampSchema, acknowledgement: stampSchema, deleted: stampSchema }),
});

export const periodSummariesSchema = z.array(periodSummarySchema).max(PERIOD_SUMMARIES_SCHEMA_MAX);

const base = { id: entityIdSchema, at: isoInstantSchema, by: roleSchema };

export const periodSummaryEditSchemas = [
  z.strictObject({
    ...base,
    type: z.literal('writePeriodSummary'),
    summaryId: entityIdSchema,
    periodStart: calendarDateSchema,
    periodEnd: calendarDateSchema,
    previousRevisionId: entityIdSchema.nullable(),
    sections: summarySectionsSchema,
  }),
  z.strictObject({
    ...base,
    type: z.literal('acknowledgePeriodSummary'),
    summaryId: entityIdSchema,
    comment: textSchema(SUMMARY_COMMENT_TEXT_MAX, true),
    sections: summarySectionsSchema,
    sectionsWrittenAt: isoInstantSchema,
  }),
  z.strictObject({ ...base, type: z.literal('deletePeriodSummary'), summaryId: entityIdSchema }),
] as const;
