import { z } from 'zod';
import { SECTION_IDS } from './agendaSections';
import { CALENDAR_DATE_PATTERN, isCalendarDate } from './calendarDate';
import { ENTITY_ID_PATTERN } from './entityId';
import { hasRealInstantFields, ISO_INSTANT_PATTERN } from './isoInstant';
import { SPACE_ROLES } from './spaceStamp';
import { codePointLength } from './textLimits';

/**
 * Zod pieces shared by the documents the app stores (space, template, pending topics, private
 * notes). Messages are written for people: `renderZodIssues` puts the path in front of them.
 */

export const isoInstantSchema = z
  .string()
  .regex(ISO_INSTANT_PATTERN, { error: 'expected an instant like 2026-11-02T09:00:00.000Z' })
  // Only for well-formed text, so a malformed value gets one message, not two.
  .refine((value) => !ISO_INSTANT_PATTERN.test(value) || hasRealInstantFields(value), {
    error: 'is not a real date and time',
  });

export const occurrenceKeySchema = isoInstantSchema;

export const entityIdSchema = z
  .string()
  .regex(ENTITY_ID_PATTERN, { error: 'expected an id of up to 100 letters, digits, ".", "_", ":" or "-"' });

export const roleSchema = z.enum(SPACE_ROLES);

export const sectionIdSchema = z.enum(SECTION_IDS);

export const stampSchema = z.strictObject({ at: isoInstantSchema, by: roleSchema });

export const calendarDateSchema = z
  .string()
  .regex(CALENDAR_DATE_PATTERN, { error: 'expected a date like 2026-11-02' })
  .refine((value) => !CALENDAR_DATE_PATTERN.test(value) || isCalendarDate(value), {
    error: 'is not a real date',
  });

/** Text as `textLimits` stores it: at most `maxLength` code points, and not blank unless allowed. */
export function textSchema(maxLength: number, allowEmpty = false) {
  return z
    .string()
    .refine((text) => allowEmpty || text.trim() !== '', { error: 'must not be empty' })
    .refine((text) => text.length <= maxLength || codePointLength(text) <= maxLength, {
      error: `is longer than ${maxLength.toLocaleString('en')} characters`,
    });
}

/** A finite number (JSON has no Infinity, but a hand-edited file might say 1e999). */
export const finiteNumberSchema = z.number().refine(Number.isFinite, { error: 'expected a finite number' });
