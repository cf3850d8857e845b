/** The `Prefer` request header preferences the emulator honours, and the `Preference-Applied` answer. */
import type { ViewZone } from '../calendar/eventJson';
import { resolveIanaTimeZone } from '../time/timeZoneNames';

export interface Preferences {
  /** `outlook.timezone` as written (Windows or IANA name), or null. */
  timeZone: string | null;
  /** `odata.maxpagesize`, or null. */
  maxPageSize: number | null;
  /** `outlook.body-content-type`: the format to return event bodies in, or null (as stored). */
  bodyContentType: 'html' | 'text' | null;
}

export function parsePreferHeader(headers: Headers): Preferences {
  // Several Prefer headers arrive joined with ", "; a zone name never contains a comma.
  const prefer = headers.get('Prefer') ?? '';
  const timeZone = /outlook\.timezone\s*=\s*(?:"([^"]*)"|([^,;\s]+))/i.exec(prefer);
  const maxPageSize = /odata\.maxpagesize\s*=\s*"?(\d+)"?/i.exec(prefer);
  const bodyType = /outlook\.body-content-type\s*=\s*"?(html|text)"?/i.exec(prefer)?.[1]?.toLowerCase();
  return {
    timeZone: timeZone ? (timeZone[1] ?? timeZone[2] ?? '').trim() || null : null,
    maxPageSize: maxPageSize?.[1] ? Number(maxPageSize[1]) : null,
    bodyContentType: bodyType === 'html' || bodyType === 'text' ? bodyType : null,
  };
}

const UTC_VIEW: ViewZone = { iana: 'UTC', label: 'UTC' };

/** The zone to express times in; an unknown zone name is ignored (UTC, not applied), as Graph does. */
export function viewZoneFor(preferences: Preferences): { zone: ViewZone; applied: boolean } {
  const iana = resolveIanaTimeZone(preferences.timeZone);
  if (!iana || !preferences.timeZone) return { zone: UTC_VIEW, applied: false };
  return { zone: { iana, label: preferences.timeZone }, applied: true };
}

export function preferenceAppliedHeader(applied: readonly string[]): Record<string, string> {
  return applied.length > 0 ? { 'Preference-Applied': applied.join(', ') } : {};
}
