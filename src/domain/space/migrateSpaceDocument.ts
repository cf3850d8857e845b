import { defaultPairPrompts } from './pairPrompts';
import { SPACE_DOCUMENT_VERSION, type SpaceDocument, type SpaceDocumentV1 } from './spaceDocument';

/**
 * A version 1 document as version 2: every version 1 field as it was, the new lists empty, and the
 * pair's prompts on the defaults (what version 1 showed the employee). Their stamp is the space's
 * creation by the leader, older than any real edit, so the leader's first prompt edit always wins.
 * The file itself changes only with the next write, which writes version 2.
 */
export function upgradeSpaceDocumentV1(document: SpaceDocumentV1): SpaceDocument {
  return {
    ...document,
    version: SPACE_DOCUMENT_VERSION,
    expectations: [],
    growthGoals: [],
    coachingNotes: [],
    feedback: [],
    sectionPrompts: defaultPairPrompts({ at: document.createdAt, by: 'leader' }),
  };
}
