import { describe, expect, it } from 'vitest';
import { memoryKeyValueStore } from '../../src/host/keyValueStore';
import { isAutoAttachOn, setAutoAttach } from '../../src/services/invites/autoAttachSetting';
import { storedSwitch } from '../../src/services/storage/storedSwitch';
import { isTeamsSetupOn } from '../../src/services/teamsSetup/teamsSetupSetting';

describe('storedSwitch', () => {
  it('reads its default until set, per user, and keeps the key earlier versions wrote', () => {
    const store = memoryKeyValueStore();
    const onByDefault = storedSwitch('example', { defaultOn: true });
    const offByDefault = storedSwitch('other', { defaultOn: false });
    expect(onByDefault.isOn(store, 'u1')).toBe(true);
    expect(offByDefault.isOn(store, 'u1')).toBe(false);
    onByDefault.set(store, 'u1', false);
    offByDefault.set(store, 'u1', true);
    expect(onByDefault.isOn(store, 'u1')).toBe(false);
    expect(offByDefault.isOn(store, 'u1')).toBe(true);
    expect(onByDefault.isOn(store, 'u2')).toBe(true);
    expect(store.get('oneOnOne.example.u1')).toBe('off');
  });

  it('reads an unknown stored value as the default', () => {
    const store = memoryKeyValueStore();
    store.set('oneOnOne.autoAttach.u1', 'maybe');
    store.set('oneOnOne.teamsSetup.u1', 'maybe');
    expect(isAutoAttachOn(store, 'u1')).toBe(true);
    expect(isTeamsSetupOn(store, 'u1')).toBe(false);
    setAutoAttach(store, 'u1', false);
    expect(store.get('oneOnOne.autoAttach.u1')).toBe('off');
  });
});
