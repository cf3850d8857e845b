/**
 * `GET /chats/{chatId}` (also `/me/chats/{chatId}`) for meeting chats; members only, as Teams answers, and 404
 * for a meeting chat Teams has not created yet.
 */
import type { MeetingChat } from '../chats/meetingChats';
import { graphJson } from '../http/graphResponses';
import type { RouteContext, RouteDefinition } from '../http/routeTypes';
import { NEVER } from '../mailbox/attendeeCopy';
import { contextUrl } from '../odata/contextUrl';
import { parseODataQuery } from '../odata/queryOptions';
import { type EntitySelectRules, projectEntity } from '../odata/selectProperties';
import { memberChat } from '../teams/chatAccess';
import { ownMailboxOwner } from './mailboxOwner';

const chatSelectRules: EntitySelectRules = {
  typeName: 'microsoft.graph.chat',
  errorCode: 'BadRequest',
  properties: [
    'id',
    'topic',
    'createdDateTime',
    'lastUpdatedDateTime',
    'chatType',
    'webUrl',
    'tenantId',
    'isHiddenForAllMembers',
    'viewpoint',
    'onlineMeetingInfo',
  ],
  alwaysIncluded: [],
};

function chatJson(chat: MeetingChat): Record<string, unknown> {
  const { event } = chat;
  return {
    id: chat.id,
    topic: event.subject ?? null,
    createdDateTime: event.createdDateTime ?? null,
    lastUpdatedDateTime: event.lastModifiedDateTime ?? event.createdDateTime ?? null,
    chatType: 'meeting',
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=${chat.tenantId}`,
    tenantId: chat.tenantId,
    isHiddenForAllMembers: false,
    viewpoint: { isHidden: false, lastMessageReadDateTime: NEVER },
    onlineMeetingInfo: {
      calendarEventId: chat.calendarEventId,
      joinWebUrl: chat.joinWebUrl,
      organizer: { id: chat.organizer.id, displayName: null, userIdentityType: 'aadUser' },
    },
  };
}

function getChat(context: RouteContext): Response {
  if (context.params.user !== undefined) ownMailboxOwner(context);
  const { select } = parseODataQuery(context.url);
  const chat = memberChat(context);
  return graphJson(
    { '@odata.context': contextUrl.chat(select), ...projectEntity(chatJson(chat), select, chatSelectRules) },
    context.meta,
  );
}

export const chatRoutes: readonly RouteDefinition[] = [
  { method: 'GET', path: '/chats/{chatId}', handle: getChat },
  { method: 'GET', path: '/users/{user}/chats/{chatId}', handle: getChat },
];
