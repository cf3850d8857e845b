import { compareOrdinal } from '../../../domain/compareOrdinal';
import { isEntryLive } from '../../../domain/space/entityLiveness';
import type { CoachingNote } from '../../../domain/space/growthGoal';
import type { SpaceRole } from '../../../domain/space/spaceStamp';
import { COACHING_NOTE_TEXT_MAX, checkText } from '../../../domain/space/textLimits';
import { usePerformanceStrings } from '../../i18n/usePerformanceStrings';
import { AddTextForm } from '../AddTextForm';
import type { PairNames } from '../agendaActions';
import { CoachingNoteRow } from './CoachingNoteRow';
import { usePerformanceStyles } from './usePerformanceStyles.styles';

interface CoachingNotesViewProps {
  goalTitle: string;
  notes: readonly CoachingNote[];
  myRole: SpaceRole;
  names: PairNames;
  onAdd: (text: string) => void;
  onEdit?: (noteId: string, text: string) => void;
  onDelete?: (noteId: string) => void;
}

/** A goal's coaching notes from every meeting, newest first, and a box for today's. */
export function CoachingNotesView({
  goalTitle,
  notes,
  myRole,
  names,
  onAdd,
  onEdit,
  onDelete,
}: CoachingNotesViewProps) {
  const styles = usePerformanceStyles();
  const perf = usePerformanceStrings();
  const shown = notes.filter(isEntryLive).sort((a, b) => compareOrdinal(b.createdAt, a.createdAt));
  return (
    <div className={styles.block}>
      {shown.length > 0 ? (
        <ul className={styles.list} aria-label={perf.coachingNotes(shown.length)}>
          {shown.map((note) => {
            // A coaching note is its author's own words: only the author may change it.
            const mine = note.author === myRole;
            return (
              <CoachingNoteRow
                key={note.id}
                note={note}
                myRole={myRole}
                names={names}
                onEdit={mine && onEdit ? (text) => onEdit(note.id, text) : undefined}
                onDelete={mine && onDelete ? () => onDelete(note.id) : undefined}
              />
            );
          })}
        </ul>
      ) : null}
      <AddTextForm
        label={perf.addCoachingNoteLabel(goalTitle)}
        placeholder={perf.coachingNotePlaceholder}
        check={(text) => checkText(text, COACHING_NOTE_TEXT_MAX)}
        onAdd={onAdd}
      />
    </div>
  );
}
