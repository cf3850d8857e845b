import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  type MessageBarIntent,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useStrings } from './i18n/useStrings';

interface RetryNoticeProps {
  intent: MessageBarIntent;
  title: string;
  children?: ReactNode;
  /** "Try again"; no button when nothing the person can do here would help. */
  onRetry?: (() => void) | undefined;
  retrying?: boolean;
  /** A way out that comes before "Try again" (sign in, say). */
  action?: ReactNode;
  testId?: string;
}

/** The one shape of a problem the person is told about: an alert with a title, what happened, and a retry. */
export function RetryNotice({
  intent,
  title,
  children,
  onRetry,
  retrying,
  action,
  testId,
}: RetryNoticeProps) {
  const { strings } = useStrings();
  return (
    <MessageBar intent={intent} layout="multiline" role="alert" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
      {onRetry || action ? (
        <MessageBarActions>
          {action}
          {onRetry ? (
            <Button onClick={onRetry} disabled={retrying}>
              {strings.tryAgain}
            </Button>
          ) : null}
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
