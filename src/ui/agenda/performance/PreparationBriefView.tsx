import { Badge, Caption1, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
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
  return (
    <section className={styles.brief} aria-labelledby="brief-heading" data-testid="preparation-brief">
      <Subtitle2 as="h3" id="brief-heading">
        {perf.briefHeading}
      </Subtitle2>
      <Text data-testid="brief-days">
        {brief.daysSinceLast === null ? perf.briefFirst : perf.daysSinceLast(brief.daysSinceLast)}
      </Text>
      {empty ? <Text>{perf.briefNothing}</Text> : null}
      {brief.topicsFromOther.length > 0 ? (
        <div className={styles.group} data-testid="brief-topics">
          <Text weight="semibold">{perf.briefTopics(names[other], brief.topicsFromOther.length)}</Text>
          <ul className={styles.items}>
            {brief.topicsFromOther.map((topic) => (
              <li key={topic.id} className={shared.text}>
                {topic.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {brief.actionItemsDue.length > 0 ? (
        <div className={styles.group} data-testid="brief-action-items">
          <Text weight="semibold">{perf.briefActionItems(brief.actionItemsDue.length)}</Text>
          <ul className={styles.items}>
            {brief.actionItemsDue.map(({ actionItem, overdue }) => (
              <li key={actionItem.id} className={shared.text}>
                {actionItem.text}{' '}
                {overdue ? (
                  <Badge appearance="tint" color="danger" size="small">
                    {perf.overdue}
                  </Badge>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {brief.feedbackSince.length > 0 ? (
        <div className={styles.group} data-testid="brief-feedback">
          <Text weight="semibold">{perf.briefFeedback(brief.feedbackSince.length)}</Text>
          <ul className={styles.items}>
            {brief.feedbackSince.map((entry) => (
              <li key={entry.id} className={shared.text}>
                {perf.feedbackKind[entry.kind]}: {entry.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {brief.expectationsChanged.length > 0 ? (
        <div className={styles.group} data-testid="brief-expectations">
          <Text weight="semibold">{perf.briefExpectations(brief.expectationsChanged.length)}</Text>
          <ul className={styles.items}>
            {brief.expectationsChanged.map(({ expectation, lastChange }) => (
              <li key={expectation.id} className={shared.text}>
                {expectation.priority}{' '}
                <Caption1 className={shared.meta}>
                  {changeLabel(lastChange, myRole, names, perf, locale, timeZone)}
                </Caption1>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {brief.growthGoalsChanged.length > 0 ? (
        <div className={styles.group} data-testid="brief-goals">
          <Text weight="semibold">{perf.briefGoals(brief.growthGoalsChanged.length)}</Text>
          <ul className={styles.items}>
            {brief.growthGoalsChanged.map(({ growthGoal, lastChange }) => (
              <li key={growthGoal.id} className={shared.text}>
                {growthGoal.capability}{' '}
                <Caption1 className={shared.meta}>
                  {changeLabel(lastChange, myRole, names, perf, locale, timeZone)}
                </Caption1>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
