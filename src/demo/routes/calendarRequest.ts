/**
 * What every calendar route reads from a request: the caller's own mailbox items, the OData options, and
 * the view preferences (`Prefer: outlook.timezone`, `odata.maxpagesize`, `outlook.body-content-type`), and
 * how an item is rendered for them.
 */
import { bodyAs } from '../calendar/bodyContentType';
import { type GraphEventJson, renderEvent, type ViewZone } from '../calendar/eventJson';
import type { EventInstance } from '../calendar/mailboxInstances';
import type { RouteContext } from '../http/routeTypes';
import { type MailboxEvent, mailboxEventsFor } from '../mailbox/mailboxEvents';
import { parsePreferHeader, viewZoneFor } from '../odata/preferHeader';
import { type ODataQuery, parseODataQuery } from '../odata/queryOptions';
import type { DemoSeedUser } from '../seed/demoSeed.types';
import { ownMailboxOwner } from './mailboxOwner';

/** Outlook collections page at 10 by default; `$top` may ask for up to 1000. */
const OUTLOOK_PAGE_SIZE = 10;
const OUTLOOK_MAX_PAGE_SIZE = 1000;

export interface CalendarRequest {
  owner: DemoSeedUser;
  items: MailboxEvent[];
  query: ODataQuery;
  zone: ViewZone;
  bodyType: 'html' | 'text' | null;
  pageSize: number;
  appliedPreferences: string[];
}

/** Reads the request against the current state (after any await, so writes in between are seen). */
export function readCalendarRequest(context: RouteContext): CalendarRequest {
  const state = context.store.read();
  const owner = ownMailboxOwner({ ...context, state });
  const query = parseODataQuery(context.url);
  const preferences = parsePreferHeader(context.request.headers);
  const { zone, applied } = viewZoneFor(preferences);
  const appliedPreferences = applied ? [`outlook.timezone="${zone.label}"`] : [];
  if (preferences.bodyContentType) {
    appliedPreferences.push(`outlook.body-content-type="${preferences.bodyContentType}"`);
  }
  let pageSize = query.top ?? OUTLOOK_PAGE_SIZE;
  if (query.top === null && preferences.maxPageSize !== null) {
    pageSize = preferences.maxPageSize;
    appliedPreferences.push(`odata.maxpagesize=${preferences.maxPageSize}`);
  }
  return {
    owner,
    items: mailboxEventsFor(state, owner),
    query,
    zone,
    bodyType: preferences.bodyContentType,
    pageSize: Math.min(pageSize, OUTLOOK_MAX_PAGE_SIZE),
    appliedPreferences,
  };
}

/** The item (instance null: as stored) as this request should see it. */
export function renderForRequest(
  request: CalendarRequest,
  item: MailboxEvent,
  instance: EventInstance | null,
): GraphEventJson {
  const json = renderEvent(item, instance, request.zone);
  if (json.body && request.bodyType) json.body = bodyAs(json.body, request.bodyType);
  return json;
}
