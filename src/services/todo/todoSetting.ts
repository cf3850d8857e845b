import { storedSwitch } from '../storage/storedSwitch';

/** "Add my action items to Microsoft To Do": off unless the person turned it on (on this device). */
const todoSwitch = storedSwitch('todoSync', { defaultOn: false });
export const isTodoSyncOn = todoSwitch.isOn;
export const setTodoSync = todoSwitch.set;
