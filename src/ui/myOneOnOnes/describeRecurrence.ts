import type { RecurrenceSummary } from '../../domain/calendarEvent';
import type { Messages } from '../i18n/messages.en';

export function describeRecurrence(
  recurrence: RecurrenceSummary | null,
  isRecurring: boolean,
  strings: Messages,
): string {
  if (!recurrence) return isRecurring ? strings.recurrenceUnknown : strings.recurrenceOnce;
  switch (recurrence.kind) {
    case 'daily':
      return strings.recurrenceDaily(recurrence.interval);
    case 'weekly':
      return strings.recurrenceWeekly(recurrence.interval);
    case 'absoluteMonthly':
    case 'relativeMonthly':
      return strings.recurrenceMonthly(recurrence.interval);
    case 'absoluteYearly':
    case 'relativeYearly':
      return strings.recurrenceYearly;
  }
}
