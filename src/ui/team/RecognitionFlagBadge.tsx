import { Badge } from '@fluentui/react-components';
import { usePerformanceStrings } from '../i18n/usePerformanceStrings';
import type { RecognitionFacts } from './useTeamCadence';

/** "No recognition in 60 days", beside the cadence flags; nothing when recent or without a shared space. */
export function RecognitionFlagBadge({ recognition }: { recognition: RecognitionFacts | null }) {
  const perf = usePerformanceStrings();
  if (recognition?.flag !== 'noRecentRecognition') return null;
  return (
    <Badge appearance="filled" color="warning" data-testid="recognition-flag" data-flag={recognition.flag}>
      {perf.flagNoRecognition}
    </Badge>
  );
}
