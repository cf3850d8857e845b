import { meetingThreadIdOfJoinUrl } from '../meetingMatch';
import type { OneOnOneSeries } from '../oneOnOne';
import { roleInPair } from '../space/roleInPair';

/** A 1:1 series the leader organizes with a Teams meeting ahead: what the setup works on. */
export interface TeamsMeetingOfSeries {
  seriesKey: string;
  counterpart: { email: string; name: string };
  /** The meeting chat's thread id from the classic join link; null for Teams' short links, which name none. */
  chatId: string | null;
}

/** Every upcoming series the signed-in user leads and organizes as a Teams meeting, once per meeting chat. */
export function teamsMeetingsToSetUp(
  series: readonly OneOnOneSeries[],
  nowIso: string,
): TeamsMeetingOfSeries[] {
  const seen = new Set<string>();
  return series.flatMap((s) => {
    const next = s.occurrences.find((o) => o.start > nowIso && o.isOrganizer && o.joinUrl);
    if (!next?.joinUrl || roleInPair(s.counterpart.relation, true) !== 'leader') return [];
    const chatId = meetingThreadIdOfJoinUrl(next.joinUrl);
    if (chatId && seen.has(chatId)) return [];
    if (chatId) seen.add(chatId);
    return [
      { seriesKey: s.key, counterpart: { email: s.counterpart.email, name: s.counterpart.name }, chatId },
    ];
  });
}
