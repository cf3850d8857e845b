import { isKnownTimeZone } from '../domain/time/zonedCalendar';

/** The IANA zone the device runs in (what the person's calendar shows), or UTC when the host hides it. */
export function browserTimeZone(): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isKnownTimeZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}
