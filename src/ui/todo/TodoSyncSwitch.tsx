import { Caption1, makeStyles, Switch, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

export type TodoSyncStatus =
  | { state: 'off' }
  | { state: 'syncing' }
  | { state: 'synced'; created: number; closed: number }
  | { state: 'failed' };

/** "Add my action items to Microsoft To Do", with what the last sync did. */
export function TodoSyncSwitch({
  on,
  status,
  onChange,
}: {
  on: boolean;
  status: TodoSyncStatus;
  onChange: (on: boolean) => void;
}) {
  const styles = useStyles();
  const { strings } = useStrings();
  const line =
    status.state === 'synced'
      ? strings.todoSynced(status.created, status.closed)
      : status.state === 'failed'
        ? strings.todoSyncFailed
        : strings.todoSyncHelp;
  return (
    <div className={styles.row}>
      <Switch
        checked={on}
        label={strings.todoSync}
        onChange={(_, data) => onChange(data.checked)}
        data-testid="todo-sync-switch"
      />
      <Caption1 aria-live="polite" data-testid="todo-sync-status" data-state={status.state}>
        {line}
      </Caption1>
    </div>
  );
}
