import { z } from 'zod';
import { compareOrdinal } from '../compareOrdinal';
import { normalizeEmail } from '../normalizeEmail';
import { formatDocumentJson } from './formatDocumentJson';
import { type IsoInstant, toIsoInstant } from './isoInstant';
import type { OccurrenceKey } from './occurrenceKey';
import { type DocumentParseResult, parseVersionedDocument } from './parseVersionedDocument';
import { isoInstantSchema, occurrenceKeySchema, textSchema } from './schemaParts';
import { checkNoteText, NOTE_TEXT_MAX, type TextCheck } from './textLimits';

/**
 * A person's private notes about their 1:1s with one counterpart. Stored only in the author's own
 * drive, never in the shared space, so neither the other person nor anyone with access to the
 * shared file can read them. One author, possibly several devices: entries merge per occurrence,
 * latest `updatedAt` wins. A cleared note stays as an empty entry so an older copy cannot bring
 * the text back.
 */

export const PRIVATE_NOTES_SCHEMA = 'one-on-one-private-notes';
export const PRIVATE_NOTES_VERSION = 1;

export interface PrivateNote {
  occurrence: OccurrenceKey;
  text: string;
  updatedAt: IsoInstant;
}

export interface PrivateNotes {
  schema: typeof PRIVATE_NOTES_SCHEMA;
  version: typeof PRIVATE_NOTES_VERSION;
  /** The counterpart's lower-cased email: whose 1:1s these notes are about. */
  spaceKey: string;
  /** Sorted by occurrence, one per occurrence. */
  notes: PrivateNote[];
}

export const privateNotesSchema: z.ZodType<PrivateNotes> = z.strictObject({
  schema: z.literal(PRIVATE_NOTES_SCHEMA),
  version: z.literal(PRIVATE_NOTES_VERSION),
  spaceKey: z.string().min(1).max(320),
  notes: z
    .array(
      z.strictObject({
        occurrence: occurrenceKeySchema,
        text: textSchema(NOTE_TEXT_MAX, true),
        updatedAt: isoInstantSchema,
      }),
    )
    .max(20_000),
});

export function createPrivateNotes(counterpartEmail: string): PrivateNotes {
  return {
    schema: PRIVATE_NOTES_SCHEMA,
    version: PRIVATE_NOTES_VERSION,
    spaceKey: normalizeEmail(counterpartEmail),
    notes: [],
  };
}

export type PrivateNoteEditResult = { ok: true; notes: PrivateNotes } | Exclude<TextCheck, { ok: true }>;

/**
 * Sets the note of one occurrence (an empty text clears it). Too-long text is reported, not cut.
 * A `now` older than the stored note's `updatedAt` (a device with a slow clock) still wins: the
 * person just typed it; the stored time moves 1 ms past the old one so the ordering holds.
 */
export function setPrivateNote(
  notes: PrivateNotes,
  occurrence: OccurrenceKey,
  text: string,
  now: Date | string,
): PrivateNoteEditResult {
  const check = checkNoteText(text);
  if (!check.ok) return check;
  const key = toIsoInstant(occurrence);
  const wall = toIsoInstant(now);
  if (key === null || wall === null) throw new RangeError('occurrence and now must be instants');
  const existing = notes.notes.find((note) => note.occurrence === key);
  const updatedAt =
    existing !== undefined && existing.updatedAt >= wall
      ? new Date(Date.parse(existing.updatedAt) + 1).toISOString()
      : wall;
  const note: PrivateNote = { occurrence: key, text: check.value, updatedAt };
  return { ok: true, notes: { ...notes, notes: mergeNoteLists(notes.notes, [note]) } };
}

/** The note of an occurrence, or '' when there is none. */
export function privateNoteFor(notes: PrivateNotes, occurrence: OccurrenceKey): string {
  const key = toIsoInstant(occurrence);
  return notes.notes.find((note) => note.occurrence === key)?.text ?? '';
}

/** Combines two copies (two devices, or a 412 re-read): per occurrence the later note wins. */
export function mergePrivateNotes(a: PrivateNotes, b: PrivateNotes): PrivateNotes {
  const spaceKey = compareOrdinal(a.spaceKey, b.spaceKey) <= 0 ? a.spaceKey : b.spaceKey;
  return { schema: a.schema, version: a.version, spaceKey, notes: mergeNoteLists(a.notes, b.notes) };
}

function mergeNoteLists(a: readonly PrivateNote[], b: readonly PrivateNote[]): PrivateNote[] {
  const byOccurrence = new Map<OccurrenceKey, PrivateNote>();
  for (const note of [...a, ...b]) {
    const seen = byOccurrence.get(note.occurrence);
    byOccurrence.set(note.occurrence, seen === undefined || isLater(note, seen) ? note : seen);
  }
  return [...byOccurrence.values()].sort((x, y) => compareOrdinal(x.occurrence, y.occurrence));
}

function isLater(candidate: PrivateNote, current: PrivateNote): boolean {
  if (candidate.updatedAt !== current.updatedAt) return candidate.updatedAt > current.updatedAt;
  return compareOrdinal(candidate.text, current.text) > 0;
}

export function parsePrivateNotes(raw: string): DocumentParseResult<PrivateNotes> {
  const parsed = parseVersionedDocument(raw, {
    schema: PRIVATE_NOTES_SCHEMA,
    version: PRIVATE_NOTES_VERSION,
    label: 'private notes',
    zodSchema: privateNotesSchema,
  });
  if (!parsed.ok) return parsed;
  return { ok: true, document: { ...parsed.document, notes: mergeNoteLists(parsed.document.notes, []) } };
}

export function serializePrivateNotes(notes: PrivateNotes): string {
  return formatDocumentJson({
    schema: notes.schema,
    version: notes.version,
    spaceKey: notes.spaceKey,
    notes: notes.notes.map((note) => ({
      occurrence: note.occurrence,
      text: note.text,
      updatedAt: note.updatedAt,
    })),
  });
}
