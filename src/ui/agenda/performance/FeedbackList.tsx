import { Badge, Caption1, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { FeedbackEntry } from '../../../domain/space/feedbackEntry';
import type { SpaceDocument } from '../../../domain/space/spaceDocument';
import type { SpaceRole } from '../../../domain/space/spaceStamp';
import { formatCalendarDate } from '../../formatting/formatCalendarDate';
import { usePerformanceStrings } from '../../i18n/usePerformanceStrings';
import { useStrings } from '../../i18n/useStrings';
import type { PairNames } from '../agendaActions';
import { DeleteConfirmation } from './DeleteConfirmation';
import { EditDeleteButtons } from './EditDeleteButtons';
import { FeedbackForm } from './FeedbackForm';
import type { PerformanceActions } from './performanceActions';
import { usePerformanceStyles } from './usePerformanceStyles.styles';

/** What a piece of feedback is about, by name; null when unlinked or the target is gone. */
function linkTitle(entry: FeedbackEntry, document: SpaceDocument): string | null {
  const link = entry.linkedTo;
  if (!link) return null;
  if (link.kind === 'expectation')
    return document.expectations.find((e) => e.id === link.id)?.priority ?? null;
  return document.growthGoals.find((g) => g.id === link.id)?.capability ?? null;
}

interface FeedbackListProps {
  entries: readonly FeedbackEntry[];
  document: SpaceDocument;
  myRole: SpaceRole;
  names: PairNames;
  /** Absent where nothing may change (a space shown read-only): no edit or delete is offered. */
  actions?: PerformanceActions;
}

/** Pieces of feedback: kind, text, who and which day, and what it is about; the author can edit or delete theirs. */
export function FeedbackList({ entries, document, myRole, names, actions }: FeedbackListProps) {
  const styles = usePerformanceStyles();
  return (
    <ul className={styles.list}>
      {entries.map((entry) => (
        <FeedbackCard
          key={entry.id}
          entry={entry}
          document={document}
          myRole={myRole}
          names={names}
          // Feedback is its author's own words: only the author may change it (the domain enforces it too).
          actions={entry.author === myRole ? actions : undefined}
        />
      ))}
    </ul>
  );
}

function FeedbackCard({
  entry,
  document,
  myRole,
  names,
  actions,
}: Omit<FeedbackListProps, 'entries'> & { entry: FeedbackEntry }) {
  const styles = usePerformanceStyles();
  const { locale } = useStrings();
  const perf = usePerformanceStrings();
  const [mode, setMode] = useState<'show' | 'edit' | 'confirm-delete'>('show');
  const about = linkTitle(entry, document);
  if (mode === 'edit' && actions) {
    return (
      <li className={styles.card} data-testid="feedback-entry">
        <FeedbackForm
          expectations={document.expectations}
          goals={document.growthGoals}
          initial={{ kind: entry.kind, text: entry.text, date: entry.date, linkedTo: entry.linkedTo }}
          onRecord={(draft) => actions.editFeedback(entry, draft)}
          onDone={() => setMode('show')}
        />
      </li>
    );
  }
  return (
    <li className={styles.card} data-testid="feedback-entry">
      <div className={styles.row}>
        <Badge appearance="tint" color={entry.kind === 'recognition' ? 'success' : 'informative'}>
          {perf.feedbackKind[entry.kind]}
        </Badge>
        <Caption1 className={styles.meta}>
          {perf.feedbackBy(
            entry.author === myRole ? perf.you : names[entry.author],
            formatCalendarDate(entry.date, locale),
          )}
        </Caption1>
      </div>
      <Text className={styles.text}>{entry.text}</Text>
      {about ? <Caption1 className={styles.meta}>{perf.connectsTo(about)}</Caption1> : null}
      {actions && mode === 'confirm-delete' ? (
        <DeleteConfirmation
          question={perf.confirmDeleteFeedback}
          onDelete={() => actions.deleteEntry('feedback', entry.id)}
          onCancel={() => setMode('show')}
        />
      ) : null}
      {actions && mode === 'show' ? (
        <EditDeleteButtons
          editLabel={perf.editFeedbackLabel(entry.text)}
          deleteLabel={perf.deleteFeedbackLabel(entry.text)}
          onEdit={() => setMode('edit')}
          onDelete={() => setMode('confirm-delete')}
        />
      ) : null}
    </li>
  );
}
