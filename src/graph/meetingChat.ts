import type { MeetingChatInfo } from '../domain/meetingMatch';
import type { GraphConnection } from './createGraphClient';

interface ChatWithMeeting {
  onlineMeetingInfo?: { joinWebUrl?: string | null; calendarEventId?: string | null } | null;
}

/**
 * What a Teams chat says of its meeting (GET /chats/{id}, Chat.ReadBasic): the join URL and the organizer's
 * calendar event id, each null when Graph leaves it out (a chat without a meeting has neither).
 */
export async function getMeetingChatInfo(graph: GraphConnection, chatId: string): Promise<MeetingChatInfo> {
  const chat = await graph.run<ChatWithMeeting>((client) =>
    client
      .api(`/chats/${encodeURIComponent(chatId)}`)
      .select(['onlineMeetingInfo'])
      .get(),
  );
  return {
    chatId,
    joinWebUrl: chat.onlineMeetingInfo?.joinWebUrl || null,
    calendarEventId: chat.onlineMeetingInfo?.calendarEventId || null,
  };
}
