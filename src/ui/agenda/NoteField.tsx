import { Field, Textarea } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { checkNoteText } from '../../domain/space/textLimits';
import { useStrings } from '../i18n/useStrings';
import { textProblem } from './textProblem';

interface NoteFieldProps {
  label: string;
  hint?: string;
  value: string;
  onSave: (text: string) => void;
}

/**
 * A note saved when the person leaves the field, not on every keystroke. A newer value from the other
 * side replaces the box only while the person is not typing in it, so their draft is never lost.
 */
export function NoteField({ label, hint, value, onSave }: NoteFieldProps) {
  const { strings } = useStrings();
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);
  const save = () => {
    focused.current = false;
    const check = checkNoteText(draft);
    setProblem(textProblem(check, strings));
    if (check.ok && check.value !== value) onSave(check.value);
  };
  return (
    <Field
      label={label}
      hint={hint}
      validationState={problem ? 'error' : 'none'}
      validationMessage={problem ?? undefined}
    >
      <Textarea
        value={draft}
        resize="vertical"
        onFocus={() => {
          focused.current = true;
        }}
        onChange={(_, data) => setDraft(data.value)}
        onBlur={save}
      />
    </Field>
  );
}
