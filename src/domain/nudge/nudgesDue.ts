import type { OneOnOneSeries } from '../oneOnOne';
import { roleInPair } from '../space/roleInPair';
import { type NudgeLog, nudgeKey } from './nudgeLog';

/** How long before an occurrence the employee is reminded: the leader's app must run in this window. */
export const NUDGE_WINDOW_MS = 48 * 3_600_000;

export interface DueNudge {
  key: string;
  counterpart: { email: string; name: string };
  occurrenceStart: string;
}

/**
 * The occurrences whose employee is reminded now: the leader leads the pair and organizes the occurrence, it
 * starts within the next 48 hours, nobody declined it, and no device of the leader has reminded them of it yet.
 */
export function nudgesDue(series: readonly OneOnOneSeries[], log: NudgeLog, now: Date): DueNudge[] {
  const sent = new Set(log.sent.map((record) => record.key));
  const nowMs = now.getTime();
  return series.flatMap((s) => {
    if (roleInPair(s.counterpart.relation, true) !== 'leader') return [];
    return s.occurrences.flatMap((occurrence) => {
      const startMs = new Date(occurrence.start).getTime();
      if (!occurrence.isOrganizer || occurrence.declinedBy !== null) return [];
      if (startMs <= nowMs || startMs - nowMs > NUDGE_WINDOW_MS) return [];
      const key = nudgeKey(s.counterpart.email, occurrence.start);
      if (sent.has(key)) return [];
      sent.add(key);
      return [
        {
          key,
          counterpart: { email: s.counterpart.email, name: s.counterpart.name },
          occurrenceStart: occurrence.start,
        },
      ];
    });
  });
}
