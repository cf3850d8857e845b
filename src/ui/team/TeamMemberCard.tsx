import {
  Avatar,
  Button,
  Caption1,
  Card,
  makeStyles,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { TextBulletListSquareRegular } from '@fluentui/react-icons';
import type { ReportCadence } from '../../domain/cadence/cadenceTypes';
import type { DirectoryPerson } from '../../domain/calendarEvent';
import type { OneOnOneInterval } from '../../domain/scheduling/weeklySeriesFromSlot';
import type { ScheduleOutcome } from '../../services/scheduling/scheduleOneOnOne';
import { formatCalendarDate } from '../formatting/formatCalendarDate';
import { useMeetingTimeFormat } from '../formatting/TimeZoneContext';
import type { Messages } from '../i18n/messages.en';
import { usePerformanceStrings } from '../i18n/usePerformanceStrings';
import { useStrings } from '../i18n/useStrings';
import { CadenceChart } from './CadenceChart';
import { CadenceFlags } from './CadenceFlags';
import { CadenceTable } from './CadenceTable';
import { RecognitionFlagBadge } from './RecognitionFlagBadge';
import { ScheduleOneOnOneForm } from './ScheduleOneOnOneForm';
import type { RecognitionFacts } from './useTeamCadence';

const useStyles = makeStyles({
  card: { padding: tokens.spacingVerticalM, gap: tokens.spacingVerticalS },
  header: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  name: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  body: { display: 'flex', gap: tokens.spacingHorizontalXXL, flexWrap: 'wrap', alignItems: 'flex-start' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    flex: '1 1 300px',
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0 },
  },
});

function lastLine(cadence: ReportCadence, strings: Messages, formatTime: (iso: string) => string): string {
  if (cadence.lastHeld === null || cadence.daysSinceLast === null) return strings.noneInHistory;
  return `${formatTime(cadence.lastHeld)} (${strings.daysAgo(cadence.daysSinceLast)})`;
}

function nextLine(cadence: ReportCadence, strings: Messages, formatTime: (iso: string) => string): string {
  if (cadence.nextScheduled === null || cadence.daysUntilNext === null) return strings.noneScheduled;
  return `${formatTime(cadence.nextScheduled)} (${strings.inDays(cadence.daysUntilNext)})`;
}

function actionItemLines(cadence: ReportCadence, strings: Messages): string[] {
  const items = cadence.actionItems;
  if (items === null) return [strings.noSharedAgenda];
  const rate = items.followThrough === null ? null : Math.round(items.followThrough * 100);
  return [strings.actionItemCounts(items.open, items.overdue), strings.followThrough(rate)];
}

interface TeamMemberCardProps {
  person: DirectoryPerson;
  cadence: ReportCadence;
  recognition: RecognitionFacts | null;
  showTable: boolean;
  schedule: (interval: OneOnOneInterval) => Promise<ScheduleOutcome>;
  onScheduled: (outcome: Extract<ScheduleOutcome, { kind: 'scheduled' }>) => void;
  onOpenAgenda: () => void;
}

/** One direct report: last and next 1:1, the last 90 days, action items, flags, the weekly chart. */
export function TeamMemberCard({
  person,
  cadence,
  recognition,
  showTable,
  schedule,
  onScheduled,
  onOpenAgenda,
}: TeamMemberCardProps) {
  const styles = useStyles();
  const { strings, locale } = useStrings();
  const perf = usePerformanceStrings();
  const formatTime = useMeetingTimeFormat();
  const headingId = `team-member-${person.id || person.email}`;
  return (
    <Card className={styles.card} aria-labelledby={headingId}>
      <div className={styles.header}>
        <Avatar name={person.displayName} aria-hidden="true" />
        <div className={styles.name}>
          <Subtitle2 as="h2" id={headingId}>
            {person.displayName}
          </Subtitle2>
          {person.jobTitle ? <Caption1>{person.jobTitle}</Caption1> : null}
        </div>
        <CadenceFlags cadence={cadence} />
        <RecognitionFlagBadge recognition={recognition} />
      </div>
      <div className={styles.body}>
        <dl className={styles.facts}>
          <dt>{strings.lastOneOnOne}</dt>
          <dd data-testid="last-one-on-one">{lastLine(cadence, strings, formatTime)}</dd>
          <dt>{strings.nextOneOnOne}</dt>
          <dd data-testid="next-one-on-one">{nextLine(cadence, strings, formatTime)}</dd>
          <dt>{strings.lastNinetyDays}</dt>
          <dd>
            {strings.historyCounts(cadence.heldInHistory, cadence.cancelledInHistory, cadence.movedInHistory)}
          </dd>
          <dt>{perf.lastRecognition}</dt>
          <dd data-testid="last-recognition">
            {recognition === null
              ? perf.noSharedSpace
              : recognition.last === null
                ? perf.noRecognitionYet
                : formatCalendarDate(recognition.last, locale)}
          </dd>
          <dt>{strings.actionItems}</dt>
          <dd data-testid="action-item-summary">
            {actionItemLines(cadence, strings).map((line) => (
              <Text key={line} block>
                {line}
              </Text>
            ))}
          </dd>
        </dl>
        {showTable ? (
          <CadenceTable weeks={cadence.weeks} name={person.displayName} />
        ) : (
          <CadenceChart weeks={cadence.weeks} name={person.displayName} />
        )}
      </div>
      {cadence.nextScheduled === null && person.email ? (
        <ScheduleOneOnOneForm name={person.displayName} schedule={schedule} onScheduled={onScheduled} />
      ) : null}
      <div>
        <Button
          appearance="subtle"
          icon={<TextBulletListSquareRegular />}
          onClick={onOpenAgenda}
          disabled={!person.email}
          aria-label={strings.openAgenda(person.displayName)}
        >
          {strings.agendaButton}
        </Button>
      </div>
    </Card>
  );
}
