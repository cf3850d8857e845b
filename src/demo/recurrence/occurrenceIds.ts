/**
 * Identifiers of the instances of a recurring series. Exchange derives them from the series
 * master and the occurrence's original date, so they are stable; so are these.
 */

import { decodeBase64Url, encodeBase64Url } from '../../domain/base64Url';
import { type CivilDate, formatCivilDate, parseCivilDate } from '../time/civilDate';
import { stableDigest } from '../util/stableHash';

/** Marks the date part of an occurrence id; the prefix is the master id without padding. */
const OCCURRENCE_MARKER = 'BEoA';

/** The `id` of the occurrence of `seriesMasterId` originally on `date` (in the series' own zone). */
export function occurrenceEventId(seriesMasterId: string, date: CivilDate): string {
  return `${seriesMasterId.replace(/=+$/, '')}${OCCURRENCE_MARKER}${encodeBase64Url(formatCivilDate(date))}=`;
}

/** The original date when `id` is an occurrence id of `seriesMasterId`, else null. */
export function occurrenceDateFromId(id: string, seriesMasterId: string): CivilDate | null {
  const prefix = `${seriesMasterId.replace(/=+$/, '')}${OCCURRENCE_MARKER}`;
  if (!id.startsWith(prefix) || !id.endsWith('=')) return null;
  const decoded = decodeBase64Url(id.slice(prefix.length, -1));
  const date = decoded ? parseCivilDate(decoded) : null;
  return date && occurrenceEventId(seriesMasterId, date) === id ? date : null;
}

const CANCELLED_OCCURRENCE_PATTERN = /^OID\.(.+)\.(\d{4}-\d{2}-\d{2})$/;

/** Graph lists a master's cancelled instances in `cancelledOccurrences` as `OID.{seriesMasterId}.{YYYY-MM-DD}`. */
export function parseCancelledOccurrenceId(
  value: string,
): { seriesMasterId: string; date: CivilDate } | null {
  const match = CANCELLED_OCCURRENCE_PATTERN.exec(value);
  const date = match?.[2] ? parseCivilDate(match[2]) : null;
  return match?.[1] && date ? { seriesMasterId: match[1], date } : null;
}

export function formatCancelledOccurrenceId(seriesMasterId: string, date: CivilDate): string {
  return `OID.${seriesMasterId}.${formatCivilDate(date)}`;
}

const GLOBAL_OBJECT_ID_HEADER = /^040000008200E00074C5B7101A82E008/i;

/**
 * Graph's iCalUId differs per occurrence: it is the series' Exchange GlobalObjectId with the
 * instance date (year as two bytes, month, day) written into bytes 16 to 19. Other uids are kept.
 */
export function occurrenceICalUId(seriesICalUId: string, date: CivilDate): string {
  if (!GLOBAL_OBJECT_ID_HEADER.test(seriesICalUId) || seriesICalUId.length < 40) return seriesICalUId;
  const hex = (value: number, digits: number) => value.toString(16).toUpperCase().padStart(digits, '0');
  const dateBytes = `${hex(date.year, 4)}${hex(date.month, 2)}${hex(date.day, 2)}`;
  return `${seriesICalUId.slice(0, 32)}${dateBytes}${seriesICalUId.slice(40)}`;
}

/** An Exchange-style GlobalObjectId for items whose seed gives no iCalUId, derived from the organizer's item id. */
export function defaultICalUId(organizerItemId: string): string {
  const hex = Array.from(stableDigest(organizerItemId, 32), (c) =>
    c.charCodeAt(0).toString(16).toUpperCase(),
  ).join('');
  return `040000008200E00074C5B7101A82E00800000000${hex.slice(0, 56)}`;
}
