import { Button, Subtitle2, Text } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { compareOrdinal } from '../../../domain/compareOrdinal';
import { isEntryLive } from '../../../domain/space/entityLiveness';
import { type CoachingNote, GROWTH_GOAL_STATUSES, type GrowthGoal } from '../../../domain/space/growthGoal';
import type { SpaceRole } from '../../../domain/space/spaceStamp';
import { usePerformanceStrings } from '../../i18n/usePerformanceStrings';
import type { PairNames } from '../agendaActions';
import { GrowthGoalCard } from './GrowthGoalCard';
import { GrowthGoalForm } from './GrowthGoalForm';
import type { PerformanceActions } from './performanceActions';
import { usePerformanceStyles } from './usePerformanceStyles.styles';

interface GrowthPlanPanelProps {
  goals: readonly GrowthGoal[];
  coachingNotes: readonly CoachingNote[];
  myRole: SpaceRole;
  names: PairNames;
  actions: PerformanceActions;
}

/** The employee's growth plan, living across meetings, at the top of Capability. */
export function GrowthPlanPanel({ goals, coachingNotes, myRole, names, actions }: GrowthPlanPanelProps) {
  const styles = usePerformanceStyles();
  const perf = usePerformanceStrings();
  const [proposing, setProposing] = useState(false);
  const shown = goals
    .filter(isEntryLive)
    .sort(
      (a, b) =>
        GROWTH_GOAL_STATUSES.indexOf(a.status) - GROWTH_GOAL_STATUSES.indexOf(b.status) ||
        compareOrdinal(a.createdAt, b.createdAt) ||
        compareOrdinal(a.id, b.id),
    );
  return (
    <section className={styles.block} aria-labelledby="growth-heading" data-testid="growth-plan">
      <Subtitle2 as="h4" id="growth-heading">
        {perf.growthHeading}
      </Subtitle2>
      {shown.length === 0 ? <Text>{perf.growthEmpty}</Text> : null}
      <ul className={styles.list}>
        {shown.map((goal) => (
          <GrowthGoalCard
            key={goal.id}
            goal={goal}
            notes={coachingNotes.filter((note) => note.growthGoalId === goal.id)}
            myRole={myRole}
            names={names}
            actions={actions}
          />
        ))}
      </ul>
      {proposing ? (
        <GrowthGoalForm
          myRole={myRole}
          onPropose={actions.proposeGrowthGoal}
          onDone={() => setProposing(false)}
        />
      ) : (
        <Button icon={<AddRegular />} onClick={() => setProposing(true)}>
          {perf.proposeGoal}
        </Button>
      )}
    </section>
  );
}
