import { Button, Caption1, Field, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { CoachingNote } from '../../../domain/space/growthGoal';
import type { SpaceRole } from '../../../domain/space/spaceStamp';
import { COACHING_NOTE_TEXT_MAX, checkText } from '../../../domain/space/textLimits';
import { formatDayOf } from '../../formatting/formatCalendarDate';
import { useUserTimeZone } from '../../formatting/TimeZoneContext';
import { usePerformanceStrings } from '../../i18n/usePerformanceStrings';
import { useStrings } from '../../i18n/useStrings';
import type { PairNames } from '../agendaActions';
import { textProblem } from '../textProblem';
import { DeleteConfirmation } from './DeleteConfirmation';
import { EditDeleteButtons } from './EditDeleteButtons';
import { usePerformanceStyles } from './usePerformanceStyles.styles';

interface CoachingNoteRowProps {
  note: CoachingNote;
  myRole: SpaceRole;
  names: PairNames;
  /** Only for the note's author (the domain ignores anyone else's edit). */
  onEdit?: ((text: string) => void) | undefined;
  onDelete?: (() => void) | undefined;
}

/** One coaching note: its text, who wrote it and when; its author can rewrite or delete it. */
export function CoachingNoteRow({ note, myRole, names, onEdit, onDelete }: CoachingNoteRowProps) {
  const styles = usePerformanceStyles();
  const { strings, locale } = useStrings();
  const perf = usePerformanceStrings();
  const timeZone = useUserTimeZone();
  const [mode, setMode] = useState<'show' | 'edit' | 'confirm-delete'>('show');
  const [draft, setDraft] = useState(note.text);
  const [problem, setProblem] = useState<string | null>(null);

  const save = () => {
    const check = checkText(draft, COACHING_NOTE_TEXT_MAX);
    setProblem(textProblem(check, strings));
    if (!check.ok) return;
    if (check.value !== note.text) onEdit?.(check.value);
    setMode('show');
  };

  if (mode === 'edit' && onEdit) {
    return (
      <li data-testid="coaching-note" className={styles.form}>
        <Field
          label={perf.coachingNoteField}
          validationMessage={problem ?? undefined}
          validationState={problem ? 'error' : 'none'}
        >
          <Textarea
            className={styles.input}
            value={draft}
            onChange={(_, data) => setDraft(data.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setMode('show');
            }}
          />
        </Field>
        <div className={styles.row}>
          <Button size="small" appearance="primary" onClick={save}>
            {strings.save}
          </Button>
          <Button size="small" onClick={() => setMode('show')}>
            {strings.cancel}
          </Button>
        </div>
      </li>
    );
  }
  return (
    <li data-testid="coaching-note">
      <Text className={styles.text}>{note.text}</Text>{' '}
      <Caption1 className={styles.meta}>
        {perf.feedbackBy(
          note.author === myRole ? perf.you : names[note.author],
          formatDayOf(note.createdAt, locale, timeZone),
        )}
      </Caption1>
      {onDelete && mode === 'confirm-delete' ? (
        <DeleteConfirmation
          question={perf.confirmDeleteCoachingNote}
          onDelete={onDelete}
          onCancel={() => setMode('show')}
        />
      ) : null}
      {onEdit && onDelete && mode === 'show' ? (
        <EditDeleteButtons
          appearance="subtle"
          editLabel={perf.editCoachingNoteLabel(note.text)}
          deleteLabel={perf.deleteCoachingNoteLabel(note.text)}
          onEdit={() => {
            setDraft(note.text);
            setMode('edit');
          }}
          onDelete={() => setMode('confirm-delete')}
        />
      ) : null}
    </li>
  );
}
