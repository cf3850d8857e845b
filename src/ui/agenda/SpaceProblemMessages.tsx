import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { SyncStatus } from '../../services/storage/syncedDriveDocument';
import { useStrings } from '../i18n/useStrings';

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
  if (
    status.state === 'error' &&
    sharedBy &&
    (status.error.kind === 'forbidden' || status.error.kind === 'not-found')
  ) {
    // The leader's item is not shared with me (yet): only the leader can fix that, so say who has to act.
    return (
      <MessageBar intent="warning" layout="multiline" role="alert" data-testid="space-not-shared">
        <MessageBarBody>
          <MessageBarTitle>{strings.spaceNotSharedTitle}</MessageBarTitle>
          {strings.spaceNotSharedBody(sharedBy.name)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRetry}>{strings.tryAgain}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (status.state === 'error') {
    // Not a passing outage (those retry by themselves): say the edits wait on this device, and offer a retry.
    return (
      <MessageBar intent="error" layout="multiline" role="alert" data-testid="save-error">
        <MessageBarBody>
          <MessageBarTitle>{strings.saveErrorTitle}</MessageBarTitle>
          {strings.saveErrorBody}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRetry}>{strings.tryAgain}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (status.state === 'unreadable' && status.reason === 'newer-version') {
    // Nothing is wrong with the file: this app is older than the one that wrote it.
    return (
      <MessageBar intent="warning" layout="multiline" role="alert" data-testid="space-newer-version">
        <MessageBarBody>
          <MessageBarTitle>{strings.newerVersionTitle}</MessageBarTitle>
          {strings.newerVersionBody}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (status.state === 'unreadable') {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{strings.unreadableTitle}</MessageBarTitle>
          {strings.unreadableBody}
          <ul>
            {status.problems.slice(0, LISTED_PROBLEMS).map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
