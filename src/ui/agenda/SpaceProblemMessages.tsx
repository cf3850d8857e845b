import type { SyncStatus } from '../../services/storage/syncedDriveDocument';
import { explainError, isSpacesLibraryFailure } from '../explainError';
import { useStrings } from '../i18n/useStrings';
import { RetryNotice } from '../RetryNotice';

/** How many of an unreadable file's problems are listed: enough to fix it, short enough for a side panel. */
const LISTED_PROBLEMS = 10;

/** What the person must know when the shared space cannot be saved or read; nothing otherwise. */
export function SpaceProblemMessages({
  status,
  onRetry,
  sharedBy,
}: {
  status: SyncStatus;
  onRetry: () => void;
  /** The employee's view: who shares the space (the leader's name, when known); null for the leader. */
  sharedBy: { name: string | null } | null;
}) {
  const { strings } = useStrings();
  if (status.state === 'error' && isSpacesLibraryFailure(status.error)) {
    // The organisation's library is missing or not shared with this person: an administrator must act, for
    // the leader and the employee alike (nothing was written; edits wait on this device).
    return (
      <RetryNotice
        intent="error"
        title={strings.spacesLibraryProblemTitle}
        testId="spaces-library-problem"
        onRetry={onRetry}
      >
        {explainError(status.error, strings).message}
      </RetryNotice>
    );
  }
  if (
    status.state === 'error' &&
    sharedBy &&
    (status.error.kind === 'forbidden' || status.error.kind === 'not-found')
  ) {
    // The leader's item is not shared with me (yet): only the leader can fix that, so say who has to act.
    return (
      <RetryNotice
        intent="warning"
        title={strings.spaceNotSharedTitle}
        testId="space-not-shared"
        onRetry={onRetry}
      >
        {strings.spaceNotSharedBody(sharedBy.name)}
      </RetryNotice>
    );
  }
  if (status.state === 'error') {
    // Not a passing outage (those retry by themselves): say the edits wait on this device, and offer a retry.
    return (
      <RetryNotice intent="error" title={strings.saveErrorTitle} testId="save-error" onRetry={onRetry}>
        {strings.saveErrorBody}
      </RetryNotice>
    );
  }
  if (status.state === 'unreadable' && status.reason === 'newer-version') {
    // Nothing is wrong with the file: this app is older than the one that wrote it.
    return (
      <RetryNotice intent="warning" title={strings.newerVersionTitle} testId="space-newer-version">
        {strings.newerVersionBody}
      </RetryNotice>
    );
  }
  if (status.state === 'unreadable') {
    return (
      <RetryNotice intent="error" title={strings.unreadableTitle}>
        {strings.unreadableBody}
        <ul>
          {status.problems.slice(0, LISTED_PROBLEMS).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </RetryNotice>
    );
  }
  return null;
}
