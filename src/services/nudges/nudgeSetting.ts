import { storedSwitch } from '../storage/storedSwitch';

/** "Remind the other person before each 1:1": on with the Teams setup unless the leader turned it off here. */
const nudgeSwitch = storedSwitch('preMeetingReminder', { defaultOn: true });
export const isNudgeOn = nudgeSwitch.isOn;
export const setNudge = nudgeSwitch.set;
