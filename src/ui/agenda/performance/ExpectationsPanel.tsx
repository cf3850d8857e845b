import { Button, Subtitle2, Text } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { compareOrdinal } from '../../../domain/compareOrdinal';
import { isEntryLive } from '../../../domain/space/entityLiveness';
import { EXPECTATION_STATUSES, type Expectation } from '../../../domain/space/expectation';
import type { SpaceRole } from '../../../domain/space/spaceStamp';
import { usePerformanceStrings } from '../../i18n/usePerformanceStrings';
import type { PairNames } from '../agendaActions';
import { ExpectationCard } from './ExpectationCard';
import { ExpectationForm } from './ExpectationForm';
import type { PerformanceActions } from './performanceActions';
import { usePerformanceStyles } from './usePerformanceStyles.styles';

/** Active first, then achieved, then retired; oldest first within each. */
function byStatusThenAge(a: Expectation, b: Expectation): number {
  return (
    EXPECTATION_STATUSES.indexOf(a.status) - EXPECTATION_STATUSES.indexOf(b.status) ||
    compareOrdinal(a.createdAt, b.createdAt) ||
    compareOrdinal(a.id, b.id)
  );
}

interface ExpectationsPanelProps {
  expectations: readonly Expectation[];
  myRole: SpaceRole;
  names: PairNames;
  actions: PerformanceActions;
}

/** The pair's current priorities, living across meetings, at the top of Direction. */
export function ExpectationsPanel({ expectations, myRole, names, actions }: ExpectationsPanelProps) {
  const styles = usePerformanceStyles();
  const perf = usePerformanceStrings();
  const [proposing, setProposing] = useState(false);
  const shown = expectations.filter(isEntryLive).sort(byStatusThenAge);
  return (
    <section className={styles.block} aria-labelledby="expectations-heading" data-testid="expectations">
      <Subtitle2 as="h4" id="expectations-heading">
        {perf.expectationsHeading}
      </Subtitle2>
      {shown.length === 0 ? <Text>{perf.expectationsEmpty}</Text> : null}
      <ul className={styles.list}>
        {shown.map((expectation) => (
          <ExpectationCard
            key={expectation.id}
            expectation={expectation}
            myRole={myRole}
            names={names}
            actions={actions}
          />
        ))}
      </ul>
      {proposing ? (
        <ExpectationForm onPropose={actions.proposeExpectation} onDone={() => setProposing(false)} />
      ) : (
        <Button icon={<AddRegular />} onClick={() => setProposing(true)}>
          {perf.proposePriority}
        </Button>
      )}
    </section>
  );
}
