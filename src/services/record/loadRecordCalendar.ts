import type { ReportCalendar } from '../../domain/cadence/reportCalendars';
import { pairRecordCalendar, pairRecordSeries } from '../../domain/record/pairRecordCalendar';
import type { RecordPeriod } from '../../domain/record/recordPeriod';
import { addDays } from '../../domain/time/zonedCalendar';
import type { GraphConnection } from '../../graph/createGraphClient';
import { getSeriesCancellations } from '../../graph/seriesCancellations';
import { readCalendarAroundMe } from '../agenda/calendarAroundMe';

/**
 * The pair's 1:1s over a record period, from the signed-in user's calendar: the calendar view over the
 * period (a day wider on each side for time zones; the domain keeps the period's days), then one `$batch`
 * for the cancelled occurrences of the series the user organizes.
 */
export async function loadRecordCalendar(
  graph: GraphConnection,
  counterpartEmail: string,
  period: RecordPeriod,
): Promise<ReportCalendar> {
  const window = {
    start: `${addDays(period.start, -1)}T00:00:00.000Z`,
    end: `${addDays(period.end, 2)}T00:00:00.000Z`,
  };
  const { people, events } = await readCalendarAroundMe(graph, window);
  const found = pairRecordSeries(events, people, counterpartEmail);
  const cancellations = await getSeriesCancellations(graph, found.organizedMasterIds);
  return pairRecordCalendar(found, counterpartEmail, cancellations);
}
