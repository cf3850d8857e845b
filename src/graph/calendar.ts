import type { Event } from '@microsoft/microsoft-graph-types';
import {
  type CalendarEvent,
  RECURRENCE_KINDS,
  type RecurrenceKind,
  type RecurrenceSummary,
} from '../domain/calendarEvent';
import { batchGet } from './batch';
import { CALENDAR_EVENT_FIELDS, calendarEventFromGraph } from './calendarEventFromGraph';
import type { GraphConnection } from './createGraphClient';

/** Larger pages than Graph's default of 10 mean fewer sequential round trips. */
const CALENDAR_PAGE_SIZE = 100;

/** Outlook serves at most 4 concurrent requests per mailbox; a long window is read in up to 3 parallel parts. */
const MAX_PARALLEL_PARTS = 3;
const PART_MIN_DAYS = 21;
const DAY_MS = 86_400_000;

/** We ask for UTC so every time is an instant; the UI formats it in the user's own zone. */
const UTC_PREFERENCE = 'outlook.timezone="UTC"';

interface EventPage {
  value?: Event[];
  '@odata.nextLink'?: string;
}

export interface CalendarViewResult {
  events: CalendarEvent[];
  /** Events Graph returned that could not be read (no start time, say); they are left out, not guessed. */
  unreadable: number;
}

export interface CalendarViewOptions {
  /** Whose calendar: the signed-in user's unless a user id is given (needs that calendar shared with them). */
  userId?: string;
  pageSize?: number;
  /** Read a long window as parallel parts, so its pages do not follow one another. Default true. */
  parallel?: boolean;
}

/** Splits [start, end) into up to 3 parts of at least 3 weeks each. */
function windowParts(window: { start: string; end: string }): { start: string; end: string }[] {
  const start = new Date(window.start).getTime();
  const end = new Date(window.end).getTime();
  const count = Math.max(
    1,
    Math.min(MAX_PARALLEL_PARTS, Math.floor((end - start) / (PART_MIN_DAYS * DAY_MS))),
  );
  const size = (end - start) / count;
  return Array.from({ length: count }, (_, i) => ({
    start: new Date(start + i * size).toISOString(),
    end: i === count - 1 ? window.end : new Date(start + (i + 1) * size).toISOString(),
  }));
}

/**
 * GET /me/calendarView for [start, end), every page. A long window is read as parallel parts; an event that
 * spans two parts comes back from both and is kept once.
 */
export async function listCalendarView(
  graph: GraphConnection,
  window: { start: string; end: string },
  options: CalendarViewOptions = {},
): Promise<CalendarViewResult> {
  const parts = options.parallel === false ? [window] : windowParts(window);
  const results = await Promise.all(parts.map((part) => listCalendarViewPart(graph, part, options)));
  const seen = new Set<string>();
  const events: CalendarEvent[] = [];
  for (const result of results) {
    for (const event of result.events) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      events.push(event);
    }
  }
  return { events, unreadable: results.reduce((sum, r) => sum + r.unreadable, 0) };
}

/** One part of the window, following @odata.nextLink to the last page. */
async function listCalendarViewPart(
  graph: GraphConnection,
  window: { start: string; end: string },
  options: CalendarViewOptions = {},
): Promise<CalendarViewResult> {
  const path = options.userId
    ? `/users/${encodeURIComponent(options.userId)}/calendarView`
    : '/me/calendarView';
  const events: CalendarEvent[] = [];
  let unreadable = 0;
  let page = await graph.run<EventPage>((client) =>
    client
      .api(path)
      .query({ startDateTime: window.start, endDateTime: window.end })
      .header('Prefer', UTC_PREFERENCE)
      .select([...CALENDAR_EVENT_FIELDS])
      .top(options.pageSize ?? CALENDAR_PAGE_SIZE)
      .get(),
  );
  for (;;) {
    for (const raw of page.value ?? []) {
      try {
        events.push(calendarEventFromGraph(raw));
      } catch {
        unreadable++;
      }
    }
    const next = page['@odata.nextLink'];
    if (!next) break;
    page = await graph.run<EventPage>((client) => client.api(next).header('Prefer', UTC_PREFERENCE).get());
  }
  return { events, unreadable };
}

/**
 * Occurrences in calendarView do not carry their pattern, so the series masters are read in one `$batch`.
 * A master that cannot be read (deleted, no access) is simply absent from the result.
 */
export async function getSeriesRecurrences(
  graph: GraphConnection,
  seriesMasterIds: readonly string[],
): Promise<Map<string, RecurrenceSummary>> {
  const unique = [...new Set(seriesMasterIds)];
  const results = await batchGet(
    graph,
    unique.map((id, index) => ({
      id: String(index),
      url: `/me/events/${encodeURIComponent(id)}?$select=id,recurrence`,
    })),
  );
  const summaries = new Map<string, RecurrenceSummary>();
  unique.forEach((masterId, index) => {
    const result = results.get(String(index));
    if (result?.status !== 200) return;
    const pattern = (result.body as Event | null)?.recurrence?.pattern;
    const kind = pattern?.type as RecurrenceKind | undefined;
    if (!kind || !RECURRENCE_KINDS.includes(kind)) return;
    summaries.set(masterId, { kind, interval: Math.max(1, pattern?.interval ?? 1) });
  });
  return summaries;
}
