import { Badge } from '@fluentui/react-components';
import type { SyncStatus } from '../../services/storage/syncedDriveDocument';
import { useStrings } from '../i18n/useStrings';

/** "Saving…", "Saved" or "Offline, will retry", announced politely to screen readers. */
export function SyncStatusBadge({ status, pendingEdits = 0 }: { status: SyncStatus; pendingEdits?: number }) {
  const { strings } = useStrings();
  const [label, color] =
    status.state === 'saving' || status.state === 'loading'
      ? [strings.statusSaving, 'informative' as const]
      : status.state === 'saved'
        ? [strings.statusSaved, 'success' as const]
        : status.state === 'offline'
          ? [strings.statusOffline, 'warning' as const]
          : [strings.statusError, 'danger' as const];
  return (
    <span
      role="status"
      aria-live="polite"
      data-testid="sync-status"
      data-state={status.state}
      data-pending={pendingEdits}
    >
      <Badge appearance="tint" color={color}>
        {label}
      </Badge>
    </span>
  );
}
