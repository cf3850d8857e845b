import type { SpaceRole } from '../../domain/space/spaceStamp';
import type { PairOccurrence } from '../../services/agenda/loadPairOccurrences';

/**
 * Product rule: only the leader, on an occurrence they organize that has not started yet, may write the
 * agenda into the invite. Exchange sends the update to the employee, so a past meeting or someone else's
 * invite is never touched. (Pure; it could move to domain/invite once that layer takes it.)
 */
export function canWriteAgendaToInvite(occurrence: PairOccurrence, myRole: SpaceRole, now: Date): boolean {
  return myRole === 'leader' && occurrence.isOrganizer && occurrence.start > now.toISOString();
}
