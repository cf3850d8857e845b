import { Button, Caption1 } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChangeRecord } from '../../../domain/space/changeHistory';
import type { SpaceRole } from '../../../domain/space/spaceStamp';
import { formatCalendarDate, formatDayOf } from '../../formatting/formatCalendarDate';
import { useUserTimeZone } from '../../formatting/TimeZoneContext';
import { usePerformanceStrings } from '../../i18n/usePerformanceStrings';
import { useStrings } from '../../i18n/useStrings';
import type { PairNames } from '../agendaActions';
import { usePerformanceStyles } from './usePerformanceStyles.styles';

/** Every kept change of a priority, newest first, behind a toggle so the card stays short. */
export function ChangeHistoryView({
  history,
  title,
  myRole,
  names,
}: {
  history: readonly ChangeRecord[];
  title: string;
  myRole: SpaceRole;
  names: PairNames;
}) {
  const styles = usePerformanceStyles();
  const { locale } = useStrings();
  const perf = usePerformanceStrings();
  const timeZone = useUserTimeZone();
  const [open, setOpen] = useState(false);
  if (history.length === 0) return null;
  const valueText = (change: ChangeRecord): string => {
    if (change.value === null || change.value === '') return perf.cleared;
    if (typeof change.value === 'boolean') return change.value ? '✓' : '✗';
    if (change.field === 'status') {
      const statuses: Record<string, string> = perf.expectationStatus;
      return statuses[change.value] ?? change.value;
    }
    if (change.field === 'reviewDate') return formatCalendarDate(change.value, locale);
    return change.value;
  };
  return (
    <div className={styles.block}>
      <Button
        appearance="subtle"
        size="small"
        aria-expanded={open}
        aria-label={perf.historyLabel(title)}
        onClick={() => setOpen((value) => !value)}
      >
        {perf.showHistory}
      </Button>
      {open ? (
        <ul className={styles.list} aria-label={perf.historyLabel(title)}>
          {[...history].reverse().map((change) => (
            <li key={`${change.at}|${change.by}|${change.field}`}>
              <Caption1 className={styles.text}>
                {perf.historyEntry(
                  formatDayOf(change.at, locale, timeZone),
                  change.by === myRole ? perf.you : names[change.by],
                  perf.historyField[change.field] ?? change.field,
                  valueText(change),
                )}
              </Caption1>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
