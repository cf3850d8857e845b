/**
 * Calendar routes of the caller's own mailbox: calendarView (expanded instances in a window),
 * events (single events and series masters), one event by id, and a series' instances.
 */
import type { GraphEventJson } from '../calendar/eventJson';
import { type InstantRange, storedEventInstants } from '../calendar/eventTiming';
import {
  expandedExtendedProperties,
  readExtendedPropertyExpand,
  withoutExpand,
} from '../calendar/extendedProperties';
import { type EventInstance, findMailboxItem, instancesInWindow } from '../calendar/mailboxInstances';
import { graphErrors } from '../http/graphErrorResponse';
import { graphJson } from '../http/graphResponses';
import type { RouteContext, RouteDefinition } from '../http/routeTypes';
import { contextUrl } from '../odata/contextUrl';
import { nextLinkFor, takePage } from '../odata/paging';
import { preferenceAppliedHeader } from '../odata/preferHeader';
import { projectEntity } from '../odata/selectProperties';
import { type CalendarRequest, readCalendarRequest, renderForRequest } from './calendarRequest';
import { calendarWindow } from './calendarWindow';
import { eventSelectRules } from './eventSelectRules';

/** Only `start/dateTime` and `end/dateTime` orderings are emulated (instances are sorted by start already). */
function applyOrderBy<T extends { startMs: number; endMs: number }>(items: T[], orderBy: string | null): T[] {
  if (orderBy === null) return items;
  const match = /^\s*(start|end)\/dateTime(?:\s+(asc|desc))?\s*$/i.exec(orderBy);
  if (!match) throw graphErrors.unsupportedByDemo(`$orderby=${orderBy}`);
  const key = match[1]?.toLowerCase() === 'end' ? 'endMs' : 'startMs';
  const direction = match[2]?.toLowerCase() === 'desc' ? -1 : 1;
  return [...items].sort((a, b) => direction * (a[key] - b[key]));
}

function projectEvent(json: GraphEventJson, select: readonly string[] | null): Record<string, unknown> {
  return projectEntity(json, select, eventSelectRules);
}

/** One page of a collection (ordered, paged, rendered, projected) with its nextLink and Preference-Applied. */
function eventCollection<T extends InstantRange>(
  context: RouteContext,
  request: CalendarRequest,
  odataContext: string,
  entries: T[],
  idOf: (entry: T) => string,
  render: (entry: T) => GraphEventJson,
): Response {
  const { query } = request;
  const ordered = applyOrderBy(entries, query.orderBy);
  const page = takePage(
    ordered,
    { pageSize: request.pageSize, skipToken: query.skipToken, skip: query.skip },
    idOf,
  );
  return graphJson(
    {
      '@odata.context': odataContext,
      ...(page.nextSkipToken ? { '@odata.nextLink': nextLinkFor(context.url, page.nextSkipToken) } : {}),
      value: page.items.map((entry) => projectEvent(render(entry), query.select)),
    },
    context.meta,
    200,
    preferenceAppliedHeader(request.appliedPreferences),
  );
}

function instanceCollection(
  context: RouteContext,
  request: CalendarRequest,
  odataContext: string,
  instances: EventInstance[],
) {
  return eventCollection(
    context,
    request,
    odataContext,
    instances,
    (instance) => instance.id,
    (instance) => renderForRequest(request, instance.source, instance),
  );
}

function calendarView(context: RouteContext): Response {
  const request = readCalendarRequest(context);
  const instances = instancesInWindow(request.items, calendarWindow(context.url), request.zone.iana);
  const odataContext = contextUrl.calendarView(context.caller.id, request.query.select);
  return instanceCollection(context, request, odataContext, instances);
}

function seriesInstances(context: RouteContext): Response {
  const request = readCalendarRequest(context);
  const window = calendarWindow(context.url);
  const eventId = context.params.eventId ?? '';
  const master = request.items.find((item) => item.event.id === eventId);
  if (!master) throw graphErrors.itemNotFound();
  const instances =
    master.kind === 'seriesMaster'
      ? instancesInWindow(request.items, window, request.zone.iana, { seriesMasterId: master.event.id })
      : [];
  const odataContext = contextUrl.instances(context.caller.id, eventId, request.query.select);
  return instanceCollection(context, request, odataContext, instances);
}

/** `/events` lists what is stored: single events and series masters, not occurrences or exceptions. */
function eventList(context: RouteContext): Response {
  const request = readCalendarRequest(context);
  const stored = request.items
    .filter((item) => item.kind !== 'exception' && !(item.isOrganizerCopy && item.event.isCancelled))
    .map((item) => ({ item, ...storedEventInstants(item.event, request.zone.iana) }))
    .sort((a, b) => a.startMs - b.startMs || (a.item.event.id < b.item.event.id ? -1 : 1));
  return eventCollection(
    context,
    request,
    contextUrl.events(context.caller.id, request.query.select),
    stored,
    (entry) => entry.item.event.id,
    (entry) => renderForRequest(request, entry.item, null),
  );
}

/**
 * One item of the caller's mailbox by id (also an occurrence's), as GET answers it; `status` for writes. The
 * one `$expand` it evaluates is of a single-value extended property, which only the organizer's item holds.
 */
export function singleEventResponse(context: RouteContext, eventId: string, status = 200): Response {
  const expandedPropertyId = readExtendedPropertyExpand(context.url);
  const request = readCalendarRequest({ ...context, url: withoutExpand(context.url) });
  const found = findMailboxItem(request.items, eventId, request.zone.iana);
  if (!found) throw graphErrors.itemNotFound();
  const source = found.instance?.source ?? found.item;
  const json = renderForRequest(request, source, found.instance);
  // A generated occurrence has no item of its own to hold properties; an exception (a written one) has.
  const holder = source.isOrganizerCopy && source.event.id === json.id ? source.event : null;
  return graphJson(
    {
      '@odata.context': contextUrl.event(context.caller.id, request.query.select),
      ...projectEvent(json, request.query.select),
      ...(expandedPropertyId === null || holder === null
        ? {}
        : expandedExtendedProperties(holder.singleValueExtendedProperties, expandedPropertyId)),
    },
    context.meta,
    status,
    preferenceAppliedHeader(request.appliedPreferences),
  );
}

function singleEvent(context: RouteContext): Response {
  return singleEventResponse(context, context.params.eventId ?? '');
}

const get = (path: string, handle: (context: RouteContext) => Response): RouteDefinition => ({
  method: 'GET',
  path,
  handle,
});

export const calendarRoutes: readonly RouteDefinition[] = [
  get('/users/{user}/calendarView', calendarView),
  get('/users/{user}/calendar/calendarView', calendarView),
  get('/users/{user}/events', eventList),
  get('/users/{user}/calendar/events', eventList),
  get('/users/{user}/events/{eventId}', singleEvent),
  get('/users/{user}/calendar/events/{eventId}', singleEvent),
  get('/users/{user}/events/{eventId}/instances', seriesInstances),
];
