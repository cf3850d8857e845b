import type { AgendaSession } from '../../services/agenda/agendaSession';
import type { TeamOverview } from '../../services/team/loadTeamOverview';
import type { TodoSyncResult } from '../../services/todo/syncActionItemTasks';

/** Microsoft To Do for the person's own action items: a setting per person, and the syncs. */
export interface TodoSyncApi {
  isOn(userId: string): boolean;
  set(userId: string, on: boolean): void;
  /** The action items of an open agenda (the person's own, either role). */
  syncSession(session: AgendaSession): Promise<TodoSyncResult>;
  /** The leader's own action items across the team's spaces. */
  syncTeam(overview: TeamOverview): Promise<TodoSyncResult>;
}
