import { Button } from '@fluentui/react-components';
import { explainError } from './explainError';
import { useStrings } from './i18n/useStrings';
import { RetryNotice } from './RetryNotice';

interface LoadErrorMessageProps {
  title: string;
  error: unknown;
  onRetry: () => void;
  /** Resolves once signed in: the failed load is then tried again. */
  onSignIn?: (() => void | Promise<void>) | undefined;
}

/** An error with a way out: "Try again", and "Sign in" when signing in is what fixes it. */
export function LoadErrorMessage({ title, error, onRetry, onSignIn }: LoadErrorMessageProps) {
  const { strings } = useStrings();
  const explained = explainError(error, strings);
  return (
    <RetryNotice
      intent="error"
      title={title}
      onRetry={onRetry}
      action={
        explained.needsSignIn && onSignIn ? (
          <Button
            appearance="primary"
            onClick={() => Promise.resolve(onSignIn()).then(onRetry, () => undefined)}
          >
            {explained.grantsConsent ? strings.grantAccess : strings.signIn}
          </Button>
        ) : null
      }
    >
      {explained.message}
    </RetryNotice>
  );
}
