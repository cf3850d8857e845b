import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { isCalendarDate } from '../../../domain/space/calendarDate';
import {
  checkText,
  GOAL_LINK_TEXT_MAX,
  PRIORITY_TEXT_MAX,
  STANDARD_TEXT_MAX,
} from '../../../domain/space/textLimits';
import { usePerformanceStrings } from '../../i18n/usePerformanceStrings';
import { useStrings } from '../../i18n/useStrings';
import { textProblem } from '../textProblem';
import type { ExpectationDraft } from './performanceActions';
import { usePerformanceStyles } from './usePerformanceStyles.styles';

/** Propose a priority: what matters, what good looks like, what it connects to, when to look again. */
export function ExpectationForm({
  onPropose,
  onDone,
}: {
  onPropose: (draft: ExpectationDraft) => void;
  onDone: () => void;
}) {
  const styles = usePerformanceStyles();
  const { strings } = useStrings();
  const perf = usePerformanceStrings();
  const [priority, setPriority] = useState('');
  const [standard, setStandard] = useState('');
  const [goalLink, setGoalLink] = useState('');
  const [reviewDate, setReviewDate] = useState('');
  const [problems, setProblems] = useState<{
    priority: string | null;
    standard: string | null;
    goalLink: string | null;
  }>({
    priority: null,
    standard: null,
    goalLink: null,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const priorityCheck = checkText(priority, PRIORITY_TEXT_MAX);
    const standardCheck = checkText(standard, STANDARD_TEXT_MAX, true);
    const goalLinkCheck = checkText(goalLink, GOAL_LINK_TEXT_MAX, true);
    setProblems({
      priority: textProblem(priorityCheck, strings),
      standard: textProblem(standardCheck, strings),
      goalLink: textProblem(goalLinkCheck, strings),
    });
    if (!priorityCheck.ok || !standardCheck.ok || !goalLinkCheck.ok) return;
    onPropose({
      priority: priorityCheck.value,
      whatGoodLooksLike: standardCheck.value,
      goalLink: goalLinkCheck.value === '' ? null : goalLinkCheck.value,
      reviewDate: isCalendarDate(reviewDate) ? reviewDate : null,
    });
    onDone();
  };

  return (
    <form className={styles.form} onSubmit={submit} data-testid="expectation-form">
      <Field
        label={perf.priorityLabel}
        required
        validationMessage={problems.priority ?? undefined}
        validationState={problems.priority ? 'error' : 'none'}
      >
        <Input className={styles.input} value={priority} onChange={(_, data) => setPriority(data.value)} />
      </Field>
      <Field
        label={perf.whatGoodLooksLikeLabel}
        validationMessage={problems.standard ?? undefined}
        validationState={problems.standard ? 'error' : 'none'}
      >
        <Textarea className={styles.input} value={standard} onChange={(_, data) => setStandard(data.value)} />
      </Field>
      <Field
        label={perf.goalLinkLabel}
        validationMessage={problems.goalLink ?? undefined}
        validationState={problems.goalLink ? 'error' : 'none'}
      >
        <Input className={styles.input} value={goalLink} onChange={(_, data) => setGoalLink(data.value)} />
      </Field>
      <Field label={perf.reviewDateLabel}>
        <Input
          className={styles.input}
          type="date"
          value={reviewDate}
          onChange={(_, data) => setReviewDate(data.value)}
        />
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary">
          {strings.add}
        </Button>
        <Button onClick={onDone}>{strings.cancel}</Button>
      </div>
    </form>
  );
}
