import { z } from 'zod';
import type { KeyValueStore } from '../../host/keyValueStore';
import type { AgendaParticipants } from '../agenda/agendaSession';

export interface MeetingMemoKey {
  userId: string;
  chatId: string;
}

const storageKey = ({ userId, chatId }: MeetingMemoKey) => `oneOnOne.meetingPair.${userId}.${chatId}`;

const rememberedParticipants = z.object({
  me: z.object({
    id: z.string().min(1),
    displayName: z.string(),
    email: z.string().min(1),
    jobTitle: z.string().nullable(),
  }),
  counterpart: z.object({ email: z.string().min(1), name: z.string() }),
  myRole: z.enum(['leader', 'employee']),
});

/** The pair last found for this meeting chat on this device; null when none, or when what is kept is unreadable. */
export function recallMeetingParticipants(
  store: KeyValueStore,
  key: MeetingMemoKey,
): AgendaParticipants | null {
  const text = store.get(storageKey(key));
  if (!text) return null;
  try {
    const parsed = rememberedParticipants.safeParse(JSON.parse(text));
    if (parsed.success && parsed.data.me.id === key.userId) return parsed.data;
  } catch {
    // Not JSON: forgotten below, and found again by the lookup.
  }
  store.remove(storageKey(key));
  return null;
}

/** Kept on the device only: names and addresses the user already sees, never tokens or agenda content. */
export function rememberMeetingParticipants(
  store: KeyValueStore,
  key: MeetingMemoKey,
  participants: AgendaParticipants,
): void {
  const { me, counterpart, myRole } = participants;
  store.set(
    storageKey(key),
    JSON.stringify({
      me: { id: me.id, displayName: me.displayName, email: me.email, jobTitle: me.jobTitle },
      counterpart: { email: counterpart.email, name: counterpart.name },
      myRole,
    }),
  );
}
