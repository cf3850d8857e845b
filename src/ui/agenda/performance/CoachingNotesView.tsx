import { Caption1, Text } from '@fluentui/react-components';
import { compareOrdinal } from '../../../domain/compareOrdinal';
import { isEntryLive } from '../../../domain/space/entityLiveness';
import type { CoachingNote } from '../../../domain/space/growthGoal';
import type { SpaceRole } from '../../../domain/space/spaceStamp';
import { COACHING_NOTE_TEXT_MAX, checkText } from '../../../domain/space/textLimits';
import { formatDayOf } from '../../formatting/formatCalendarDate';
import { useUserTimeZone } from '../../formatting/TimeZoneContext';
import { usePerformanceStrings } from '../../i18n/usePerformanceStrings';
import { useStrings } from '../../i18n/useStrings';
import { AddTextForm } from '../AddTextForm';
import type { PairNames } from '../agendaActions';
import { usePerformanceStyles } from './usePerformanceStyles.styles';

interface CoachingNotesViewProps {
  goalTitle: string;
  notes: readonly CoachingNote[];
  myRole: SpaceRole;
  names: PairNames;
  onAdd: (text: string) => void;
}

/** A goal's coaching notes from every meeting, newest first, and a box for today's. */
export function CoachingNotesView({ goalTitle, notes, myRole, names, onAdd }: CoachingNotesViewProps) {
  const styles = usePerformanceStyles();
  const { locale } = useStrings();
  const perf = usePerformanceStrings();
  const timeZone = useUserTimeZone();
  const shown = notes.filter(isEntryLive).sort((a, b) => compareOrdinal(b.createdAt, a.createdAt));
  return (
    <div className={styles.block}>
      {shown.length > 0 ? (
        <ul className={styles.list} aria-label={perf.coachingNotes(shown.length)}>
          {shown.map((note) => (
            <li key={note.id} data-testid="coaching-note">
              <Text className={styles.text}>{note.text}</Text>{' '}
              <Caption1 className={styles.meta}>
                {perf.feedbackBy(
                  note.author === myRole ? perf.you : names[note.author],
                  formatDayOf(note.createdAt, locale, timeZone),
                )}
              </Caption1>
            </li>
          ))}
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
