import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { type FormEvent, useState } from 'react';
import type { TextCheck } from '../../domain/space/textLimits';
import { useStrings } from '../i18n/useStrings';
import { textProblem } from './textProblem';

const useStyles = makeStyles({
  form: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  field: { flex: '1 1 160px', minWidth: 0 },
  // Fluent's Input has a minimum width wider than a 280 px side panel.
  input: { minWidth: 0, width: '100%' },
});

interface AddTextFormProps {
  label: string;
  placeholder: string;
  check: (text: string) => TextCheck;
  onAdd: (cleanText: string) => void;
}

/** One line of text and an Add button; refused text stays in the box with the reason. */
export function AddTextForm({ label, placeholder, check, onAdd }: AddTextFormProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = check(text);
    const message = textProblem(result, strings);
    setProblem(message);
    if (!result.ok) return;
    onAdd(result.value);
    setText('');
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <Field
        className={styles.field}
        label={label}
        validationState={problem ? 'error' : 'none'}
        validationMessage={problem ?? undefined}
      >
        <Input
          className={styles.input}
          value={text}
          placeholder={placeholder}
          onChange={(_, data) => setText(data.value)}
        />
      </Field>
      <Button type="submit" icon={<AddRegular />} aria-label={label}>
        {strings.add}
      </Button>
    </form>
  );
}
