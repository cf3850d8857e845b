import { type MeetingSetupOutcome, planChatSetup } from '../../domain/teamsSetup/meetingChatSetup';
import { chatReadOutcome, installOutcome } from '../../domain/teamsSetup/setupOutcomeOfStatus';
import { type BatchItemResult, type BatchRequest, batchRequests } from '../../graph/batch';
import { installAppRequest, installedAppIdsOf, installedAppsRequest } from '../../graph/chatApps';
import { addTabRequest, type ChatTabConfiguration, chatTabsOf, chatTabsRequest } from '../../graph/chatTabs';
import type { GraphConnection } from '../../graph/createGraphClient';
import { catalogAppIdOf, catalogAppRequest } from '../../graph/teamsAppCatalog';

/** One meeting chat to set up: its chat and the tab that opens the pair's space there. */
export interface MeetingChatToSetUp {
  /** The caller's key for the meeting (the series key). */
  key: string;
  chatId: string;
  tab: ChatTabConfiguration;
}

const ok = (status: number) => status >= 200 && status < 300;

/**
 * Installs the app and adds the agenda tab in each meeting chat that lacks them, in two passes of `$batch`:
 * the catalog lookup with every chat's apps and tabs, then the installs with their tabs (each tab depends on
 * its chat's install step). 20 chats take 3 + 2 batches. Nothing is added twice: what exists is read first,
 * and an install answered 409 (already there) counts as installed.
 */
export async function setUpMeetingChats(
  graph: GraphConnection,
  manifestId: string,
  meetings: readonly MeetingChatToSetUp[],
): Promise<Map<string, MeetingSetupOutcome>> {
  const outcomes = new Map<string, MeetingSetupOutcome>();
  if (meetings.length === 0) return outcomes;
  const reads: BatchRequest[] = [catalogAppRequest('catalog', manifestId)];
  meetings.forEach((meeting, index) => {
    reads.push(
      installedAppsRequest(`apps-${index}`, meeting.chatId),
      chatTabsRequest(`tabs-${index}`, meeting.chatId),
    );
  });
  const read = await batchRequests(graph, reads);
  const catalog = read.get('catalog') as BatchItemResult;
  if (!ok(catalog.status)) {
    for (const meeting of meetings) outcomes.set(meeting.key, { kind: 'failed', status: catalog.status });
    return outcomes;
  }
  const catalogAppId = catalogAppIdOf(catalog);
  if (!catalogAppId) {
    for (const meeting of meetings) outcomes.set(meeting.key, { kind: 'app-not-in-catalog' });
    return outcomes;
  }

  const writes: BatchRequest[] = [];
  const planned: { meeting: MeetingChatToSetUp; index: number; install: boolean; addTab: boolean }[] = [];
  meetings.forEach((meeting, index) => {
    const apps = read.get(`apps-${index}`) as BatchItemResult;
    const tabs = read.get(`tabs-${index}`) as BatchItemResult;
    const failedRead = [apps, tabs].find((result) => !ok(result.status));
    if (failedRead) {
      outcomes.set(meeting.key, chatReadOutcome(failedRead.status));
      return;
    }
    const plan = planChatSetup(
      { installedAppIds: installedAppIdsOf(apps), tabs: chatTabsOf(tabs) },
      catalogAppId,
      meeting.tab.entityId,
    );
    if (plan.install) writes.push(installAppRequest(`install-${index}`, meeting.chatId, catalogAppId));
    if (plan.addTab)
      writes.push(
        addTabRequest(
          `tab-${index}`,
          meeting.chatId,
          catalogAppId,
          meeting.tab,
          plan.install ? [`install-${index}`] : [],
        ),
      );
    planned.push({ meeting, index, ...plan });
  });
  const written = writes.length > 0 ? await batchRequests(graph, writes) : new Map<string, BatchItemResult>();
  // 409: installed meanwhile (another device, or by hand), so its dependent tab step did not run (424): add
  // those tabs now, without the dependency (one more round trip, only in that race).
  const raced = planned.filter(
    ({ index, install, addTab }) =>
      install &&
      addTab &&
      written.get(`install-${index}`)?.status === 409 &&
      written.get(`tab-${index}`)?.status === 424,
  );
  if (raced.length > 0) {
    const retried = await batchRequests(
      graph,
      raced.map(({ meeting, index }) =>
        addTabRequest(`tab-${index}`, meeting.chatId, catalogAppId, meeting.tab),
      ),
    );
    for (const [id, result] of retried) written.set(id, result);
  }
  for (const { meeting, index, install, addTab } of planned) {
    const installed = install ? written.get(`install-${index}`) : undefined;
    if (installed && !ok(installed.status) && installed.status !== 409) {
      outcomes.set(meeting.key, installOutcome(installed.status));
      continue;
    }
    const tab = addTab ? written.get(`tab-${index}`) : undefined;
    if (tab && !ok(tab.status)) {
      outcomes.set(meeting.key, chatReadOutcome(tab.status));
      continue;
    }
    outcomes.set(meeting.key, {
      kind: 'ready',
      added: { app: installed !== undefined && ok(installed.status), tab: tab !== undefined },
    });
  }
  return outcomes;
}
