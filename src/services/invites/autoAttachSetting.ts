import { storedSwitch } from '../storage/storedSwitch';

/** "Put the agenda into invites automatically": on unless the person turned it off on this device. */
const autoAttachSwitch = storedSwitch('autoAttach', { defaultOn: true });
export const isAutoAttachOn = autoAttachSwitch.isOn;
export const setAutoAttach = autoAttachSwitch.set;
