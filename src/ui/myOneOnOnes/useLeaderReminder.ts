import { useCallback, useEffect, useState } from 'react';
import { roleInPair } from '../../domain/space/roleInPair';
import type { UpcomingOneOnOnes } from '../../services/oneOnOnes/loadUpcomingOneOnOnes';

/** The employee's "let my leader know when I add topics", as the page gets it injected. */
export interface LeaderReminderControl {
  isOn(userId: string): boolean;
  set(userId: string, on: boolean): void;
  /** Tells the leader of new topics where due; resolves with how many 1:1s that was for. */
  send(upcoming: UpcomingOneOnOnes): Promise<number>;
}

/** Whether the signed-in person is the employee in any of the listed 1:1s. */
function isEmployeeSomewhere(upcoming: UpcomingOneOnOnes): boolean {
  return upcoming.persons.some((person) =>
    person.series.some(
      (series) =>
        roleInPair(series.counterpart.relation, series.occurrences[0]?.isOrganizer ?? false) === 'employee',
    ),
  );
}

/**
 * Sends, in the background, whenever the list loads with the switch on (and when it is turned on). A failure
 * only leaves the line out: the reminder is optional and tried again on the next visit.
 */
export function useLeaderReminder(
  control: LeaderReminderControl | undefined,
  upcoming: UpcomingOneOnOnes | null,
) {
  const userId = upcoming?.people.me.id ?? null;
  const [override, setOverride] = useState<boolean | null>(null);
  const on = override ?? (control && userId ? control.isOn(userId) : false);
  const [sent, setSent] = useState(0);
  const offered = Boolean(control && upcoming && isEmployeeSomewhere(upcoming));
  useEffect(() => {
    if (!control || !upcoming || !on || !offered) return;
    let current = true;
    control.send(upcoming).then(
      (count) => current && setSent((before) => before + count),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [control, upcoming, on, offered]);
  const change = useCallback(
    (next: boolean) => {
      if (!control || !userId) return;
      setOverride(next);
      control.set(userId, next);
    },
    [control, userId],
  );
  return { offered, on, change, sent };
}
