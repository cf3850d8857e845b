import type { KeyValueStore } from '../../host/keyValueStore';
import type { AgendaParticipants } from '../agenda/agendaSession';

export interface MeetingMemoKey {
  userId: string;
  chatId: string;
}

const storageKey = ({ userId, chatId }: MeetingMemoKey) => `oneOnOne.meetingPair.${userId}.${chatId}`;

const isText = (value: unknown): value is string => typeof value === 'string';

/** What was kept, if it still has the shape it was written in (storage is the user's to edit or corrupt). */
function readParticipants(value: unknown): AgendaParticipants | null {
  if (typeof value !== 'object' || value === null) return null;
  const { me, counterpart, myRole } = value as Record<string, unknown>;
  if (typeof me !== 'object' || me === null || typeof counterpart !== 'object' || counterpart === null)
    return null;
  const person = me as Record<string, unknown>;
  const other = counterpart as Record<string, unknown>;
  if (
    !isText(person.id) ||
    !person.id ||
    !isText(person.displayName) ||
    !isText(person.email) ||
    !person.email
  )
    return null;
  if (person.jobTitle !== null && !isText(person.jobTitle)) return null;
  if (!isText(other.email) || !other.email || !isText(other.name)) return null;
  if (myRole !== 'leader' && myRole !== 'employee') return null;
  return {
    me: {
      id: person.id,
      displayName: person.displayName,
      email: person.email,
      jobTitle: person.jobTitle ?? null,
    },
    counterpart: { email: other.email, name: other.name },
    myRole,
  };
}

/** The pair last found for this meeting chat on this device; null when none, or when what is kept is unreadable. */
export function recallMeetingParticipants(
  store: KeyValueStore,
  key: MeetingMemoKey,
): AgendaParticipants | null {
  const text = store.get(storageKey(key));
  if (!text) return null;
  try {
    const participants = readParticipants(JSON.parse(text));
    if (participants && participants.me.id === key.userId) return participants;
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
