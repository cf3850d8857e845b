/**
 * Every instant the space stores (stamps, creation times, occurrence keys) uses one spelling:
 * `Date.prototype.toISOString()`, e.g. `2026-11-02T09:00:00.000Z`. With one spelling, ordinal
 * string order is time order, so merge and carry-over compare strings instead of parsing dates.
 */
export type IsoInstant = string;

export const ISO_INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The canonical spelling of any instant `Date.parse` understands, or null. */
export function toIsoInstant(value: string | Date): IsoInstant | null {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  // Years before 0 or after 9999 get a six-digit spelling that no longer sorts as a string.
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) return null;
  return date.toISOString();
}

export function isIsoInstant(value: string): boolean {
  return ISO_INSTANT_PATTERN.test(value) && toIsoInstant(value) === value;
}

/** Canonical instant `ms` milliseconds after `instant` (which must be canonical). */
export function addMilliseconds(instant: IsoInstant, ms: number): IsoInstant {
  return new Date(Date.parse(instant) + ms).toISOString();
}
