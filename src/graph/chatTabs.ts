import type { ExistingChatTab } from '../domain/teamsSetup/meetingChatSetup';
import type { BatchItemResult, BatchRequest } from './batch';
import { chatPath } from './chatApps';
import { catalogAppBind } from './teamsAppCatalog';

/**
 * `GET /chats/{id}/tabs?$expand=teamsApp` (TeamsTab.ReadWriteSelfForChat covers it; TeamsTab.Read.All, the table's
 * least privileged, would read every app's tabs). Only a member of the chat may read it: 403 otherwise, 404 for a
 * chat Teams has not created.
 */
export function chatTabsRequest(id: string, chatId: string): BatchRequest {
  return { id, method: 'GET', url: `${chatPath(chatId)}/tabs?$expand=teamsApp` };
}

interface TabPage {
  value?: {
    teamsApp?: { id?: string; externalId?: string | null } | null;
    configuration?: { entityId?: string | null } | null;
  }[];
}

export function chatTabsOf(result: BatchItemResult): ExistingChatTab[] {
  const tabs = (result.body as TabPage | undefined)?.value;
  return (Array.isArray(tabs) ? tabs : []).map((tab) => ({
    catalogAppId: tab.teamsApp?.id ?? null,
    manifestId: tab.teamsApp?.externalId ?? null,
    entityId: tab.configuration?.entityId ?? null,
  }));
}

export interface ChatTabConfiguration {
  displayName: string;
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
}

/**
 * `POST /chats/{id}/tabs` (TeamsTab.ReadWriteSelfForChat; TeamsTab.Create is the least privileged for this call
 * alone, but cannot list tabs): the app must already be installed, hence `dependsOn` its install step.
 */
export function addTabRequest(
  id: string,
  chatId: string,
  catalogAppId: string,
  tab: ChatTabConfiguration,
  dependsOn: readonly string[] = [],
): BatchRequest {
  return {
    id,
    method: 'POST',
    url: `${chatPath(chatId)}/tabs`,
    body: {
      displayName: tab.displayName,
      'teamsApp@odata.bind': catalogAppBind(catalogAppId),
      configuration: {
        entityId: tab.entityId,
        contentUrl: tab.contentUrl,
        websiteUrl: tab.websiteUrl,
        removeUrl: null,
      },
    },
    ...(dependsOn.length > 0 ? { dependsOn: [...dependsOn] } : {}),
  };
}
