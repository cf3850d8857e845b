import type { IsoInstant } from './isoInstant';
import type { OccurrenceKey } from './occurrenceKey';
import type { SpaceRole, Stamp } from './spaceStamp';

/**
 * A development goal of the employee (Capability): the skill or capability, the next step, the
 * support the leader gives. The employee may propose one; the leader confirms it, as with
 * expectations (`expectation.ts`).
 *
 * | register       | fields        |
 * |----------------|---------------|
 * | `capability`   | capability    |
 * | `nextStep`     | nextStep      |
 * | `leaderSupport`| leaderSupport |
 * | `status`       | status        |
 * | `confirmation` | confirmed     |
 * | `deleted`      | deleted       |
 */

export const GROWTH_GOAL_STATUSES = ['active', 'paused', 'achieved', 'retired'] as const;
export type GrowthGoalStatus = (typeof GROWTH_GOAL_STATUSES)[number];

export interface GrowthGoalStamps {
  capability: Stamp;
  nextStep: Stamp;
  leaderSupport: Stamp;
  status: Stamp;
  confirmation: Stamp;
  deleted: Stamp;
}

export interface GrowthGoal {
  id: string;
  proposedBy: SpaceRole;
  createdAt: IsoInstant;
  capability: string;
  /** May be empty: an employee proposing a goal may not know the next step yet. */
  nextStep: string;
  /** May be empty until the leader says what support they give. */
  leaderSupport: string;
  status: GrowthGoalStatus;
  confirmed: boolean;
  deleted: boolean;
  stamps: GrowthGoalStamps;
}

/**
 * A coaching note on a growth goal, written in any occurrence (or between meetings). Its own entity,
 * so notes from many meetings never overwrite each other. Registers: `text`, `deleted`.
 */
export interface CoachingNote {
  id: string;
  growthGoalId: string;
  author: SpaceRole;
  createdAt: IsoInstant;
  /** The occurrence it was written in; null between meetings. */
  occurrence: OccurrenceKey | null;
  text: string;
  deleted: boolean;
  stamps: { text: Stamp; deleted: Stamp };
}
