import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const teams = vi.hoisted(() => ({
  initialize: vi.fn<() => Promise<void>>(),
  getContext: vi.fn<() => Promise<unknown>>(),
}));
vi.mock('@microsoft/teams-js', () => ({ app: teams }));

import { detectHost } from '../../src/host/detectHost';

interface FakeWindowOptions {
  framed?: boolean;
  search?: string;
  darkScheme?: boolean;
  forcedColors?: boolean;
  nativeInterface?: boolean;
}

/** Just enough of `window` for host detection, in the Node test environment. */
function installWindow(options: FakeWindowOptions = {}) {
  const fake: Record<string, unknown> = {
    location: { search: options.search ?? '', origin: 'https://agenda.contoso.com' },
    matchMedia: (query: string) => ({
      matches:
        (query.includes('forced-colors') && !!options.forcedColors) ||
        (query.includes('prefers-color-scheme: dark') && !!options.darkScheme),
    }),
  };
  fake.parent = options.framed ? { other: 'window' } : fake;
  if (options.nativeInterface) fake.nativeInterface = {};
  vi.stubGlobal('window', fake);
  vi.stubGlobal('navigator', { language: 'fr-CA' });
}

const never = () => new Promise<never>(() => {});

function teamsContext(locale: string, theme: string) {
  return { app: { locale, theme, host: { name: 'Teams' } }, page: { id: 'myOneOnOnes' } };
}

beforeEach(() => {
  teams.initialize.mockReset();
  teams.getContext.mockReset();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('detectHost', () => {
  it('answers browser at once for a top-level page, without touching teams-js', async () => {
    installWindow({ darkScheme: true });
    const host = await detectHost();
    expect(host).toEqual({ kind: 'browser', locale: 'fr-CA', theme: 'dark' });
    expect(teams.initialize).not.toHaveBeenCalled();
  });

  it('reports Windows high contrast as the contrast theme', async () => {
    installWindow({ darkScheme: true, forcedColors: true });
    expect((await detectHost()).theme).toBe('contrast');
  });

  it('gives up on Teams after the timeout when a framed page gets no answer', async () => {
    vi.useFakeTimers();
    installWindow({ framed: true });
    teams.initialize.mockImplementation(never);
    const detection = detectHost({ teamsTimeoutMs: 3000 });
    let settled = false;
    void detection.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(2999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await detection).toMatchObject({ kind: 'browser', theme: 'default' });
    expect(teams.initialize).toHaveBeenCalledOnce();
  });

  it('falls back to browser when teams-js rejects (top-level page hinted as Teams)', async () => {
    installWindow({ search: '?host=teams' });
    teams.initialize.mockRejectedValue(new Error('Initialization Failed. No Parent window found.'));
    expect((await detectHost()).kind).toBe('browser');
    expect(teams.initialize).toHaveBeenCalledOnce();
  });

  it('reads locale, theme and context from Teams when it answers', async () => {
    installWindow({ framed: true });
    teams.initialize.mockResolvedValue(undefined);
    const context = teamsContext('fr-ca', 'dark');
    teams.getContext.mockResolvedValue(context);
    expect(await detectHost({ teamsTimeoutMs: 50 })).toEqual({
      kind: 'teams',
      locale: 'fr-ca',
      theme: 'dark',
      hostName: 'Teams',
      teamsContext: context,
    });
  });

  it('tries Teams in the mobile webview, which is top-level but has nativeInterface', async () => {
    installWindow({ nativeInterface: true });
    teams.initialize.mockResolvedValue(undefined);
    teams.getContext.mockResolvedValue(teamsContext('en-us', 'glass'));
    expect(await detectHost({ teamsTimeoutMs: 50 })).toMatchObject({ kind: 'teams', theme: 'default' });
  });

  it('detects the Outlook add-in through Office.js, before trying Teams', async () => {
    installWindow({ framed: true });
    vi.stubGlobal('Office', {
      onReady: async () => ({ host: 'Outlook', platform: 'OfficeOnline' }),
      context: { displayLanguage: 'en-GB', officeTheme: { bodyBackgroundColor: '#1f1f1f' } },
    });
    expect(await detectHost()).toEqual({
      kind: 'outlook',
      locale: 'en-GB',
      theme: 'dark',
      hostName: 'Outlook',
    });
    expect(teams.initialize).not.toHaveBeenCalled();
  });

  it('ignores Office.js that does not run in Outlook', async () => {
    installWindow();
    vi.stubGlobal('Office', { onReady: async () => ({ host: null, platform: null }) });
    expect((await detectHost()).kind).toBe('browser');
  });

  it('does not wait longer than the Office timeout when Office.js never becomes ready', async () => {
    vi.useFakeTimers();
    installWindow();
    vi.stubGlobal('Office', { onReady: never });
    const detection = detectHost({ officeTimeoutMs: 500 });
    await vi.advanceTimersByTimeAsync(500);
    expect((await detection).kind).toBe('browser');
  });
});
