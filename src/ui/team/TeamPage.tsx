import {
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Switch,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, PeopleTeamRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DirectoryPerson } from '../../domain/calendarEvent';
import type { ScheduleOutcome } from '../../services/scheduling/scheduleOneOnOne';
import type { TeamOverview } from '../../services/team/loadTeamOverview';
import { EmptyState } from '../EmptyState';
import { useMeetingTimeFormat, useUserTimeZone } from '../formatting/TimeZoneContext';
import { useStrings } from '../i18n/useStrings';
import { LoadStatus } from '../LoadStatus';
import type { TodoSyncApi } from '../todo/TodoSyncApi';
import { TodoSyncSwitch } from '../todo/TodoSyncSwitch';
import { useTodoSync } from '../todo/useTodoSync';
import { useLoader } from '../useLoader';
import { usePageStyles } from '../usePageStyles.styles';
import { TeamMemberCard } from './TeamMemberCard';
import type { TeamViewApi } from './TeamViewApi';
import { useTeamCadence } from './useTeamCadence';

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-start', flexWrap: 'wrap' },
});

interface TeamPageProps {
  api: TeamViewApi;
  todo?: TodoSyncApi | undefined;
  onSignIn?: (() => void | Promise<void>) | undefined;
  onOpenAgenda: (person: DirectoryPerson) => void;
}

/** "My team": cadence health of every direct report, the ones needing attention first. */
export function TeamPage({ api, todo, onSignIn, onOpenAgenda }: TeamPageProps) {
  const styles = useStyles();
  const pageStyles = usePageStyles();
  const { strings } = useStrings();
  const formatTime = useMeetingTimeFormat();
  const load = useCallback(() => api.loadTeam(), [api]);
  const { state, retry } = useLoader(load);
  const overview: TeamOverview | null = state.status === 'ready' ? state.value : null;
  useEffect(() => () => overview?.dispose(), [overview]);
  const rows = useTeamCadence(overview, useUserTimeZone());
  const [showTables, setShowTables] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const me = overview?.me ?? null;
  const [todoOverride, setTodoOverride] = useState<boolean | null>(null);
  const todoOn = todoOverride ?? (me && todo ? todo.isOn(me.id) : false);
  const syncTeam = useMemo(() => (todo && overview ? () => todo.syncTeam(overview) : null), [todo, overview]);
  const { status: todoStatus } = useTodoSync(todoOn, syncTeam);
  useEffect(() => {
    if (state.status !== 'loading') performance.mark('team-visible');
  }, [state.status]);

  const scheduled = (name: string) => (outcome: Extract<ScheduleOutcome, { kind: 'scheduled' }>) => {
    const every = outcome.series.interval === 1 ? strings.everyWeek : strings.everyTwoWeeks;
    setNotice(`${name}: ${strings.scheduled(`${formatTime(outcome.slot.start)} (${every})`)}`);
    retry();
  };
  const attention = rows.filter((row) => row.cadence.flags.length > 0).length;

  return (
    <main className={pageStyles.teamPage} aria-busy={state.status === 'loading'}>
      <header>
        <Title2 as="h1">{strings.teamTitle}</Title2>
        <Text block>{strings.teamSubtitle}</Text>
      </header>
      <div className={styles.toolbar}>
        <Button icon={<ArrowClockwiseRegular />} onClick={retry} disabled={state.status === 'loading'}>
          {strings.refresh}
        </Button>
        <Switch
          checked={showTables}
          label={strings.chartsAsTables}
          onChange={(_, data) => setShowTables(data.checked)}
          data-testid="charts-as-tables"
        />
        {todo && me ? (
          <TodoSyncSwitch
            on={todoOn}
            status={todoStatus}
            onChange={(on) => {
              todo.set(me.id, on);
              setTodoOverride(on);
            }}
          />
        ) : null}
      </div>
      <div aria-live="polite">
        {notice ? (
          <MessageBar intent="success" data-testid="schedule-result">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <LoadStatus
        state={state}
        loadingLabel={strings.teamLoading}
        errorTitle={strings.teamLoadError}
        onRetry={retry}
        onSignIn={onSignIn}
      />
      {overview && overview.unreadableEvents > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.unreadableEvents(overview.unreadableEvents)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {overview && rows.length === 0 ? (
        <EmptyState icon={PeopleTeamRegular} title={strings.teamEmptyTitle} body={strings.teamEmptyBody} />
      ) : null}
      {overview && rows.length > 0 ? (
        <>
          <Text weight="semibold" data-testid="team-attention">
            {attention > 0 ? strings.teamNeedAttention(attention) : strings.teamAllOnTrack}
          </Text>
          <ul className={pageStyles.cardList} aria-label={strings.teamTitle} data-testid="team-list">
            {rows.map(({ person, cadence, recognition }) => (
              <li
                key={person.id || person.email}
                data-testid="team-member"
                data-email={person.email}
                data-flags={cadence.flags.join(' ')}
              >
                <TeamMemberCard
                  person={person}
                  cadence={cadence}
                  recognition={recognition}
                  showTable={showTables}
                  schedule={(interval) =>
                    me ? api.schedule(me, person, interval) : Promise.reject(new Error('not loaded'))
                  }
                  onScheduled={scheduled(person.displayName)}
                  onOpenAgenda={() => onOpenAgenda(person)}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </main>
  );
}
