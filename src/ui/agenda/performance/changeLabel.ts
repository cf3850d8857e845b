import { laterStamp, type Stamp } from '../../../domain/space/spaceStamp';
import { formatDayOf } from '../../formatting/formatCalendarDate';
import type { PerformanceMessages } from '../../i18n/performanceMessages.en';
import type { PairNames } from '../agendaActions';

/** "Changed on Dec 3 by Claire" ("by you" for the viewer's own change). */
export function changeLabel(
  stamp: Stamp,
  viewer: Stamp['by'],
  names: PairNames,
  strings: PerformanceMessages,
  locale: string,
  timeZone: string,
): string {
  const who = stamp.by === viewer ? strings.you : names[stamp.by];
  return strings.changedOn(formatDayOf(stamp.at, locale, timeZone), who);
}

/** The latest of an entry's register stamps: its last change. */
export function lastChangeOf(stamps: object): Stamp {
  return (Object.values(stamps) as Stamp[]).reduce(laterStamp);
}
