import { Badge, Caption1, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { PreparationBrief } from '../../../domain/space/preparationBrief';
import type { SpaceRole } from '../../../domain/space/spaceStamp';
import { useUserTimeZone } from '../../formatting/TimeZoneContext';
import { usePerformanceStrings } from '../../i18n/usePerformanceStrings';
import { useStrings } from '../../i18n/useStrings';
import type { PairNames } from '../agendaActions';
import { changeLabel } from './changeLabel';
import { usePerformanceStyles } from './usePerformanceStyles.styles';

const useStyles = makeStyles({
  brief: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  items: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface PreparationBriefViewProps {
  brief: PreparationBrief;
  myRole: SpaceRole;
  names: PairNames;
}

/** "Since your last 1:1", at the top of the agenda: what to know before the meeting, in a minute. */
export function PreparationBriefView({ brief, myRole, names }: PreparationBriefViewProps) {
  const styles = useStyles();
  const shared = usePerformanceStyles();
  const { locale } = useStrings();
  const perf = usePerformanceStrings();
  const timeZone = useUserTimeZone();
  const other: SpaceRole = myRole === 'leader' ? 'employee' : 'leader';
  const empty =
    brief.topicsFromOther.length +
      brief.actionItemsDue.length +
      brief.feedbackSince.length +
      brief.expectationsChanged.length +
      brief.growthGoalsChanged.length ===
    0;
  const withChange = (title: string, lastChange: Parameters<typeof changeLabel>[0]) => (
    <>
      {title}{' '}
      <Caption1 className={shared.meta}>
        {changeLabel(lastChange, myRole, names, perf, locale, timeZone)}
      </Caption1>
    </>
  );
  return (
    <section className={styles.brief} aria-labelledby="brief-heading" data-testid="preparation-brief">
      <Subtitle2 as="h3" id="brief-heading">
        {perf.briefHeading}
      </Subtitle2>
      <Text data-testid="brief-days">
        {brief.daysSinceLast === null ? perf.briefFirst : perf.daysSinceLast(brief.daysSinceLast)}
      </Text>
      {empty ? <Text>{perf.briefNothing}</Text> : null}
      <BriefGroup
        testId="brief-topics"
        title={perf.briefTopics(names[other], brief.topicsFromOther.length)}
        items={brief.topicsFromOther.map((topic) => ({ key: topic.id, content: topic.text }))}
      />
      <BriefGroup
        testId="brief-action-items"
        title={perf.briefActionItems(brief.actionItemsDue.length)}
        items={brief.actionItemsDue.map(({ actionItem, overdue }) => ({
          key: actionItem.id,
          content: (
            <>
              {actionItem.text}{' '}
              {overdue ? (
                <Badge appearance="tint" color="danger" size="small">
                  {perf.overdue}
                </Badge>
              ) : null}
            </>
          ),
        }))}
      />
      <BriefGroup
        testId="brief-feedback"
        title={perf.briefFeedback(brief.feedbackSince.length)}
        items={brief.feedbackSince.map((entry) => ({
          key: entry.id,
          content: `${perf.feedbackKind[entry.kind]}: ${entry.text}`,
        }))}
      />
      <BriefGroup
        testId="brief-expectations"
        title={perf.briefExpectations(brief.expectationsChanged.length)}
        items={brief.expectationsChanged.map(({ expectation, lastChange }) => ({
          key: expectation.id,
          content: withChange(expectation.priority, lastChange),
        }))}
      />
      <BriefGroup
        testId="brief-goals"
        title={perf.briefGoals(brief.growthGoalsChanged.length)}
        items={brief.growthGoalsChanged.map(({ growthGoal, lastChange }) => ({
          key: growthGoal.id,
          content: withChange(growthGoal.capability, lastChange),
        }))}
      />
    </section>
  );
}

/** One kind of news in the brief: a heading with its count and the list; nothing when there is none. */
function BriefGroup({
  testId,
  title,
  items,
}: {
  testId: string;
  title: string;
  items: { key: string; content: ReactNode }[];
}) {
  const styles = useStyles();
  const shared = usePerformanceStyles();
  if (items.length === 0) return null;
  return (
    <div className={styles.group} data-testid={testId}>
      <Text weight="semibold">{title}</Text>
      <ul className={styles.items}>
        {items.map((item) => (
          <li key={item.key} className={shared.text}>
            {item.content}
          </li>
        ))}
      </ul>
    </div>
  );
}
