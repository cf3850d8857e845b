import { Badge, Button, Caption1, Field, Select, Text } from '@fluentui/react-components';
import {
  type CoachingNote,
  GROWTH_GOAL_STATUSES,
  type GrowthGoal,
  type GrowthGoalStatus,
} from '../../../domain/space/growthGoal';
import type { SpaceRole } from '../../../domain/space/spaceStamp';
import { checkText, GROWTH_STEP_TEXT_MAX } from '../../../domain/space/textLimits';
import { useUserTimeZone } from '../../formatting/TimeZoneContext';
import { usePerformanceStrings } from '../../i18n/usePerformanceStrings';
import { useStrings } from '../../i18n/useStrings';
import { AddTextForm } from '../AddTextForm';
import type { PairNames } from '../agendaActions';
import { CoachingNotesView } from './CoachingNotesView';
import { changeLabel, lastChangeOf } from './changeLabel';
import type { PerformanceActions } from './performanceActions';
import { usePerformanceStyles } from './usePerformanceStyles.styles';

interface GrowthGoalCardProps {
  goal: GrowthGoal;
  notes: readonly CoachingNote[];
  myRole: SpaceRole;
  names: PairNames;
  actions: PerformanceActions;
}

/** One development goal: the skill, the next step, the leader's support, its status and coaching notes. */
export function GrowthGoalCard({ goal, notes, myRole, names, actions }: GrowthGoalCardProps) {
  const styles = usePerformanceStyles();
  const { locale } = useStrings();
  const perf = usePerformanceStrings();
  const timeZone = useUserTimeZone();
  return (
    <li className={styles.card} data-testid="growth-goal">
      <Text className={styles.title}>{goal.capability}</Text>
      {goal.nextStep ? <Text className={styles.text}>{perf.nextStep(goal.nextStep)}</Text> : null}
      {goal.leaderSupport ? (
        <Text className={styles.text}>{perf.leaderSupport(goal.leaderSupport)}</Text>
      ) : null}
      {!goal.leaderSupport && myRole === 'leader' ? (
        <AddTextForm
          label={perf.addSupportLabel(goal.capability)}
          placeholder={perf.addSupportPlaceholder}
          check={(text) => checkText(text, GROWTH_STEP_TEXT_MAX)}
          onAdd={(text) => actions.setLeaderSupport(goal.id, text)}
        />
      ) : null}
      <div className={styles.row}>
        <Badge appearance="tint" color={goal.confirmed ? 'success' : 'warning'}>
          {goal.confirmed ? perf.confirmedBadge : perf.proposedBadge}
        </Badge>
        {!goal.confirmed && myRole === 'leader' ? (
          <Button
            size="small"
            aria-label={perf.confirmLabel(goal.capability)}
            onClick={() => actions.confirmGrowthGoal(goal.id)}
          >
            {perf.confirm}
          </Button>
        ) : null}
        {!goal.confirmed && myRole === 'employee' ? (
          <Caption1 className={styles.meta}>{perf.awaitingLeader(names.leader)}</Caption1>
        ) : null}
      </div>
      <Field label={perf.statusLabel} size="small">
        <Select
          className={styles.select}
          size="small"
          value={goal.status}
          onChange={(_, data) => actions.setGrowthGoalStatus(goal.id, data.value as GrowthGoalStatus)}
        >
          {GROWTH_GOAL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {perf.growthStatus[status]}
            </option>
          ))}
        </Select>
      </Field>
      <Caption1 className={styles.meta}>
        {changeLabel(lastChangeOf(goal.stamps), myRole, names, perf, locale, timeZone)}
      </Caption1>
      <div>
        <Button
          appearance="subtle"
          size="small"
          aria-label={perf.deleteLabel(goal.capability)}
          onClick={() => actions.deleteEntry('growthGoals', goal.id)}
        >
          {perf.delete}
        </Button>
      </div>
      <CoachingNotesView
        goalTitle={goal.capability}
        notes={notes}
        myRole={myRole}
        names={names}
        onAdd={(text) => actions.addCoachingNote(goal.id, text)}
        onEdit={actions.editCoachingNote}
        onDelete={(noteId) => actions.deleteEntry('coachingNotes', noteId)}
      />
    </li>
  );
}
