import { normalizeEmail } from '../normalizeEmail';
import { toIsoInstant } from './isoInstant';
import { defaultPairPrompts } from './pairPrompts';
import {
  SPACE_DOCUMENT_SCHEMA,
  SPACE_DOCUMENT_VERSION,
  type SpaceDocument,
  type SpacePerson,
} from './spaceDocument';

export interface NewSpace {
  /** Chosen by the caller (e.g. `crypto.randomUUID()`); the domain makes no ids. */
  spaceId: string;
  leader: SpacePerson;
  employee: SpacePerson;
  now: Date | string;
}

/** An empty space for a pair. Emails are normalized, since they identify people across documents. */
export function createSpaceDocument({ spaceId, leader, employee, now }: NewSpace): SpaceDocument {
  const createdAt = toIsoInstant(now);
  if (createdAt === null) throw new RangeError('now is not a valid instant');
  return {
    schema: SPACE_DOCUMENT_SCHEMA,
    version: SPACE_DOCUMENT_VERSION,
    spaceId,
    leader: { id: leader.id, email: normalizeEmail(leader.email), name: leader.name },
    employee: { id: employee.id, email: normalizeEmail(employee.email), name: employee.name },
    createdAt,
    topics: [],
    actionItems: [],
    occurrenceNotes: [],
    expectations: [],
    growthGoals: [],
    coachingNotes: [],
    feedback: [],
    sectionPrompts: defaultPairPrompts({ at: createdAt, by: 'leader' }),
  };
}
