import { LoadErrorMessage } from './LoadErrorMessage';
import { OneOnOnesSkeleton } from './myOneOnOnes/OneOnOnesSkeleton';
import type { LoadState } from './useLoader';

interface LoadStatusProps {
  state: LoadState<unknown>;
  /** What the skeleton says to a screen reader; "Loading…" when absent. */
  loadingLabel?: string;
  errorTitle: string;
  onRetry: () => void;
  onSignIn?: (() => void | Promise<void>) | undefined;
}

/** A page's load as the user sees it: the skeleton while loading, the error with its way out when it failed. */
export function LoadStatus({ state, loadingLabel, errorTitle, onRetry, onSignIn }: LoadStatusProps) {
  if (state.status === 'loading') return <OneOnOnesSkeleton label={loadingLabel} />;
  if (state.status === 'error')
    return <LoadErrorMessage title={errorTitle} error={state.error} onRetry={onRetry} onSignIn={onSignIn} />;
  return null;
}
