import type { DirectoryPerson } from '../../domain/calendarEvent';
import { normalizeEmail } from '../../domain/normalizeEmail';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { PairSpaceStore } from '../agenda/pairSpaceStore';
import { openReportSpaces, type SpaceHandle } from './reportSpaces';
import { loadTeamCalendar, type ReportCalendar } from './teamCalendar';

export interface TeamMember {
  person: DirectoryPerson;
  calendar: ReportCalendar;
  /** The pair's shared space (its action items), or null when there is none yet. */
  space: SpaceHandle | null;
}

export interface TeamOverview {
  me: DirectoryPerson;
  members: TeamMember[];
  unreadableEvents: number;
  /** Closes the spaces' documents (timers, listeners). */
  dispose(): void;
}

/**
 * What the team view shows, for every direct report: their 1:1s (past 90 days, next 60) and the shared
 * space's action items. The calendar is read first (two round trips), then the spaces, a few at a time.
 */
export async function loadTeamOverview(options: {
  graph: GraphConnection;
  store: KeyValueStore;
  now: Date;
  /** Where the deployment keeps the pairs' spaces (the leader's OneDrive unless a library is configured). */
  spaces?: PairSpaceStore;
}): Promise<TeamOverview> {
  const { graph, store, now, spaces: spacesIn } = options;
  const calendar = await loadTeamCalendar(graph, now);
  const { me, directReports } = calendar.people;
  const reports = directReports.filter((report) => report.email !== '');
  const spaces = await openReportSpaces({
    graph,
    store,
    me,
    reports,
    now: () => new Date(),
    spaces: spacesIn,
  });
  const members = directReports.map((person) => ({
    person,
    calendar: calendar.byReport.get(normalizeEmail(person.email)) ?? { occurrences: [], cancelledDates: [] },
    space: spaces.get(person.email) ?? null,
  }));
  return {
    me,
    members,
    unreadableEvents: calendar.unreadableEvents,
    dispose: () => {
      for (const member of members) member.space?.dispose();
    },
  };
}
