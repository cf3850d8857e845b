import type { DirectoryPerson } from '../../domain/calendarEvent';
import type { OneOnOneInterval } from '../../domain/scheduling/weeklySeriesFromSlot';
import type { ScheduleOutcome } from '../../services/scheduling/scheduleOneOnOne';
import type { TeamOverview } from '../../services/team/loadTeamOverview';

/** What the team view needs from outside the UI (loaded on demand by the composition root). */
export interface TeamViewApi {
  loadTeam(): Promise<TeamOverview>;
  schedule(
    me: DirectoryPerson,
    report: DirectoryPerson,
    interval: OneOnOneInterval,
  ): Promise<ScheduleOutcome>;
}
