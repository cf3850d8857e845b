import { Badge, Caption1, Text } from '@fluentui/react-components';
import type { FeedbackEntry } from '../../../domain/space/feedbackEntry';
import type { SpaceDocument } from '../../../domain/space/spaceDocument';
import type { SpaceRole } from '../../../domain/space/spaceStamp';
import { formatCalendarDate } from '../../formatting/formatCalendarDate';
import { usePerformanceStrings } from '../../i18n/usePerformanceStrings';
import { useStrings } from '../../i18n/useStrings';
import type { PairNames } from '../agendaActions';
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
}

/** Pieces of feedback: kind, text, who and which day, and what it is about. */
export function FeedbackList({ entries, document, myRole, names }: FeedbackListProps) {
  const styles = usePerformanceStyles();
  const { locale } = useStrings();
  const perf = usePerformanceStrings();
  return (
    <ul className={styles.list}>
      {entries.map((entry) => {
        const about = linkTitle(entry, document);
        return (
          <li key={entry.id} className={styles.card} data-testid="feedback-entry">
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
          </li>
        );
      })}
    </ul>
  );
}
