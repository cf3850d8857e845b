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
  return ISO_INSTANT_PATTERN.test(value) && hasRealInstantFields(value);
}

/**
 * For text already matching `ISO_INSTANT_PATTERN`: whether it names a real instant, i.e. whether
 * `toIsoInstant(value) === value`. Arithmetic instead of `Date`, because a space document holds tens of
 * thousands of instants and reading one must stay fast (a year-three space is checked in a few ms).
 */
export function hasRealInstantFields(value: string): boolean {
  // Character codes, not slices: no allocation per instant.
  const digits = (from: number, count: number) => {
    let number = 0;
    for (let i = from; i < from + count; i++) number = number * 10 + value.charCodeAt(i) - 48;
    return number;
  };
  const month = digits(5, 2);
  const day = digits(8, 2);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(digits(0, 4), month)) return false;
  return digits(11, 2) < 24 && digits(14, 2) < 60 && digits(17, 2) < 60;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Canonical instant `ms` milliseconds after `instant` (which must be canonical). */
export function addMilliseconds(instant: IsoInstant, ms: number): IsoInstant {
  return new Date(Date.parse(instant) + ms).toISOString();
}
