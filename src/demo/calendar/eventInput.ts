/** Reads the event properties a client may write (POST and PATCH bodies), with Outlook's 400 for bad values. */
import type { Attendee, ItemBody, Location } from '@microsoft/microsoft-graph-types';
import { graphErrors } from '../http/graphErrorResponse';
import { NEVER } from '../mailbox/attendeeCopy';
import type { DemoSeedDateTime } from '../seed/demoSeed.types';
import { formatGraphDateTime, parseCivilDateTime } from '../time/civilDate';
import { resolveIanaTimeZone } from '../time/timeZoneNames';
import { rewriteHtmlBodyLikeExchange } from './exchangeBodyRewrite';

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function readJsonObject(request: Request): Promise<JsonObject> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw graphErrors.invalidRequest('The request body is not valid JSON.');
  }
  if (!isJsonObject(body)) throw graphErrors.invalidRequest('The request body must be a JSON object.');
  return body;
}

/** Keys of `body` outside `allowed` (`@odata.type` is always fine). */
export function unsupportedKeys(body: JsonObject, allowed: ReadonlySet<string>): string[] {
  return Object.keys(body).filter((key) => !allowed.has(key) && key !== '@odata.type');
}

/** An itemBody; HTML is stored as a whole document, as Exchange keeps it. */
export function readItemBody(value: unknown): ItemBody {
  if (!isJsonObject(value) || typeof value.content !== 'string') {
    throw graphErrors.invalidRequest("'body' needs a string 'content'.");
  }
  const type = typeof value.contentType === 'string' ? value.contentType.toLowerCase() : 'text';
  if (type !== 'html' && type !== 'text')
    throw graphErrors.invalidRequest(`Unknown body contentType '${type}'.`);
  return type === 'html'
    ? { contentType: 'html', content: rewriteHtmlBodyLikeExchange(value.content) }
    : { contentType: 'text', content: value.content };
}

export function readDateTimeTimeZone(value: unknown, name: string): DemoSeedDateTime {
  if (!isJsonObject(value) || typeof value.dateTime !== 'string') {
    throw graphErrors.invalidRequest(`'${name}' needs dateTime and timeZone.`);
  }
  const wallClock = parseCivilDateTime(value.dateTime);
  if (!wallClock)
    throw graphErrors.invalidRequest(`'${name}.dateTime' '${value.dateTime}' is not a date and time.`);
  const timeZone = typeof value.timeZone === 'string' && value.timeZone !== '' ? value.timeZone : 'UTC';
  if (!resolveIanaTimeZone(timeZone)) {
    throw graphErrors.invalidRequest(`A valid TimeZone value must be specified. '${timeZone}' is not one.`);
  }
  return { dateTime: formatGraphDateTime(wallClock), timeZone };
}

/**
 * The new attendee list. Someone already invited keeps their response (matched by address); a new
 * attendee has none yet.
 */
export function readAttendees(value: unknown, previous: readonly Attendee[] = []): Attendee[] {
  if (!Array.isArray(value)) throw graphErrors.invalidRequest("'attendees' must be an array.");
  return value.map((entry, index) => {
    const address =
      isJsonObject(entry) && isJsonObject(entry.emailAddress) ? entry.emailAddress.address : undefined;
    if (typeof address !== 'string' || !address.includes('@')) {
      throw graphErrors.invalidRequest(`attendees[${index}] needs emailAddress.address.`);
    }
    const source = entry as Attendee;
    const type = source.type === 'optional' || source.type === 'resource' ? source.type : 'required';
    const earlier = previous.find(
      (attendee) => attendee.emailAddress?.address?.toLowerCase() === address.toLowerCase(),
    );
    return {
      type,
      status: earlier?.status ?? { response: 'none', time: NEVER },
      emailAddress: { name: source.emailAddress?.name ?? address, address },
    };
  });
}

export function readLocation(value: unknown): Location {
  if (!isJsonObject(value)) throw graphErrors.invalidRequest("'location' must be an object.");
  return {
    displayName: typeof value.displayName === 'string' ? value.displayName : '',
    ...(value as Location),
  };
}

/** Graph's timestamps on events: seven fractional digits. */
export function outlookTimestamp(now: Date): string {
  return now.toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
}
