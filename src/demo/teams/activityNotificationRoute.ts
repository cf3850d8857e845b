/**
 * `POST /users/{user}/teamwork/sendActivityNotification` (userteamwork-sendactivitynotification): `topic`
 * (`source` text needs `webUrl`), an `activityType` the manifest declares, `previewText`, `templateParameters`;
 * 204 No Content. Teams delivers only to a recipient who has the app, personally or in a chat they are in
 * (teams-send-activityfeednotifications); otherwise the demo answers 403, as Graph refuses such a send.
 */

import { DEMO_TEAMS_APP_MANIFEST_ID } from '../../domain/appDeployment';
import { findMeetingChat } from '../chats/meetingChats';
import { GraphErrorResponse, graphErrors } from '../http/graphErrorResponse';
import type { RouteContext, RouteDefinition } from '../http/routeTypes';
import { findUserByIdOrPrincipalName } from '../mailbox/directory';
import { appCatalogOf, DECLARED_ACTIVITY_TYPES, type DemoActivityNotification } from './teamsAppState';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readNotification(body: unknown): Omit<DemoActivityNotification, 'senderId' | 'recipientId' | 'at'> {
  if (!isRecord(body)) throw graphErrors.badRequest('The request body is not a JSON object.');
  const { topic, activityType, previewText, templateParameters } = body;
  if (
    !isRecord(topic) ||
    (topic.source !== 'text' && topic.source !== 'entityUrl') ||
    typeof topic.value !== 'string'
  )
    throw graphErrors.badRequest("topic needs a source ('text' or 'entityUrl') and a value.");
  if (topic.source === 'text' && typeof topic.webUrl !== 'string')
    throw graphErrors.badRequest("webUrl is required when the topic's source is 'text'.");
  if (typeof activityType !== 'string' || !DECLARED_ACTIVITY_TYPES.includes(activityType))
    throw graphErrors.badRequest(
      `The activity type '${String(activityType)}' is not declared in the app manifest.`,
    );
  const parameters = Array.isArray(templateParameters) ? templateParameters : [];
  if (!parameters.every((p) => isRecord(p) && typeof p.name === 'string' && typeof p.value === 'string'))
    throw graphErrors.badRequest('templateParameters must be name/value pairs.');
  return {
    activityType,
    topic: {
      source: topic.source,
      value: topic.value,
      webUrl: typeof topic.webUrl === 'string' ? topic.webUrl : null,
    },
    previewText:
      isRecord(previewText) && typeof previewText.content === 'string' ? previewText.content : null,
    templateParameters: parameters as { name: string; value: string }[],
  };
}

async function sendActivityNotification(context: RouteContext): Promise<Response> {
  let body: unknown;
  try {
    body = await context.request.json();
  } catch {
    throw graphErrors.badRequest('The request body is not JSON.');
  }
  const notification = readNotification(body);
  const state = context.store.read();
  const recipient = findUserByIdOrPrincipalName(state.users, context.params.user ?? '');
  if (!recipient) throw graphErrors.userNotFound(context.params.user ?? '');
  const teams = state.teams ?? {};
  // Teams delivers only for the sending app (ours, by its manifest id), installed where the recipient is: a
  // chat that holds another app, or that Teams has not created yet, does not count.
  const ourAppIds = new Set(
    appCatalogOf(teams)
      .filter((app) => app.externalId === DEMO_TEAMS_APP_MANIFEST_ID)
      .map((app) => app.id),
  );
  const notCreated = new Set(teams.chatsNotCreated ?? []);
  const hasApp =
    (teams.personalInstallations ?? []).includes(recipient.id) ||
    (teams.chatInstallations ?? []).some(
      (installation) =>
        ourAppIds.has(installation.teamsAppId) &&
        !notCreated.has(installation.chatId) &&
        findMeetingChat(state, installation.chatId)?.members.some((member) => member.id === recipient.id),
    );
  if (!hasApp)
    throw new GraphErrorResponse(
      403,
      'Forbidden',
      'The recipient does not have the app installed, so the notification cannot be delivered.',
    );
  const sent: DemoActivityNotification = {
    ...notification,
    senderId: context.caller.id,
    recipientId: recipient.id,
    at: context.meta.now.toISOString(),
  };
  context.store.update((current) => ({
    ...current,
    teams: {
      ...current.teams,
      activityNotifications: [...(current.teams?.activityNotifications ?? []), sent],
    },
  }));
  return new Response(null, {
    status: 204,
    headers: { 'request-id': context.meta.requestId, 'client-request-id': context.meta.clientRequestId },
  });
}

export const activityNotificationRoutes: readonly RouteDefinition[] = [
  {
    method: 'POST',
    path: '/users/{user}/teamwork/sendActivityNotification',
    handle: sendActivityNotification,
  },
];
