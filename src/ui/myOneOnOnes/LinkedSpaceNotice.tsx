import { useState } from 'react';
import type { LinkedSpaceCounterpart } from '../../services/agenda/spaceCounterpart';
import { useStrings } from '../i18n/useStrings';
import { RetryNotice } from '../RetryNotice';

/** The app was opened through an invite's agenda link whose space could not be looked up. */
export interface LinkedSpaceLookup {
  first: LinkedSpaceCounterpart;
  retry: () => Promise<LinkedSpaceCounterpart>;
}

/**
 * Why the link's agenda did not open, above My 1:1s, with a retry: a failed lookup is said, not swallowed.
 * Found on a retry, it opens the agenda.
 */
export function LinkedSpaceNotice({
  lookup,
  onFound,
}: {
  lookup: LinkedSpaceLookup;
  onFound: (counterpartEmail: string) => void;
}) {
  const { strings } = useStrings();
  const [result, setResult] = useState(lookup.first);
  const [retrying, setRetrying] = useState(false);
  if (result.kind === 'found') return null;
  const retry = async () => {
    setRetrying(true);
    try {
      const next = await lookup.retry();
      setResult(next);
      if (next.kind === 'found') onFound(next.email);
    } finally {
      setRetrying(false);
    }
  };
  const [title, body] =
    result.kind === 'not-shared'
      ? [strings.spaceNotSharedTitle, strings.spaceNotSharedBody(null)]
      : result.kind === 'unreadable'
        ? [strings.unreadableTitle, null]
        : [strings.linkedSpaceFailedTitle, strings.linkedSpaceFailedBody];
  return (
    <RetryNotice
      intent="warning"
      title={title}
      testId="linked-space-problem"
      onRetry={result.kind === 'unreadable' ? undefined : () => void retry()}
      retrying={retrying}
    >
      {body}
    </RetryNotice>
  );
}
