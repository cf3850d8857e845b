import { nextEditTime } from '../../domain/space/nextEditTime';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { SpaceEditBase } from '../../domain/space/spaceEdits';
import type { SpaceRole } from '../../domain/space/spaceStamp';

/** Id, time and author of a new edit; the time orders after everything this person has seen. */
export function editStamp(document: SpaceDocument | null, by: SpaceRole): SpaceEditBase {
  const now = new Date();
  return { id: crypto.randomUUID(), at: document ? nextEditTime(document, now) : now.toISOString(), by };
}
