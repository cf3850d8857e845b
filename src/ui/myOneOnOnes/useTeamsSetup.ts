import { useCallback, useEffect, useState } from 'react';
import type { UpcomingOneOnOnes } from '../../services/oneOnOnes/loadUpcomingOneOnOnes';
import type { MeetingSetupResult } from '../../services/teamsSetup/setUpOneOnOnesInTeams';
import type { LoadState } from '../useLoader';

/** "Set up my 1:1s in Teams", as the page gets it injected. */
export interface TeamsSetupControl {
  isOn(userId: string): boolean;
  set(userId: string, on: boolean): void;
  /** Installs the app and adds the tab where missing; resolves with each meeting's outcome. */
  run(upcoming: UpcomingOneOnOnes): Promise<MeetingSetupResult[]>;
  /** Asks for the setup's permissions (the consent prompt), from the user's click. */
  grantAccess?: () => Promise<void>;
  /** The reminder to the employee before each 1:1 (on unless turned off), sent after the setup. */
  reminders?: {
    isOn(userId: string): boolean;
    set(userId: string, on: boolean): void;
    /** Resolves with how many reminders went out. */
    send(upcoming: UpcomingOneOnOnes): Promise<number>;
  };
}

/** Runs the setup in the background whenever the list loads with the switch on, and on retry. */
export function useTeamsSetup(control: TeamsSetupControl | undefined, upcoming: UpcomingOneOnOnes | null) {
  const userId = upcoming?.people.me.id ?? null;
  const [override, setOverride] = useState<boolean | null>(null);
  const on = override ?? (control && userId ? control.isOn(userId) : false);
  const [state, setState] = useState<LoadState<MeetingSetupResult[]> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [remindOverride, setRemindOverride] = useState<boolean | null>(null);
  const remindOn = remindOverride ?? (control?.reminders && userId ? control.reminders.isOn(userId) : false);
  const [remindersSent, setRemindersSent] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    if (!control || !upcoming || !on) {
      setState(null);
      return;
    }
    let current = true;
    setState({ status: 'loading' });
    control.run(upcoming).then(
      (value) => {
        if (!current) return;
        setState({ status: 'ready', value });
        // After the setup: the employee has the app through the meeting chat, so the reminder can reach them.
        if (remindOn)
          control.reminders?.send(upcoming).then(
            (count) => current && setRemindersSent(count),
            () => undefined,
          );
      },
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [control, upcoming, on, attempt]);
  const changeReminders = useCallback(
    (next: boolean) => {
      if (!control?.reminders || !userId) return;
      setRemindOverride(next);
      control.reminders.set(userId, next);
    },
    [control, userId],
  );
  const change = useCallback(
    (next: boolean) => {
      if (!control || !userId) return;
      setOverride(next);
      control.set(userId, next);
    },
    [control, userId],
  );
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { on, change, state, retry, remindOn, changeReminders, remindersSent };
}
