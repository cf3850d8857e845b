import { Subtitle2, Text } from '@fluentui/react-components';
import { useStrings } from '../i18n/useStrings';
import { NoteField } from './NoteField';
import { useAgendaViewStyles } from './useAgendaViewStyles.styles';

interface SharedNotesSectionProps {
  occurrenceKey: string;
  myNote: string;
  theirNote: string;
  counterpartName: string;
  onSave: (text: string) => void;
}

/** Each person's shared note on this occurrence: one's own to edit, the other's to read. */
export function SharedNotesSection({
  occurrenceKey,
  myNote,
  theirNote,
  counterpartName,
  onSave,
}: SharedNotesSectionProps) {
  const styles = useAgendaViewStyles();
  const { strings } = useStrings();
  return (
    <section className={styles.notes} aria-labelledby="notes-heading">
      <Subtitle2 as="h3" id="notes-heading">
        {strings.sharedNotes}
      </Subtitle2>
      <NoteField
        key={`shared-${occurrenceKey}`}
        label={strings.yourSharedNote}
        hint={strings.sharedNotesHelp}
        value={myNote}
        onSave={onSave}
      />
      {theirNote ? (
        <Text block>
          <strong>{strings.theirSharedNote(counterpartName)}</strong>: {theirNote}
        </Text>
      ) : null}
    </section>
  );
}
