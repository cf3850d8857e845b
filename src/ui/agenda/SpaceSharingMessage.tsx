import { useEffect, useState } from 'react';
import type { SpaceSharing } from '../../services/agenda/spaceSharing';
import { useStrings } from '../i18n/useStrings';
import { RetryNotice } from '../RetryNotice';

/**
 * The leader's notice that the space could not be shared with the employee, with a retry; nothing while the
 * share is on its way or once it succeeded.
 */
export function SpaceSharingMessage({
  sharing,
  employeeName,
}: {
  sharing: SpaceSharing | null;
  employeeName: string;
}) {
  const { strings } = useStrings();
  const [status, setStatus] = useState(() => sharing?.current() ?? null);
  const [retrying, setRetrying] = useState(false);
  useEffect(() => {
    if (!sharing) return;
    setStatus(sharing.current());
    return sharing.subscribe(setStatus);
  }, [sharing]);
  if (!sharing || (status?.state !== 'failed' && !retrying)) return null;
  const retry = async () => {
    setRetrying(true);
    try {
      await sharing.retry();
    } finally {
      setRetrying(false);
    }
  };
  return (
    <RetryNotice
      intent="warning"
      title={strings.shareFailedTitle(employeeName)}
      testId="share-error"
      onRetry={() => void retry()}
      retrying={retrying}
    >
      {strings.shareFailedBody(employeeName)}
    </RetryNotice>
  );
}
