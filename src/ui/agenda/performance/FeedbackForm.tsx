import { Button, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { isCalendarDate } from '../../../domain/space/calendarDate';
import { isEntryLive } from '../../../domain/space/entityLiveness';
import type { Expectation } from '../../../domain/space/expectation';
import { FEEDBACK_KINDS, type FeedbackKind, type FeedbackLink } from '../../../domain/space/feedbackEntry';
import type { GrowthGoal } from '../../../domain/space/growthGoal';
import { checkText, FEEDBACK_TEXT_MAX } from '../../../domain/space/textLimits';
import { calendarDateIn } from '../../../domain/time/zonedCalendar';
import { useUserTimeZone } from '../../formatting/TimeZoneContext';
import { usePerformanceStrings } from '../../i18n/usePerformanceStrings';
import { useStrings } from '../../i18n/useStrings';
import { textProblem } from '../textProblem';
import type { FeedbackDraft } from './performanceActions';
import { usePerformanceStyles } from './usePerformanceStyles.styles';

interface FeedbackFormProps {
  expectations: readonly Expectation[];
  goals: readonly GrowthGoal[];
  onRecord: (draft: FeedbackDraft) => void;
  onDone: () => void;
  /** Editing an entry: its current fields, and the form saves instead of adding. */
  initial?: FeedbackDraft;
}

/** "link value" ⇄ link: `expectation:<id>`, `growthGoal:<id>`, or empty for none. */
function parseLink(value: string): FeedbackLink | null {
  const [kind, id] = value.split(':');
  return (kind === 'expectation' || kind === 'growthGoal') && id ? { kind, id } : null;
}

function linkValue(link: FeedbackLink | null): string {
  return link ? `${link.kind}:${link.id}` : '';
}

/** Record one specific piece of feedback (kind, what happened, the day, what it is about), or edit one. */
export function FeedbackForm({ expectations, goals, onRecord, onDone, initial }: FeedbackFormProps) {
  const styles = usePerformanceStyles();
  const { strings } = useStrings();
  const perf = usePerformanceStrings();
  const timeZone = useUserTimeZone();
  const [kind, setKind] = useState<FeedbackKind>(initial?.kind ?? 'recognition');
  const [text, setText] = useState(initial?.text ?? '');
  const [date, setDate] = useState<string>(() => initial?.date ?? calendarDateIn(Date.now(), timeZone));
  const [link, setLink] = useState(linkValue(initial?.linkedTo ?? null));
  // The entry keeps what it is about even when that priority or goal is no longer active.
  const offered = (linkKind: FeedbackLink['kind'], id: string, active: boolean) =>
    active || (initial?.linkedTo?.kind === linkKind && initial.linkedTo.id === id);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkText(text, FEEDBACK_TEXT_MAX);
    setProblem(textProblem(check, strings));
    if (!check.ok) return;
    onRecord({
      kind,
      text: check.value,
      date: isCalendarDate(date) ? date : (initial?.date ?? calendarDateIn(Date.now(), timeZone)),
      linkedTo: parseLink(link),
    });
    onDone();
  };

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      data-testid="feedback-form"
      aria-label={initial ? perf.editFeedbackForm : perf.recordFeedback}
    >
      <Field label={perf.feedbackKindLabel}>
        <Select
          className={styles.select}
          value={kind}
          onChange={(_, data) => setKind(data.value as FeedbackKind)}
        >
          {FEEDBACK_KINDS.map((value) => (
            <option key={value} value={value}>
              {perf.feedbackKind[value]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={perf.feedbackTextLabel}
        required
        validationMessage={problem ?? undefined}
        validationState={problem ? 'error' : 'none'}
      >
        <Textarea className={styles.input} value={text} onChange={(_, data) => setText(data.value)} />
      </Field>
      <Field label={perf.feedbackDateLabel}>
        <Input
          className={styles.input}
          type="date"
          value={date}
          onChange={(_, data) => setDate(data.value)}
        />
      </Field>
      <Field label={perf.feedbackLinkLabel}>
        <Select className={styles.select} value={link} onChange={(_, data) => setLink(data.value)}>
          <option value="">{perf.noLink}</option>
          {expectations
            .filter((e) => isEntryLive(e) && offered('expectation', e.id, e.status === 'active'))
            .map((e) => (
              <option key={e.id} value={`expectation:${e.id}`}>
                {e.priority}
              </option>
            ))}
          {goals
            .filter((g) => isEntryLive(g) && offered('growthGoal', g.id, g.status === 'active'))
            .map((g) => (
              <option key={g.id} value={`growthGoal:${g.id}`}>
                {g.capability}
              </option>
            ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary">
          {initial ? strings.save : strings.add}
        </Button>
        <Button onClick={onDone}>{strings.cancel}</Button>
      </div>
    </form>
  );
}
