import type { MeetingSetupOutcome } from './meetingChatSetup';

/** A failed step's status as a meeting's outcome: a 404 on the chat is a chat Teams has not created yet. */
export function chatReadOutcome(status: number): MeetingSetupOutcome {
  if (status === 404) return { kind: 'chat-not-created' };
  return { kind: 'failed', status };
}

/** A failed install: 403 is the app permission policy; 404 an app the catalog lost since it was looked up. */
export function installOutcome(status: number): MeetingSetupOutcome {
  if (status === 403) return { kind: 'install-blocked' };
  if (status === 404) return { kind: 'app-not-in-catalog' };
  return { kind: 'failed', status };
}
