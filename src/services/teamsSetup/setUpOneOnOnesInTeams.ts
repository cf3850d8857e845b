import type { OneOnOneSeries } from '../../domain/oneOnOne';
import type { MeetingSetupOutcome } from '../../domain/teamsSetup/meetingChatSetup';
import { teamsMeetingsToSetUp } from '../../domain/teamsSetup/meetingsToSetUp';
import type { GraphConnection } from '../../graph/createGraphClient';
import type { PeopleAroundMe } from '../../graph/people';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { PairSpaceStore } from '../agenda/pairSpaceStore';
import { pairSpaceEntityId } from './pairSpaceEntityId';
import { type MeetingChatToSetUp, setUpMeetingChats } from './setUpMeetingChats';

export interface TeamsSetupOptions {
  /** A connection whose token carries the setup scopes (asked for when the leader turned the switch on). */
  graph: GraphConnection;
  store: KeyValueStore;
  people: PeopleAroundMe;
  series: readonly OneOnOneSeries[];
  /** The manifest id of the app (the org catalog knows it as `externalId`). */
  manifestId: string;
  /** The meeting tab's page and name, as the configuration page saves them. */
  tab: { displayName: string; contentUrl: string; websiteUrl: string };
  now: Date;
  /** Where the deployment keeps the pairs' spaces (the leader's OneDrive unless a library is configured). */
  spaces?: PairSpaceStore;
}

export interface MeetingSetupResult {
  seriesKey: string;
  counterpartName: string;
  outcome: MeetingSetupOutcome;
}

/**
 * "Set up my 1:1s in Teams": for each upcoming 1:1 the leader organizes as a Teams meeting, the app installed
 * in the meeting's chat and a tab on the pair's space, so both people find the agenda in the meeting. Safe to
 * run on every visit: what is there is kept, a removed tab is added again. Each meeting says how it went.
 */
export async function setUpOneOnOnesInTeams(options: TeamsSetupOptions): Promise<MeetingSetupResult[]> {
  const meetings = teamsMeetingsToSetUp(options.series, options.now.toISOString());
  const entityIds = new Map<string, Promise<string | null>>();
  for (const { counterpart } of meetings)
    if (!entityIds.has(counterpart.email))
      entityIds.set(counterpart.email, pairSpaceEntityId(options, counterpart));
  const results = new Map<string, MeetingSetupResult>();
  const toSetUp: MeetingChatToSetUp[] = [];
  for (const meeting of meetings) {
    const base = { seriesKey: meeting.seriesKey, counterpartName: meeting.counterpart.name };
    const entityId = await entityIds.get(meeting.counterpart.email);
    if (!meeting.chatId) results.set(meeting.seriesKey, { ...base, outcome: { kind: 'chat-unknown' } });
    else if (!entityId) results.set(meeting.seriesKey, { ...base, outcome: { kind: 'no-space' } });
    else {
      results.set(meeting.seriesKey, { ...base, outcome: { kind: 'failed', status: 0 } });
      toSetUp.push({ key: meeting.seriesKey, chatId: meeting.chatId, tab: { ...options.tab, entityId } });
    }
  }
  const outcomes = await setUpMeetingChats(options.graph, options.manifestId, toSetUp);
  for (const [key, outcome] of outcomes) {
    const result = results.get(key);
    if (result) results.set(key, { ...result, outcome });
  }
  return meetings.flatMap((meeting) => results.get(meeting.seriesKey) ?? []);
}
