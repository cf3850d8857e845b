import type { GraphConnection } from './createGraphClient';

interface ChatWithMeeting {
  onlineMeetingInfo?: { joinWebUrl?: string | null; calendarEventId?: string | null } | null;
}

/** The join URL of a Teams meeting's chat (GET /chats/{id}, Chat.ReadBasic), or null for a chat without a meeting. */
export async function getMeetingJoinUrl(graph: GraphConnection, chatId: string): Promise<string | null> {
  const chat = await graph.run<ChatWithMeeting>((client) =>
    client
      .api(`/chats/${encodeURIComponent(chatId)}`)
      .select(['onlineMeetingInfo'])
      .get(),
  );
  return chat.onlineMeetingInfo?.joinWebUrl ?? null;
}
