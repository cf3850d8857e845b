import { storedSwitch } from '../storage/storedSwitch';

/** "Set up my 1:1s in Teams": off until the leader turns it on (it asks for more permissions), per device. */
const teamsSetupSwitch = storedSwitch('teamsSetup', { defaultOn: false });
export const isTeamsSetupOn = teamsSetupSwitch.isOn;
export const setTeamsSetup = teamsSetupSwitch.set;
