import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { CalendarAddRegular } from '@fluentui/react-icons';
import { type FormEvent, useState } from 'react';
import type { OneOnOneInterval } from '../../domain/scheduling/weeklySeriesFromSlot';
import type { ScheduleOutcome } from '../../services/scheduling/scheduleOneOnOne';
import { explainError } from '../explainError';
import { useStrings } from '../i18n/useStrings';

const useStyles = makeStyles({
  form: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  interval: { minWidth: '160px' },
});

type FormState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'no-slot' }
  | { kind: 'failed'; message: string };

interface ScheduleOneOnOneFormProps {
  name: string;
  schedule: (interval: OneOnOneInterval) => Promise<ScheduleOutcome>;
  /** After a series was created: the page says so and reads the calendar again. */
  onScheduled: (outcome: Extract<ScheduleOutcome, { kind: 'scheduled' }>) => void;
}

/** "Schedule a 1:1" for a report with nothing booked: weekly or every two weeks, at the first common free slot. */
export function ScheduleOneOnOneForm({ name, schedule, onScheduled }: ScheduleOneOnOneFormProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  const [interval, setRepeat] = useState<OneOnOneInterval>(2);
  const [state, setState] = useState<FormState>({ kind: 'idle' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setState({ kind: 'busy' });
    schedule(interval).then(
      (outcome) => {
        if (outcome.kind === 'scheduled') onScheduled(outcome);
        setState(outcome.kind === 'scheduled' ? { kind: 'idle' } : { kind: 'no-slot' });
      },
      (error: unknown) => setState({ kind: 'failed', message: explainError(error, strings).message }),
    );
  };
  return (
    <div>
      <form className={styles.form} onSubmit={submit} aria-label={strings.scheduleOneOnOne(name)}>
        <Field label={strings.repeats} className={styles.interval}>
          <Select value={String(interval)} onChange={(_, data) => setRepeat(data.value === '1' ? 1 : 2)}>
            <option value="1">{strings.everyWeek}</option>
            <option value="2">{strings.everyTwoWeeks}</option>
          </Select>
        </Field>
        <Button
          type="submit"
          appearance="primary"
          icon={state.kind === 'busy' ? <Spinner size="tiny" /> : <CalendarAddRegular />}
          disabled={state.kind === 'busy'}
          aria-label={strings.scheduleOneOnOne(name)}
          data-testid="schedule-one-on-one"
        >
          {strings.scheduleButton}
        </Button>
      </form>
      <div aria-live="polite">
        {state.kind === 'busy' ? <span>{strings.scheduling}</span> : null}
        {state.kind === 'no-slot' ? (
          <MessageBar intent="warning">
            <MessageBarBody>{strings.noCommonSlot}</MessageBarBody>
          </MessageBar>
        ) : null}
        {state.kind === 'failed' ? (
          <MessageBar intent="error">
            <MessageBarBody>
              {strings.scheduleFailed} {state.message}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </div>
  );
}
