import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  Switch,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, CalendarEmptyRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InviteAgendaStatus } from '../../domain/invite/agendaOnInvite';
import type { PersonOneOnOnes } from '../../domain/oneOnOne';
import { DEFAULT_UPCOMING_DAYS } from '../../domain/upcomingWindow';
import type { UpcomingOneOnOnes } from '../../services/oneOnOnes/loadUpcomingOneOnOnes';
import { EmptyState } from '../EmptyState';
import { useStrings } from '../i18n/useStrings';
import { LoadStatus } from '../LoadStatus';
import { useLoader } from '../useLoader';
import { usePageStyles } from '../usePageStyles.styles';
import { PersonOneOnOnesCard } from './PersonOneOnOnesCard';
import { TeamsSetupPanel } from './TeamsSetupPanel';
import { type LeaderReminderControl, useLeaderReminder } from './useLeaderReminder';
import { type TeamsSetupControl, useTeamsSetup } from './useTeamsSetup';

const PERIOD_CHOICES = [7, 14, 30] as const;

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
});

/** The per-person "auto-attach agenda to invites" setting (on by default). */
export interface AutoAttachSetting {
  isOn(userId: string): boolean;
  set(userId: string, on: boolean): void;
}

interface MyOneOnOnesPageProps {
  loadUpcoming: (days: number) => Promise<UpcomingOneOnOnes>;
  onSignIn?: (() => void | Promise<void>) | undefined;
  initialDays?: number;
  /** Called once, when the list or a clear error is first on screen (Teams' notifySuccess). */
  onFirstResult?: (() => void) | undefined;
  onOpenAgenda?: ((person: PersonOneOnOnes, upcoming: UpcomingOneOnOnes) => void) | undefined;
  /** Reads (and with auto-attach, writes) the agenda on the invites the user leads; runs after the list shows. */
  syncInvites?:
    | ((upcoming: UpcomingOneOnOnes, days: number) => Promise<ReadonlyMap<string, InviteAgendaStatus>>)
    | undefined;
  autoAttach?: AutoAttachSetting | undefined;
  /** "Set up my 1:1s in Teams", offered to leaders (people with direct reports) when the build knows its Teams app. */
  teamsSetup?: TeamsSetupControl | undefined;
  /** The employee's reminder to their leader when they add topics (on unless turned off). */
  leaderReminder?: LeaderReminderControl | undefined;
}

/** The personal tab: upcoming 1:1s grouped by person. */
export function MyOneOnOnesPage({
  loadUpcoming,
  onSignIn,
  initialDays = DEFAULT_UPCOMING_DAYS,
  onFirstResult,
  onOpenAgenda,
  syncInvites,
  autoAttach,
  teamsSetup,
  leaderReminder,
}: MyOneOnOnesPageProps) {
  const styles = useStyles();
  const pageStyles = usePageStyles();
  const { strings } = useStrings();
  const [days, setDays] = useState(initialDays);
  const load = useCallback(() => loadUpcoming(days), [loadUpcoming, days]);
  const { state, retry } = useLoader(load);
  const [inviteStatuses, setInviteStatuses] = useState<ReadonlyMap<string, InviteAgendaStatus>>(new Map());
  const me = state.status === 'ready' ? state.value.people.me : null;
  const [autoAttachOverride, setAutoAttachOverride] = useState<boolean | null>(null);
  const autoAttachOn = autoAttachOverride ?? (me && autoAttach ? autoAttach.isOn(me.id) : false);
  useEffect(() => {
    if (state.status !== 'ready' || !syncInvites) return;
    let current = true;
    // In the background: the list is already on screen; a failure here only leaves the badges out.
    syncInvites(state.value, days).then(
      (statuses) => current && setInviteStatuses(statuses),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [state, syncInvites, days]);
  const reported = useRef(false);
  useEffect(() => {
    if (state.status === 'loading' || reported.current) return;
    reported.current = true;
    // The bench reads this mark: navigation to a visible list (or error), as the user sees it.
    performance.mark(state.status === 'ready' ? 'one-on-ones-visible' : 'one-on-ones-error-visible');
    onFirstResult?.();
  }, [state.status, onFirstResult]);
  const upcoming = state.status === 'ready' ? state.value : null;
  const setup = useTeamsSetup(teamsSetup, upcoming);
  const reminderToLeader = useLeaderReminder(leaderReminder, upcoming);
  const isLeader = (upcoming?.people.directReports.length ?? 0) > 0;
  const choices = PERIOD_CHOICES.includes(days as 7) ? PERIOD_CHOICES : [...PERIOD_CHOICES, days];

  return (
    <main className={pageStyles.tabListPage} aria-busy={state.status === 'loading'}>
      <header>
        <Title2 as="h1">{strings.appTitle}</Title2>
        <Text block>{strings.upcomingSubtitle(days)}</Text>
      </header>
      <div className={styles.toolbar}>
        <Field label={strings.rangeLabel}>
          <Select value={String(days)} onChange={(_, data) => setDays(Number(data.value))}>
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {strings.rangeOption(choice)}
              </option>
            ))}
          </Select>
        </Field>
        <Button icon={<ArrowClockwiseRegular />} onClick={retry} disabled={state.status === 'loading'}>
          {strings.refresh}
        </Button>
        {autoAttach && me ? (
          <Switch
            checked={autoAttachOn}
            label={strings.autoAttach}
            onChange={(_, data) => {
              setAutoAttachOverride(data.checked);
              autoAttach.set(me.id, data.checked);
            }}
          />
        ) : null}
      </div>
      {teamsSetup && isLeader ? (
        <TeamsSetupPanel
          on={setup.on}
          onChange={setup.change}
          state={setup.state}
          onRetry={setup.retry}
          onGrantAccess={teamsSetup.grantAccess}
          reminders={
            teamsSetup.reminders
              ? { on: setup.remindOn, onChange: setup.changeReminders, sent: setup.remindersSent }
              : undefined
          }
        />
      ) : null}
      {reminderToLeader.offered ? (
        <section aria-label={strings.leaderReminders} data-testid="leader-reminder">
          <Switch
            checked={reminderToLeader.on}
            label={strings.leaderReminders}
            onChange={(_, data) => reminderToLeader.change(data.checked)}
          />
          {reminderToLeader.on && reminderToLeader.sent > 0 ? (
            <Text block role="status">
              {strings.leaderRemindersSent(reminderToLeader.sent)}
            </Text>
          ) : null}
        </section>
      ) : null}
      <LoadStatus state={state} errorTitle={strings.errorTitle} onRetry={retry} onSignIn={onSignIn} />
      {state.status === 'ready' && state.value.unreadableEvents > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.unreadableEvents(state.value.unreadableEvents)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'ready' && state.value.persons.length === 0 ? (
        <EmptyState
          icon={CalendarEmptyRegular}
          title={strings.emptyTitle(days)}
          body={strings.emptyBody}
          announce
        />
      ) : null}
      {state.status === 'ready' && state.value.persons.length > 0 ? (
        <ul className={pageStyles.cardList} aria-label={strings.appTitle} data-testid="one-on-one-list">
          {state.value.persons.map((person) => (
            <li key={person.counterpart.email}>
              <PersonOneOnOnesCard
                person={person}
                recurrences={state.value.recurrences}
                inviteStatuses={inviteStatuses}
                onOpenAgenda={onOpenAgenda ? (p) => onOpenAgenda(p, state.value) : undefined}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </main>
  );
}
