import { Badge, Button, Caption1, Field, Select, Text } from '@fluentui/react-components';
import {
  EXPECTATION_STATUSES,
  type Expectation,
  type ExpectationStatus,
} from '../../../domain/space/expectation';
import type { SpaceRole } from '../../../domain/space/spaceStamp';
import { formatCalendarDate } from '../../formatting/formatCalendarDate';
import { useUserTimeZone } from '../../formatting/TimeZoneContext';
import { usePerformanceStrings } from '../../i18n/usePerformanceStrings';
import { useStrings } from '../../i18n/useStrings';
import type { PairNames } from '../agendaActions';
import { ChangeHistoryView } from './ChangeHistoryView';
import { changeLabel, lastChangeOf } from './changeLabel';
import type { PerformanceActions } from './performanceActions';
import { usePerformanceStyles } from './usePerformanceStyles.styles';

interface ExpectationCardProps {
  expectation: Expectation;
  myRole: SpaceRole;
  names: PairNames;
  actions: PerformanceActions;
}

/** One priority: what good looks like, whether the leader confirmed it, its status and its last change. */
export function ExpectationCard({ expectation, myRole, names, actions }: ExpectationCardProps) {
  const styles = usePerformanceStyles();
  const { locale } = useStrings();
  const perf = usePerformanceStrings();
  const timeZone = useUserTimeZone();
  const statusId = `expectation-status-${expectation.id}`;
  return (
    <li className={styles.card} data-testid="expectation">
      <Text className={styles.title}>{expectation.priority}</Text>
      {expectation.whatGoodLooksLike ? (
        <Text className={styles.text}>{expectation.whatGoodLooksLike}</Text>
      ) : null}
      {expectation.goalLink ? (
        <Caption1 className={styles.meta}>{perf.connectsTo(expectation.goalLink)}</Caption1>
      ) : null}
      {expectation.reviewDate ? (
        <Caption1 className={styles.meta}>
          {perf.reviewOn(formatCalendarDate(expectation.reviewDate, locale))}
        </Caption1>
      ) : null}
      <div className={styles.row}>
        <Badge appearance="tint" color={expectation.confirmed ? 'success' : 'warning'}>
          {expectation.confirmed ? perf.confirmedBadge : perf.proposedBadge}
        </Badge>
        {!expectation.confirmed && myRole === 'leader' ? (
          <Button
            size="small"
            aria-label={perf.confirmLabel(expectation.priority)}
            onClick={() => actions.confirmExpectation(expectation.id)}
          >
            {perf.confirm}
          </Button>
        ) : null}
        {!expectation.confirmed && myRole === 'employee' ? (
          <Caption1 className={styles.meta}>{perf.awaitingLeader(names.leader)}</Caption1>
        ) : null}
      </div>
      <Field label={perf.statusLabel} size="small">
        <Select
          id={statusId}
          className={styles.select}
          size="small"
          value={expectation.status}
          onChange={(_, data) =>
            actions.setExpectationStatus(expectation.id, data.value as ExpectationStatus)
          }
        >
          {EXPECTATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {perf.expectationStatus[status]}
            </option>
          ))}
        </Select>
      </Field>
      <Caption1 className={styles.meta} data-testid="expectation-changed">
        {changeLabel(lastChangeOf(expectation.stamps), myRole, names, perf, locale, timeZone)}
      </Caption1>
      <div className={styles.row}>
        <ChangeHistoryView
          history={expectation.history}
          title={expectation.priority}
          myRole={myRole}
          names={names}
        />
        <Button
          appearance="subtle"
          size="small"
          aria-label={perf.deleteLabel(expectation.priority)}
          onClick={() => actions.deleteEntry('expectations', expectation.id)}
        >
          {perf.delete}
        </Button>
      </div>
    </li>
  );
}
