import { Field, MessageBar, MessageBarBody, Spinner, Switch, Text } from '@fluentui/react-components';
import type { MeetingSetupOutcome } from '../../domain/teamsSetup/meetingChatSetup';
import { failureKindOfStatus, GraphRequestError } from '../../graph/graphRequestError';
import type { MeetingSetupResult } from '../../services/teamsSetup/setUpOneOnOnesInTeams';
import { explainError } from '../explainError';
import type { Messages } from '../i18n/messages.en';
import { useStrings } from '../i18n/useStrings';
import { LoadErrorMessage } from '../LoadErrorMessage';
import type { LoadState } from '../useLoader';

interface TeamsSetupPanelProps {
  on: boolean;
  onChange: (on: boolean) => void;
  /** Null while the switch is off. */
  state: LoadState<MeetingSetupResult[]> | null;
  onRetry: () => void;
  onGrantAccess?: (() => Promise<void>) | undefined;
  /** The reminder switch; absent where reminders are not offered. */
  reminders?: { on: boolean; onChange: (on: boolean) => void; sent: number } | undefined;
}

/** What to tell the leader about one meeting; null when it is ready (counted in the summary instead). */
function meetingMessage(outcome: MeetingSetupOutcome, name: string, strings: Messages): string | null {
  switch (outcome.kind) {
    case 'ready':
    case 'app-not-in-catalog':
      return null;
    case 'install-blocked':
      return strings.teamsSetupBlocked(name);
    case 'chat-not-created':
      return strings.teamsSetupChatNotCreated(name);
    case 'chat-unknown':
      return strings.teamsSetupChatUnknown(name);
    case 'no-space':
      return strings.teamsSetupNoSpace(name);
    case 'failed': {
      const error = new GraphRequestError(failureKindOfStatus(outcome.status), '', outcome.status);
      return strings.teamsSetupFailed(name, explainError(error, strings).message);
    }
  }
}

/** The "Set up my 1:1s in Teams" switch and, once on, how each meeting came out, with what to do. */
export function TeamsSetupPanel({
  on,
  onChange,
  state,
  onRetry,
  onGrantAccess,
  reminders,
}: TeamsSetupPanelProps) {
  const { strings } = useStrings();
  const results = state?.status === 'ready' ? state.value : [];
  const ready = results.filter((result) => result.outcome.kind === 'ready').length;
  const appMissing = results.some((result) => result.outcome.kind === 'app-not-in-catalog');
  const problems = results.flatMap((result) => {
    const message = meetingMessage(result.outcome, result.counterpartName, strings);
    return message ? [{ key: result.seriesKey, message }] : [];
  });
  return (
    <section aria-label={strings.teamsSetup} data-testid="teams-setup">
      <Field hint={strings.teamsSetupHelp}>
        <Switch checked={on} label={strings.teamsSetup} onChange={(_, data) => onChange(data.checked)} />
      </Field>
      {on && reminders ? (
        <Switch
          checked={reminders.on}
          label={strings.teamsReminders}
          onChange={(_, data) => reminders.onChange(data.checked)}
        />
      ) : null}
      {on && reminders && reminders.sent > 0 ? (
        <Text block>{strings.teamsRemindersSent(reminders.sent)}</Text>
      ) : null}
      {state?.status === 'loading' ? <Spinner size="tiny" label={strings.teamsSetupRunning} /> : null}
      {state?.status === 'error' ? (
        <LoadErrorMessage
          title={strings.teamsSetup}
          error={state.error}
          onRetry={onRetry}
          onSignIn={onGrantAccess}
        />
      ) : null}
      {state?.status === 'ready' ? (
        <div role="status">
          {ready > 0 ? <Text block>{strings.teamsSetupReady(ready)}</Text> : null}
          {appMissing ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{strings.teamsSetupAppMissing}</MessageBarBody>
            </MessageBar>
          ) : null}
          {problems.length > 0 ? (
            <ul data-testid="teams-setup-problems">
              {problems.map((problem) => (
                <li key={problem.key}>
                  <Text>{problem.message}</Text>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
