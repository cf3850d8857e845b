/** The meeting chat a chat route addresses, as Teams lets the caller reach it. */
import { findMeetingChat, type MeetingChat } from '../chats/meetingChats';
import { graphErrors } from '../http/graphErrorResponse';
import type { RouteContext } from '../http/routeTypes';

/** 404 for a chat Teams has not created yet (nobody joined), 403 for a caller who is not a member. */
export function memberChat(context: RouteContext): MeetingChat {
  const state = context.store.read();
  const chatId = context.params.chatId ?? '';
  const chat = findMeetingChat(state, chatId);
  if (!chat || state.teams?.chatsNotCreated?.includes(chat.id)) throw graphErrors.chatNotFound();
  if (!chat.members.some((member) => member.id === context.caller.id)) throw graphErrors.chatForbidden();
  return chat;
}
