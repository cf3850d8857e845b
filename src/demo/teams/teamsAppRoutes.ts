/**
 * Teams apps in meeting chats, as Microsoft Graph v1.0 documents them:
 * - `GET /appCatalogs/teamsApps?$filter=…` (appcatalogs-list-teamsapps): equality filters on id, externalId,
 *   displayName and distributionMethod joined by `and`.
 * - `GET|POST /chats/{id}/installedApps` (chat-list-installedapps, chat-post-installedapps): the POST takes
 *   `teamsApp@odata.bind` and answers 201 with no body; an app already installed is a 409.
 * - `GET|POST /chats/{id}/tabs` (chat-list-tabs, chat-post-tabs): "The corresponding app must already be
 *   installed in the chat"; the POST answers 201 with the tab.
 * Chat routes answer 404 for a chat Teams has not created yet and 403 for a non-member (chatAccess.ts).
 */
import { GraphErrorResponse, graphErrors } from '../http/graphErrorResponse';
import { graphJson } from '../http/graphResponses';
import { GRAPH_V1_BASE } from '../http/graphUrls';
import type { RouteContext, RouteDefinition } from '../http/routeTypes';
import { queryParam } from '../odata/queryOptions';
import { stableGuid } from '../util/stableHash';
import { memberChat } from './chatAccess';
import { appCatalogOf, type DemoCatalogApp, type DemoChatTab, type DemoTeamsState } from './teamsAppState';

const METADATA = `${GRAPH_V1_BASE}/$metadata#`;
const CATALOG_BIND = `${GRAPH_V1_BASE}/appCatalogs/teamsApps/`;
const FILTERABLE = ['id', 'externalId', 'displayName', 'distributionMethod'] as const;

/** Only the query options a route evaluates; anything else would be answered wrongly, so it is refused. */
function allowOnly(context: RouteContext, allowed: readonly string[]): void {
  for (const key of context.url.searchParams.keys()) {
    if (key.startsWith('$') && !allowed.includes(key.toLowerCase()))
      throw graphErrors.unsupportedByDemo(`the ${key} query option on this route`);
  }
}

function expandsTeamsApp(context: RouteContext): boolean {
  const expand = queryParam(context.url, '$expand');
  if (expand === null) return false;
  if (expand.trim() !== 'teamsApp') throw graphErrors.unsupportedByDemo(`$expand=${expand} on this route`);
  return true;
}

function catalogJson(app: DemoCatalogApp) {
  return {
    id: app.id,
    externalId: app.externalId,
    displayName: app.displayName,
    distributionMethod: app.distributionMethod,
  };
}

function parseFilter(filter: string): (app: DemoCatalogApp) => boolean {
  const clauses = filter.split(/\s+and\s+/i).map((clause) => {
    const match = /^\s*(\w+)\s+eq\s+'((?:[^']|'')*)'\s*$/.exec(clause);
    const property = FILTERABLE.find((name) => name === match?.[1]);
    if (!match || !property) throw graphErrors.badRequest(`Invalid filter clause: '${clause.trim()}'.`);
    const value = (match[2] as string).replace(/''/g, "'");
    return (app: DemoCatalogApp) => app[property] === value;
  });
  return (app) => clauses.every((matches) => matches(app));
}

function listCatalog(context: RouteContext): Response {
  allowOnly(context, ['$filter']);
  const filter = queryParam(context.url, '$filter');
  const matches = filter === null ? () => true : parseFilter(filter);
  const apps = appCatalogOf(context.store.read().teams).filter(matches);
  return graphJson(
    { '@odata.context': `${METADATA}appCatalogs/teamsApps`, value: apps.map(catalogJson) },
    context.meta,
  );
}

function updateTeams(context: RouteContext, mutate: (teams: DemoTeamsState) => DemoTeamsState): void {
  context.store.update((state) => ({ ...state, teams: mutate(state.teams ?? {}) }));
}

function catalogApp(context: RouteContext, id: string): DemoCatalogApp | undefined {
  return appCatalogOf(context.store.read().teams).find((app) => app.id === id);
}

function listInstalledApps(context: RouteContext): Response {
  allowOnly(context, ['$expand']);
  const expand = expandsTeamsApp(context);
  const chat = memberChat(context);
  const installations = (context.store.read().teams?.chatInstallations ?? []).filter(
    (i) => i.chatId === chat.id,
  );
  const value = installations.map((installation) => {
    const app = catalogApp(context, installation.teamsAppId);
    return {
      id: installation.id,
      ...(expand && app ? { teamsApp: catalogJson(app) } : {}),
    };
  });
  return graphJson({ '@odata.context': `${METADATA}chats('${chat.id}')/installedApps`, value }, context.meta);
}

async function readBody(context: RouteContext): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await context.request.json();
    if (typeof body === 'object' && body !== null && !Array.isArray(body))
      return body as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  throw graphErrors.badRequest('The request body is not a JSON object.');
}

