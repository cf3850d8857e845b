import { meetingThreadIdOfJoinUrl } from '../../domain/meetingMatch';
import type { SpaceReference } from '../../domain/space/spaceReference';
import { spaceReferenceInMeetingTabs } from '../../domain/space/spaceReferenceInMeetingTabs';
import { type BatchItemResult, batchRequests } from '../../graph/batch';
import { chatTabsOf, chatTabsRequest } from '../../graph/chatTabs';
import type { GraphConnection } from '../../graph/createGraphClient';

/** Where the meeting chats' tabs are read: a connection whose token asks for the tab scope, and our app's id. */
export interface MeetingTabSource {
  graph: GraphConnection;
  /** The manifest id of the app, which Teams reports as the tab's `teamsApp.externalId`. */
  manifestId: string;
}

const ok = (status: number) => status >= 200 && status < 300;

/**
 * The space reference that the agenda tab of a pair's meeting chat carries (the leader's "Set up my 1:1s in
 * Teams" writes it), for the employee whose invite has no agenda. The chats come from the occurrences' classic
 * join links (Teams' short links name none) and are read in `$batch`, 20 at a time, in the order given. A chat
 * Graph refuses (403 not a member, 404 not created yet, throttled past the retries) is skipped, and any other
 * failure (no token for the tab scope: not consented) means "not found": this is one source among several and
 * never stops the agenda from opening.
 */
export async function spaceReferenceFromMeetingChats(
  source: MeetingTabSource,
  joinUrls: readonly (string | null)[],
): Promise<SpaceReference | null> {
  const chatIds = [...new Set(joinUrls.flatMap((url) => (url ? (meetingThreadIdOfJoinUrl(url) ?? []) : [])))];
  if (chatIds.length === 0) return null;
  let results: Map<string, BatchItemResult>;
  try {
    results = await batchRequests(
      source.graph,
      chatIds.map((chatId, index) => chatTabsRequest(`tabs-${index}`, chatId)),
    );
  } catch {
    return null;
  }
  for (const [index] of chatIds.entries()) {
    const result = results.get(`tabs-${index}`);
    if (!result || !ok(result.status)) continue;
    const reference = spaceReferenceInMeetingTabs(chatTabsOf(result), source.manifestId);
    if (reference) return reference;
  }
  return null;
}
