import type { ExistingChatTab } from '../teamsSetup/meetingChatSetup';
import { decodeSpaceReference, type SpaceReference } from './spaceReference';

/**
 * The pair's space a meeting chat's tabs point to: the entityId of a tab of our app (by its manifest id, which
 * Teams reports as the app's `externalId`; a sideloaded or store app may carry it as its id). Another app's tab,
 * or ours configured with anything but a space reference, says nothing.
 */
export function spaceReferenceInMeetingTabs(
  tabs: readonly ExistingChatTab[],
  manifestId: string,
): SpaceReference | null {
  for (const tab of tabs) {
    const ours = tab.manifestId === manifestId || tab.catalogAppId === manifestId;
    const reference = ours && tab.entityId ? decodeSpaceReference(tab.entityId) : null;
    if (reference) return reference;
  }
  return null;
}
