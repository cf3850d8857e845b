import type { RecurrenceSummary } from '../../domain/calendarEvent';
import { detectOneOnOnes } from '../../domain/detectOneOnOnes';
import { groupSeriesByPerson } from '../../domain/groupSeriesByPerson';
import type { PersonOneOnOnes } from '../../domain/oneOnOne';
import { upcomingWindow } from '../../domain/upcomingWindow';
import { getSeriesRecurrences, listCalendarView } from '../../graph/calendar';
import type { GraphConnection } from '../../graph/createGraphClient';
import { getPeopleAroundMe, type PeopleAroundMe } from '../../graph/people';

export interface UpcomingOneOnOnes {
  people: PeopleAroundMe;
  persons: PersonOneOnOnes[];
  /** Keyed by series master id. */
  recurrences: Map<string, RecurrenceSummary>;
  unreadableEvents: number;
}

/**
 * The "My 1:1s" read path: people and the calendar view in parallel, then the series masters' patterns
 * in one batch. Two sequential round trips when the calendar fits one page.
 */
export async function loadUpcomingOneOnOnes(
  graph: GraphConnection,
  now: Date,
  days: number,
): Promise<UpcomingOneOnOnes> {
  const window = upcomingWindow(now, days);
  const [people, calendar] = await Promise.all([getPeopleAroundMe(graph), listCalendarView(graph, window)]);
  const series = detectOneOnOnes(calendar.events, people);
  const masterIds = series.flatMap((s) => (s.seriesMasterId ? [s.seriesMasterId] : []));
  const recurrences = masterIds.length > 0 ? await getSeriesRecurrences(graph, masterIds) : new Map();
  return { people, persons: groupSeriesByPerson(series), recurrences, unreadableEvents: calendar.unreadable };
}
