import { afterEach, describe, expect, it, vi } from 'vitest';

const teams = vi.hoisted(() => ({
  registerOnThemeChangeHandler: vi.fn<(handler: (theme: string) => void) => void>(),
}));
vi.mock('@microsoft/teams-js', () => ({ app: teams }));

import type { HostInfo } from '../../src/host/HostInfo';
import { onThemeChange } from '../../src/host/onThemeChange';

const host = (kind: HostInfo['kind']): HostInfo => ({ kind, locale: 'en', theme: 'default' });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('onThemeChange', () => {
  it('fans the single Teams theme handler out to every subscriber until each unsubscribes', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = onThemeChange(host('teams'), first);
    onThemeChange(host('teams'), second);
    expect(teams.registerOnThemeChangeHandler).toHaveBeenCalledOnce();
    const teamsHandler = teams.registerOnThemeChangeHandler.mock.calls[0]?.[0];
    teamsHandler?.('dark');
    expect(first).toHaveBeenCalledWith('dark');
    expect(second).toHaveBeenCalledWith('dark');
    stopFirst();
    teamsHandler?.('contrast');
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenLastCalledWith('contrast');
  });

  it('follows the colour-scheme media queries in a browser, and stops listening on unsubscribe', () => {
    let dark = false;
    const listeners = new Set<() => void>();
    vi.stubGlobal('window', {
      matchMedia: (query: string) => ({
        matches: query.includes('dark') && dark,
        addEventListener: (_: string, listener: () => void) => listeners.add(listener),
        removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
      }),
    });
    const listener = vi.fn();
    const stop = onThemeChange(host('browser'), listener);
    dark = true;
    for (const each of listeners) each();
    expect(listener).toHaveBeenLastCalledWith('dark');
    stop();
    expect(listeners.size).toBe(0);
  });
});
