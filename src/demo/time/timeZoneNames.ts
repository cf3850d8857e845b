/**
 * Graph accepts Windows time zone names ("Eastern Standard Time") as well as IANA names
 * (`Prefer: outlook.timezone`, event start/end, mailboxSettings). The emulator resolves them with the
 * app's own table, so both sides agree on every zone.
 */
export { resolveIanaTimeZone } from '../../domain/time/resolveTimeZone';
