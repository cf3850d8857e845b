import type { CounterpartRelation } from '../oneOnOne';
import type { SpaceRole } from './spaceStamp';

/**
 * Who leads a pair's space: the manager side of a reporting line. Between peers (or people the directory does
 * not relate), whoever organizes the 1:1 leads it, since only the organizer can write the invite.
 */
export function roleInPair(relation: CounterpartRelation, iOrganize: boolean): SpaceRole {
  if (relation === 'directReport') return 'leader';
  if (relation === 'manager') return 'employee';
  return iOrganize ? 'leader' : 'employee';
}
