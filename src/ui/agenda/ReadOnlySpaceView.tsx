import { Badge, Caption1, makeStyles, Subtitle1, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { agendaForOccurrence, type SectionPrompts } from '../../domain/space/agendaForOccurrence';
import { isEntryLive } from '../../domain/space/entityLiveness';
import { SECTION_TITLES } from '../../domain/space/sectionTitles';
import type { SpaceDocument } from '../../domain/space/spaceDocument';
import type { SpaceRole } from '../../domain/space/spaceStamp';
import type { PairOccurrence } from '../../services/agenda/loadPairOccurrences';
import { formatCalendarDate } from '../formatting/formatCalendarDate';
import { usePerformanceStrings } from '../i18n/usePerformanceStrings';
import { useStrings } from '../i18n/useStrings';
import type { PairNames } from './agendaActions';
import { FeedbackList } from './performance/FeedbackList';
import { PreparationBriefView } from './performance/PreparationBriefView';
import { usePerformanceStyles } from './performance/usePerformanceStyles.styles';
import { usePreparationBrief } from './performance/usePreparationBrief';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  prompts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
});

interface ReadOnlySpaceViewProps {
  /** What this version could read of a space that a newer version wrote (`readNewerSpaceDocument`). */
  document: SpaceDocument;
  occurrences: readonly PairOccurrence[];
  selectedKey: string | null;
  prompts: SectionPrompts;
  myRole: SpaceRole;
  names: PairNames;
}

/**
 * The agenda of a space that a newer version of the app wrote, with no way to change it: the brief, the
 * four sections with their topics, the priorities, the growth plan and the action items. Plain text only,
 * so nothing here can start an edit this version would write over the newer file.
 */
export function ReadOnlySpaceView({
  document,
  occurrences,
  selectedKey,
  prompts,
  myRole,
  names,
}: ReadOnlySpaceViewProps) {
  const styles = useStyles();
  const shared = usePerformanceStyles();
  const { strings, locale } = useStrings();
  const perf = usePerformanceStrings();
  const brief = usePreparationBrief(document, occurrences, selectedKey, myRole);
  const agenda = useMemo(
    () => (selectedKey ? agendaForOccurrence(document, occurrences, selectedKey, prompts) : null),
    [document, occurrences, selectedKey, prompts],
  );
  const ownerName = (role: SpaceRole) => (role === myRole ? strings.ownerMe : names[role]);
  const expectations = document.expectations.filter((e) => isEntryLive(e) && e.status === 'active');
  const goals = document.growthGoals.filter((g) => isEntryLive(g) && g.status === 'active');

  return (
    <section className={styles.view} aria-labelledby="read-only-heading" data-testid="read-only-space">
      <Subtitle1 as="h2" id="read-only-heading">
        {strings.readOnlyHeading}
      </Subtitle1>
      <Text>{strings.readOnlyNotice}</Text>
      {brief ? <PreparationBriefView brief={brief} myRole={myRole} names={names} /> : null}
      {agenda?.sections.map((section) => (
        <section
          key={section.id}
          className={styles.section}
          aria-labelledby={`read-only-${section.id}`}
          data-testid={`read-only-section-${section.id}`}
        >
          <Subtitle2 as="h3" id={`read-only-${section.id}`}>
            {SECTION_TITLES[locale][section.id]}
          </Subtitle2>
          <ul className={styles.prompts} aria-label={strings.prompts}>
            {section.prompts.map((prompt) => (
              <li key={prompt}>
                <Caption1>{prompt}</Caption1>
              </li>
            ))}
          </ul>
          {section.id === 'checkIn' && brief && brief.feedbackSince.length > 0 ? (
            <FeedbackList entries={brief.feedbackSince} document={document} myRole={myRole} names={names} />
          ) : null}
          {section.id === 'direction' && expectations.length > 0 ? (
            <ul className={shared.list} aria-label={perf.expectationsHeading}>
              {expectations.map((expectation) => (
                <li key={expectation.id} className={shared.card} data-testid="read-only-priority">
                  <Text className={shared.title}>{expectation.priority}</Text>
                  {expectation.whatGoodLooksLike ? (
                    <Text className={shared.text}>{expectation.whatGoodLooksLike}</Text>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          {section.id === 'capability' && goals.length > 0 ? (
            <ul className={shared.list} aria-label={perf.growthHeading}>
              {goals.map((goal) => (
                <li key={goal.id} className={shared.card} data-testid="read-only-goal">
                  <Text className={shared.title}>{goal.capability}</Text>
                  {goal.nextStep ? (
                    <Caption1 className={shared.meta}>{perf.nextStep(goal.nextStep)}</Caption1>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          {section.topics.length === 0 ? <Text>{strings.noTopics}</Text> : null}
          <ul className={shared.list}>
            {section.topics.map(({ topic, state }) => (
              <li key={topic.id} className={shared.row} data-testid="read-only-topic">
                <Text className={shared.text}>{topic.text}</Text>
                <Caption1 className={shared.meta}>
                  {topic.author === myRole
                    ? strings.topicByYou
                    : strings.topicByEmployee(names[topic.author])}
                </Caption1>
                {state === 'discussed' ? (
                  <Badge appearance="outline">{strings.historyDiscussed}</Badge>
                ) : null}
              </li>
            ))}
          </ul>
          {section.id === 'accountability' ? (
            <ul className={shared.list} aria-label={strings.actionItems}>
              {section.actionItems.map(({ actionItem, state }) => (
                <li key={actionItem.id} className={shared.card} data-testid="read-only-action-item">
                  <Text className={shared.text}>{actionItem.text}</Text>
                  <Caption1 className={shared.meta}>
                    {strings.ownedBy(ownerName(actionItem.owner))}
                    {actionItem.dueDate
                      ? ` · ${strings.dueOn(formatCalendarDate(actionItem.dueDate, locale))}`
                      : ''}
                    {state === 'open'
                      ? ''
                      : ` · ${state === 'done' ? strings.actionItemDone : strings.actionItemDropped}`}
                  </Caption1>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </section>
  );
}
