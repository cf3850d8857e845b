import type { CalendarDate } from './calendarDate';
import type { ChangeRecord } from './changeHistory';
import type { IsoInstant } from './isoInstant';
import type { SpaceRole, Stamp } from './spaceStamp';

/**
 * A current priority of the employee (Direction), living across meetings: what matters, what good
 * looks like, and how it connects to bigger goals. Either person may propose one; it counts as
 * agreed only once the leader confirms it (a leader's own proposal is confirmed as it is made, and an
 * employee's change to the wording of a confirmed one asks for confirmation again).
 *
 * | register      | fields             |
 * |---------------|--------------------|
 * | `priority`    | priority           |
 * | `standard`    | whatGoodLooksLike  |
 * | `goalLink`    | goalLink           |
 * | `reviewDate`  | reviewDate         |
 * | `status`      | status             |
 * | `confirmation`| confirmed          |
 * | `deleted`     | deleted            |
 *
 * `history` keeps every change (who, when, what it became) so "changed on 3 Dec by Claire" and
 * what it said before can always be shown: see `changeHistory.ts`.
 */

export const EXPECTATION_STATUSES = ['active', 'achieved', 'retired'] as const;
export type ExpectationStatus = (typeof EXPECTATION_STATUSES)[number];

export interface ExpectationStamps {
  priority: Stamp;
  standard: Stamp;
  goalLink: Stamp;
  reviewDate: Stamp;
  status: Stamp;
  confirmation: Stamp;
  deleted: Stamp;
}

export type ExpectationRegister = keyof ExpectationStamps;

export interface Expectation {
  id: string;
  proposedBy: SpaceRole;
  createdAt: IsoInstant;
  priority: string;
  whatGoodLooksLike: string;
  /** How it connects to the team's or organisation's goals; null when not said. */
  goalLink: string | null;
  /** When the pair means to look at it again. */
  reviewDate: CalendarDate | null;
  status: ExpectationStatus;
  confirmed: boolean;
  deleted: boolean;
  stamps: ExpectationStamps;
  /** Oldest first; at most `MAX_HISTORY_PER_EXPECTATION` (the newest are kept). */
  history: ChangeRecord[];
}
