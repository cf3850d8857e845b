import { Button, Subtitle2, Text } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { FeedbackEntry } from '../../../domain/space/feedbackEntry';
import type { SpaceDocument } from '../../../domain/space/spaceDocument';
import type { SpaceRole } from '../../../domain/space/spaceStamp';
import { usePerformanceStrings } from '../../i18n/usePerformanceStrings';
import type { PairNames } from '../agendaActions';
import { FeedbackForm } from './FeedbackForm';
import { FeedbackList } from './FeedbackList';
import type { PerformanceActions } from './performanceActions';
import { usePerformanceStyles } from './usePerformanceStyles.styles';

interface FeedbackPanelProps {
  /** Recorded since the last 1:1 (the preparation brief's list). */
  since: readonly FeedbackEntry[];
  document: SpaceDocument;
  myRole: SpaceRole;
  names: PairNames;
  actions: PerformanceActions;
}

/** In Check-in: the feedback recorded since the last 1:1, and a way to record more at any time. */
export function FeedbackPanel({ since, document, myRole, names, actions }: FeedbackPanelProps) {
  const styles = usePerformanceStyles();
  const perf = usePerformanceStrings();
  const [recording, setRecording] = useState(false);
  return (
    <section className={styles.block} aria-labelledby="feedback-heading" data-testid="feedback">
      <Subtitle2 as="h4" id="feedback-heading">
        {perf.feedbackHeading}
      </Subtitle2>
      <Text>{perf.briefHeading}</Text>
      {since.length === 0 ? <Text>{perf.feedbackSinceEmpty}</Text> : null}
      <FeedbackList entries={since} document={document} myRole={myRole} names={names} actions={actions} />
      {recording ? (
        <FeedbackForm
          expectations={document.expectations}
          goals={document.growthGoals}
          onRecord={actions.recordFeedback}
          onDone={() => setRecording(false)}
        />
      ) : (
        <Button icon={<AddRegular />} onClick={() => setRecording(true)}>
          {perf.recordFeedback}
        </Button>
      )}
    </section>
  );
}
