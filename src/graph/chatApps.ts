import type { BatchItemResult, BatchRequest } from './batch';
import { catalogAppBind } from './teamsAppCatalog';

/** A chat's Graph path, its id encoded (meeting thread ids hold ':' and '@'). */
export const chatPath = (chatId: string) => `/chats/${encodeURIComponent(chatId)}`;

/** `GET /chats/{id}/installedApps?$expand=teamsApp` (TeamsAppInstallation.ReadWriteSelfForChat covers it). */
export function installedAppsRequest(id: string, chatId: string): BatchRequest {
  return { id, method: 'GET', url: `${chatPath(chatId)}/installedApps?$expand=teamsApp` };
}

interface InstallationPage {
  value?: { teamsApp?: { id?: string } | null }[];
}

/** Catalog ids of the apps installed in the chat. */
export function installedAppIdsOf(result: BatchItemResult): string[] {
  return ((result.body as InstallationPage | undefined)?.value ?? []).flatMap((i) => i.teamsApp?.id ?? []);
}

/** `POST /chats/{id}/installedApps` (TeamsAppInstallation.ReadWriteSelfForChat): 201 with no body; 409 if there. */
export function installAppRequest(id: string, chatId: string, catalogAppId: string): BatchRequest {
  return {
    id,
    method: 'POST',
    url: `${chatPath(chatId)}/installedApps`,
    body: { 'teamsApp@odata.bind': catalogAppBind(catalogAppId) },
  };
}
