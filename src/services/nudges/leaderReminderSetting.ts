import { storedSwitch } from '../storage/storedSwitch';

/** "Tell my leader in Teams when I add topics": the employee's side, on unless they turned it off here. */
const leaderReminderSwitch = storedSwitch('topicsAddedReminder', { defaultOn: true });
export const isLeaderReminderOn = leaderReminderSwitch.isOn;
export const setLeaderReminder = leaderReminderSwitch.set;
