import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportCadence } from '../../domain/cadence/cadenceTypes';
import type { Messages } from '../i18n/messages.en';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({
  flags: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
});

function flagLabels(cadence: ReportCadence, strings: Messages): { flag: string; label: string }[] {
  return cadence.flags.map((flag) => {
    switch (flag) {
      case 'noRecentOneOnOne':
        return { flag, label: strings.flagNoRecent };
      case 'nothingScheduled':
        return { flag, label: strings.flagNothingScheduled };
      case 'frequentCancellations':
        return { flag, label: strings.flagCancellations(cadence.cancelledInHistory) };
      case 'overdueActionItems':
        return { flag, label: strings.flagOverdue(cadence.actionItems?.overdue ?? 0) };
    }
    return { flag, label: flag };
  });
}

/** The flags as text badges (colour is never the only signal), or "On track". */
export function CadenceFlags({ cadence }: { cadence: ReportCadence }) {
  const styles = useStyles();
  const { strings } = useStrings();
  const flags = flagLabels(cadence, strings);
  return (
    <ul className={styles.flags} aria-label={strings.cadenceHealth}>
      {flags.length === 0 ? (
        <li>
          <Badge appearance="tint" color="success">
            {strings.onTrack}
          </Badge>
        </li>
      ) : (
        flags.map(({ flag, label }) => (
          <li key={flag}>
            <Badge
              appearance="filled"
              color={flag === 'noRecentOneOnOne' || flag === 'overdueActionItems' ? 'danger' : 'warning'}
              data-testid="cadence-flag"
              data-flag={flag}
            >
              {label}
            </Badge>
          </li>
        ))
      )}
    </ul>
  );
}
