import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Textarea,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Locale } from '../../domain/locale';
import { SUMMARY_COMMENT_TEXT_MAX } from '../../domain/record/periodSummary';
import { RECORD_LABELS } from '../../domain/record/recordLabels';
import type { SummaryRevision } from '../../domain/record/summaryRevisions';
import { codePointLength } from '../../domain/space/textLimits';
import { RECORD_UI_STRINGS } from './recordUiStrings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The employee confirms having read the latest revision, with a comment of their own if they like. */
export function AcknowledgeSummary({
  locale,
  revision,
  onAcknowledge,
}: {
  locale: Locale;
  revision: SummaryRevision;
  onAcknowledge: (comment: string) => void;
}) {
  const styles = useStyles();
  const strings = RECORD_UI_STRINGS[locale];
  const labels = RECORD_LABELS[locale];
  const [comment, setComment] = useState('');
  const over = codePointLength(comment) > SUMMARY_COMMENT_TEXT_MAX;
  if (!revision.canAcknowledge) return null;
  return (
    <form
      className={`${styles.form} record-screen-only`}
      aria-label={strings.acknowledgeHeading}
      onSubmit={(event) => {
        event.preventDefault();
        if (!over) onAcknowledge(comment);
      }}
    >
      <Title3 as="h2">{strings.acknowledgeHeading}</Title3>
      <MessageBar intent="info">
        <MessageBarBody>{labels.acknowledgingIsNotAgreeing}</MessageBarBody>
      </MessageBar>
      <Field
        label={strings.commentLabel}
        validationState={over ? 'error' : 'none'}
        validationMessage={over ? strings.tooLong(SUMMARY_COMMENT_TEXT_MAX) : undefined}
      >
        <Textarea
          value={comment}
          resize="vertical"
          data-testid="acknowledge-comment"
          onChange={(_, data) => setComment(data.value)}
        />
      </Field>
      <div>
        <Button appearance="primary" type="submit" disabled={over}>
          {strings.acknowledge}
        </Button>
      </div>
    </form>
  );
}
