import { Avatar, Badge, Button, Caption1, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { TextBulletListSquareRegular } from '@fluentui/react-icons';
import type { RecurrenceSummary } from '../../domain/calendarEvent';
import type { InviteAgendaStatus } from '../../domain/invite/agendaOnInvite';
import type { CounterpartRelation, OneOnOneSeries, PersonOneOnOnes } from '../../domain/oneOnOne';
import { useMeetingTimeFormat } from '../formatting/TimeZoneContext';
import type { Messages } from '../i18n/messages.en';
import { useStrings } from '../i18n/useStrings';
import { describeRecurrence } from './describeRecurrence';

const useStyles = makeStyles({
  card: { padding: tokens.spacingVerticalM },
  header: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  name: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  series: {
    listStyleType: 'none',
    margin: 0,
    paddingLeft: '52px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  seriesLine: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

function relationLabel(relation: CounterpartRelation, strings: Messages): string {
  if (relation === 'directReport') return strings.relationDirectReport;
  if (relation === 'manager') return strings.relationManager;
  return strings.relationOther;
}

const INVITE_BADGE: Record<
  InviteAgendaStatus,
  { color: 'success' | 'warning' | 'subtle'; label: (s: Messages) => string }
> = {
  'on-invite': { color: 'success', label: (s) => s.inviteOnInvite },
  'out-of-date': { color: 'warning', label: (s) => s.inviteOutOfDate },
  'not-attached': { color: 'subtle', label: (s) => s.inviteNotAttached },
};

interface SeriesLineProps {
  series: OneOnOneSeries;
  recurrence: RecurrenceSummary | null;
  inviteStatus: InviteAgendaStatus | null;
}

function SeriesLine({ series, recurrence, inviteStatus }: SeriesLineProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  const formatTime = useMeetingTimeFormat();
  const [next, ...later] = series.occurrences;
  if (!next) return null;
  const declined =
    next.declinedBy === 'me'
      ? strings.declinedByMe
      : next.declinedBy === 'counterpart'
        ? strings.declinedByCounterpart(series.counterpart.name)
        : null;
  return (
    <li className={styles.seriesLine} data-testid="one-on-one-series">
      <Text weight="semibold">{series.subject ?? strings.privateSubject}</Text>
      <Text>{strings.nextOccurrence(formatTime(next.start))}</Text>
      <Badge appearance="tint" color="informative">
        {describeRecurrence(recurrence, series.seriesMasterId !== null, strings)}
      </Badge>
      <Badge appearance="outline" color={series.isOnlineMeeting ? 'brand' : 'subtle'}>
        {series.isOnlineMeeting ? strings.teamsMeeting : strings.inPerson}
      </Badge>
      {declined ? (
        <Badge appearance="filled" color="danger">
          {declined}
        </Badge>
      ) : null}
      {inviteStatus ? (
        <Badge
          appearance="tint"
          color={INVITE_BADGE[inviteStatus].color}
          data-testid="invite-status"
          data-status={inviteStatus}
        >
          {INVITE_BADGE[inviteStatus].label(strings)}
        </Badge>
      ) : null}
      {later.length > 0 ? <Caption1>{strings.moreOccurrences(later.length)}</Caption1> : null}
    </li>
  );
}

interface PersonOneOnOnesCardProps {
  person: PersonOneOnOnes;
  recurrences: ReadonlyMap<string, RecurrenceSummary>;
  inviteStatuses?: ReadonlyMap<string, InviteAgendaStatus> | undefined;
  onOpenAgenda?: ((person: PersonOneOnOnes) => void) | undefined;
}

/** One person of "My 1:1s": who they are to you, and each series you hold with them. */
export function PersonOneOnOnesCard({
  person,
  recurrences,
  inviteStatuses,
  onOpenAgenda,
}: PersonOneOnOnesCardProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  const role = relationLabel(person.counterpart.relation, strings);
  return (
    <Card
      className={styles.card}
      role="group"
      aria-label={strings.personCardLabel(person.counterpart.name, role)}
    >
      <div className={styles.header}>
        <Avatar name={person.counterpart.name} color="colorful" aria-hidden="true" />
        <div className={styles.name}>
          <Text as="h2" weight="semibold" size={400}>
            {person.counterpart.name}
          </Text>
          <Caption1>{role}</Caption1>
        </div>
        {onOpenAgenda ? (
          <Button
            appearance="primary"
            icon={<TextBulletListSquareRegular />}
            onClick={() => onOpenAgenda(person)}
            aria-label={strings.openAgenda(person.counterpart.name)}
          >
            {strings.agendaButton}
          </Button>
        ) : null}
      </div>
      <ul className={styles.series}>
        {person.series.map((series) => (
          <SeriesLine
            key={series.key}
            series={series}
            recurrence={series.seriesMasterId ? (recurrences.get(series.seriesMasterId) ?? null) : null}
            inviteStatus={inviteStatuses?.get(series.occurrences[0]?.eventId ?? '') ?? null}
          />
        ))}
      </ul>
    </Card>
  );
}
