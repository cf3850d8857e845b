import type { CalendarEvent } from '../../domain/calendarEvent';
import { listCalendarView } from '../../graph/calendar';
import type { GraphConnection } from '../../graph/createGraphClient';
import { getPeopleAroundMe, type PeopleAroundMe } from '../../graph/people';

export interface TimeWindow {
  start: string;
  end: string;
}

/** The people around me and my calendar over a window: what every 1:1 lookup starts from. */
export interface CalendarAroundMe {
  people: PeopleAroundMe;
  events: CalendarEvent[];
  window: TimeWindow;
}

/** People and calendar read in parallel: one round trip. */
export async function readCalendarAroundMe(
  graph: GraphConnection,
  window: TimeWindow,
): Promise<CalendarAroundMe> {
  const [people, calendar] = await Promise.all([getPeopleAroundMe(graph), listCalendarView(graph, window)]);
  return { people, events: calendar.events, window };
}

/** The smallest window holding both. */
export function windowCovering(a: TimeWindow, b: TimeWindow): TimeWindow {
  return { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end };
}

/** A read of a wider window narrowed to the events that overlap `window`, as if only it had been read. */
export function narrowToWindow(around: CalendarAroundMe, window: TimeWindow): CalendarAroundMe {
  const start = new Date(window.start).getTime();
  const end = new Date(window.end).getTime();
  return {
    people: around.people,
    events: around.events.filter(
      (event) => new Date(event.start).getTime() < end && new Date(event.end).getTime() > start,
    ),
    window,
  };
}
