/**
 * Every PATCH of an invite's body makes Exchange e-mail the attendee an update, and no flag suppresses it. The
 * app's automatic updates (auto-attach) of one occurrence are therefore capped: at most one in any 24 hours.
 * The last update the app made is recorded on the organizer's event itself (src/graph/eventBody.ts), so every
 * device of the organizer, and every surface, sees the same record.
 */
export const AUTOMATIC_INVITE_UPDATE_INTERVAL_MS = 24 * 60 * 60 * 1000;

/**
 * Whether the app may update this occurrence's invite on its own now, given when it last updated it (an ISO
 * instant, or null when it never did). A record further in the future than the interval is a clock gone wrong
 * on some device: it does not block the invite forever.
 */
export function mayUpdateInviteAutomatically(lastAppUpdate: string | null, now: Date): boolean {
  if (lastAppUpdate === null) return true;
  const last = Date.parse(lastAppUpdate);
  if (Number.isNaN(last)) return true;
  const since = now.getTime() - last;
  return since >= AUTOMATIC_INVITE_UPDATE_INTERVAL_MS || since <= -AUTOMATIC_INVITE_UPDATE_INTERVAL_MS;
}