/** The catalog app a `teamsApp@odata.bind` names, or the 400 / 404 Graph gives. */
function boundApp(context: RouteContext, body: Record<string, unknown>): DemoCatalogApp {
  const bind = body['teamsApp@odata.bind'];
  if (typeof bind !== 'string' || !bind.startsWith(CATALOG_BIND))
    throw graphErrors.badRequest(
      "The request must bind 'teamsApp@odata.bind' to https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{id}.",
    );
  const id = decodeURIComponent(bind.slice(CATALOG_BIND.length));
  const app = catalogApp(context, id);
  if (!app)
    throw new GraphErrorResponse(404, 'NotFound', `The app '${id}' was not found in the app catalog.`);
  return app;
}

async function installApp(context: RouteContext): Promise<Response> {
  const chat = memberChat(context);
  const app = boundApp(context, await readBody(context));
  const teams = context.store.read().teams ?? {};
  if (teams.installBlockedFor?.includes(context.caller.id))
    throw new GraphErrorResponse(
      403,
      'Forbidden',
      'The app permission policy assigned to the user does not allow installing this app.',
    );
  if ((teams.chatInstallations ?? []).some((i) => i.chatId === chat.id && i.teamsAppId === app.id))
    throw new GraphErrorResponse(409, 'Conflict', 'The app is already installed in this chat.');
  const installation = { chatId: chat.id, id: btoa(`${app.id}##${chat.id}`), teamsAppId: app.id };
  updateTeams(context, (current) => ({
    ...current,
    chatInstallations: [...(current.chatInstallations ?? []), installation],
  }));
  return new Response(null, {
    status: 201,
    headers: { 'request-id': context.meta.requestId, 'client-request-id': context.meta.clientRequestId },
  });
}

function tabJson(context: RouteContext, tab: DemoChatTab, expand: boolean) {
  const app = catalogApp(context, tab.teamsAppId);
  return {
    id: tab.id,
    displayName: tab.displayName,
    webUrl: `https://teams.microsoft.com/l/entity/${encodeURIComponent(tab.teamsAppId)}/${encodeURIComponent(tab.id)}`,
    configuration: tab.configuration,
    ...(expand && app ? { teamsApp: catalogJson(app) } : {}),
  };
}

function listTabs(context: RouteContext): Response {
  allowOnly(context, ['$expand']);
  const expand = expandsTeamsApp(context);
  const chat = memberChat(context);
  const tabs = (context.store.read().teams?.chatTabs ?? []).filter((tab) => tab.chatId === chat.id);
  return graphJson(
    {
      '@odata.context': `${METADATA}chats('${chat.id}')/tabs`,
      value: tabs.map((tab) => tabJson(context, tab, expand)),
    },
    context.meta,
  );
}

function optionalString(value: unknown, name: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw graphErrors.badRequest(`configuration.${name} must be a string.`);
  return value;
}

async function addTab(context: RouteContext): Promise<Response> {
  const chat = memberChat(context);
  const body = await readBody(context);
  const app = boundApp(context, body);
  const { displayName, configuration } = body;
  if (typeof displayName !== 'string' || displayName.trim() === '')
    throw graphErrors.badRequest('displayName is required.');
  if (typeof configuration !== 'object' || configuration === null)
    throw graphErrors.badRequest('configuration is required for a configurable tab.');
  const config = configuration as Record<string, unknown>;
  const contentUrl = optionalString(config.contentUrl, 'contentUrl');
  // Teams loads tabs over https only; the demo's own local origins stand in for the app's.
  if (!contentUrl || !/^(https:\/\/|http:\/\/(localhost|127\.0\.0\.1)[:/])/.test(contentUrl))
    throw graphErrors.badRequest('configuration.contentUrl must be an https URL.');
  const teams = context.store.read().teams ?? {};
  if (!(teams.chatInstallations ?? []).some((i) => i.chatId === chat.id && i.teamsAppId === app.id))
    throw graphErrors.badRequest(
      `App id ${app.id} needs to be installed to the chat ${chat.id} and be in an unblocked state to install/update a tab.`,
    );
  const tab: DemoChatTab = {
    chatId: chat.id,
    id: stableGuid(`${chat.id}|${app.id}|${(teams.chatTabs ?? []).length}|${context.meta.requestId}`),
    displayName,
    teamsAppId: app.id,
    configuration: {
      entityId: optionalString(config.entityId, 'entityId'),
      contentUrl,
      websiteUrl: optionalString(config.websiteUrl, 'websiteUrl'),
      removeUrl: optionalString(config.removeUrl, 'removeUrl'),
    },
  };
  updateTeams(context, (current) => ({ ...current, chatTabs: [...(current.chatTabs ?? []), tab] }));
  return graphJson(
    { '@odata.context': `${METADATA}chats('${chat.id}')/tabs/$entity`, ...tabJson(context, tab, false) },
    context.meta,
    201,
  );
}

export const teamsAppRoutes: readonly RouteDefinition[] = [
  { method: 'GET', path: '/appCatalogs/teamsApps', handle: listCatalog },
  { method: 'GET', path: '/chats/{chatId}/installedApps', handle: listInstalledApps },
  { method: 'POST', path: '/chats/{chatId}/installedApps', handle: installApp },
  { method: 'GET', path: '/chats/{chatId}/tabs', handle: listTabs },
  { method: 'POST', path: '/chats/{chatId}/tabs', handle: addTab },
];
