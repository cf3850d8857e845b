import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { SECTION_IDS } from '../../domain/space/agendaSections';
import { pendingTopicList } from '../../domain/space/pendingTopics';
import { SECTION_TITLES } from '../../domain/space/sectionTitles';
import { checkTopicText } from '../../domain/space/textLimits';
import type { AgendaSession } from '../../services/agenda/agendaSession';
import { useStrings } from '../i18n/useStrings';
import { AddTextForm } from './AddTextForm';
import { editStamp } from './editStamp';
import { SyncStatusBadge } from './SyncStatusBadge';
import { useSyncedDocument } from './useSyncedDocument';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** Before the leader shares the space: the employee's topics wait in their own drive, and are shown here. */
export function PendingTopicsView({ session }: { session: AgendaSession }) {
  const styles = useStyles();
  const { strings, locale } = useStrings();
  const snapshot = useSyncedDocument(session.pending);
  const topics = snapshot?.document ? pendingTopicList(snapshot.document) : [];
  return (
    <div className={styles.view} data-testid="pending-topics">
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {strings.notSharedYetTitle(session.participants.counterpart.name)}
          </MessageBarTitle>
          {strings.notSharedYetBody}
        </MessageBarBody>
      </MessageBar>
      <Subtitle2 as="h3">{strings.yourPendingTopics}</Subtitle2>
      {snapshot ? <SyncStatusBadge status={snapshot.status} pendingEdits={snapshot.pendingEdits} /> : null}
      {topics.length === 0 ? <Text>{strings.noTopics}</Text> : null}
      <ul className={styles.list}>
        {topics.map((topic) => (
          <li key={topic.id} data-testid="topic">
            {SECTION_TITLES[locale][topic.section]}: {topic.text}
          </li>
        ))}
      </ul>
      {SECTION_IDS.map((section) => (
        <AddTextForm
          key={section}
          label={strings.addTopicLabel(SECTION_TITLES[locale][section])}
          placeholder={strings.addTopicPlaceholder}
          check={checkTopicText}
          onAdd={(text) =>
            session.pending?.submit({
              id: crypto.randomUUID(),
              add: {
                ...editStamp(null, 'employee'),
                type: 'addTopic',
                topicId: crypto.randomUUID(),
                section,
                text,
                order: Date.now(),
                createdForOccurrence: null,
              },
            })
          }
        />
      ))}
    </div>
  );
}
