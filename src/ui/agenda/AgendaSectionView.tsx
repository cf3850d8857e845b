import { Caption1, makeStyles, Subtitle1, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { AgendaSection } from '../../domain/space/agendaForOccurrence';
import type { SpaceRole } from '../../domain/space/spaceStamp';
import { checkTopicText } from '../../domain/space/textLimits';
import { useStrings } from '../i18n/useStrings';
import { ActionItemsView } from './ActionItemsView';
import { AddTextForm } from './AddTextForm';
import type { AgendaActions, PairNames } from './agendaActions';
import { TopicRow } from './TopicRow';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  prompts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
  topics: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

interface AgendaSectionViewProps {
  section: AgendaSection;
  title: string;
  myRole: SpaceRole;
  names: PairNames;
  actions: AgendaActions;
  /** The whole occurrence's action items, shown under Accountability. */
  showActionItems: boolean;
  /** What lives across meetings and opens the section (priorities, the growth plan, feedback). */
  lead?: ReactNode;
}

export function AgendaSectionView({
  section,
  title,
  myRole,
  names,
  actions,
  showActionItems,
  lead,
}: AgendaSectionViewProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  const headingId = `section-${section.id}`;
  const siblings = section.topics.map((t) => t.topic);
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid={`section-${section.id}`}>
      <Subtitle1 as="h3" id={headingId}>
        {title}
      </Subtitle1>
      <ul className={styles.prompts} aria-label={strings.prompts}>
        {section.prompts.map((prompt) => (
          <li key={prompt}>
            <Caption1>{prompt}</Caption1>
          </li>
        ))}
      </ul>
      {lead}
      {section.topics.length === 0 ? <Text>{strings.noTopics}</Text> : null}
      <ul className={styles.topics}>
        {section.topics.map((item) => (
          <TopicRow
            key={item.topic.id}
            item={item}
            siblings={siblings}
            myRole={myRole}
            names={names}
            actions={actions}
          />
        ))}
      </ul>
      <AddTextForm
        label={strings.addTopicLabel(title)}
        placeholder={strings.addTopicPlaceholder}
        check={checkTopicText}
        onAdd={(text) => actions.addTopic(section.id, text)}
      />
      {showActionItems ? (
        <ActionItemsView items={section.actionItems} myRole={myRole} names={names} actions={actions} />
      ) : null}
    </section>
  );
}
