import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import type { SpaceRole } from '../../../domain/space/spaceStamp';
import { CAPABILITY_TEXT_MAX, checkText, GROWTH_STEP_TEXT_MAX } from '../../../domain/space/textLimits';
import { usePerformanceStrings } from '../../i18n/usePerformanceStrings';
import { useStrings } from '../../i18n/useStrings';
import { textProblem } from '../textProblem';
import type { GrowthGoalDraft } from './performanceActions';
import { usePerformanceStyles } from './usePerformanceStyles.styles';

interface GrowthGoalFormProps {
  myRole: SpaceRole;
  onPropose: (draft: GrowthGoalDraft) => void;
  onDone: () => void;
}

/** Propose a growth goal; the leader also says the support they give (the employee may leave it to them). */
export function GrowthGoalForm({ myRole, onPropose, onDone }: GrowthGoalFormProps) {
  const styles = usePerformanceStyles();
  const { strings } = useStrings();
  const perf = usePerformanceStrings();
  const [capability, setCapability] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [support, setSupport] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const capabilityCheck = checkText(capability, CAPABILITY_TEXT_MAX);
    const stepCheck = checkText(nextStep, GROWTH_STEP_TEXT_MAX, true);
    const supportCheck = checkText(support, GROWTH_STEP_TEXT_MAX, true);
    setProblem(
      textProblem(capabilityCheck, strings) ??
        textProblem(stepCheck, strings) ??
        textProblem(supportCheck, strings),
    );
    if (!capabilityCheck.ok || !stepCheck.ok || !supportCheck.ok) return;
    onPropose({
      capability: capabilityCheck.value,
      nextStep: stepCheck.value,
      leaderSupport: supportCheck.value,
    });
    onDone();
  };

  return (
    <form className={styles.form} onSubmit={submit} data-testid="growth-goal-form">
      <Field
        label={perf.capabilityLabel}
        required
        validationMessage={problem ?? undefined}
        validationState={problem ? 'error' : 'none'}
      >
        <Input
          className={styles.input}
          value={capability}
          onChange={(_, data) => setCapability(data.value)}
        />
      </Field>
      <Field label={perf.nextStepLabel}>
        <Textarea className={styles.input} value={nextStep} onChange={(_, data) => setNextStep(data.value)} />
      </Field>
      {myRole === 'leader' ? (
        <Field label={perf.leaderSupportLabel}>
          <Textarea className={styles.input} value={support} onChange={(_, data) => setSupport(data.value)} />
        </Field>
      ) : null}
      <div className={styles.row}>
        <Button type="submit" appearance="primary">
          {strings.add}
        </Button>
        <Button onClick={onDone}>{strings.cancel}</Button>
      </div>
    </form>
  );
}
