import { beforeEach, describe, expect, it, vi } from 'vitest';

const teams = vi.hoisted(() => ({
  isInitialized: vi.fn<() => boolean>(),
  notifyAppLoaded: vi.fn(),
  notifySuccess: vi.fn(async () => ({})),
  notifyFailure: vi.fn(),
  FailedReason: { AuthFailed: 'AuthFailed', Timeout: 'Timeout', Other: 'Other' },
}));
vi.mock('@microsoft/teams-js', () => ({ app: teams }));

// Fresh module state per test: notifySuccess remembers that it already ran.
async function loadLifecycle() {
  vi.resetModules();
  return import('../../src/host/teamsLifecycle');
}

beforeEach(() => {
  vi.clearAllMocks();
});

describe('teamsLifecycle', () => {
  it('does nothing outside Teams', async () => {
    teams.isInitialized.mockReturnValue(false);
    const lifecycle = await loadLifecycle();
    lifecycle.notifyAppLoaded();
    lifecycle.notifySuccess();
    lifecycle.notifyFailure('auth-failed');
    expect(teams.notifyAppLoaded).not.toHaveBeenCalled();
    expect(teams.notifySuccess).not.toHaveBeenCalled();
    expect(teams.notifyFailure).not.toHaveBeenCalled();
  });

  it('tells Teams about success once, however often the UI calls it', async () => {
    teams.isInitialized.mockReturnValue(true);
    const lifecycle = await loadLifecycle();
    lifecycle.notifyAppLoaded();
    lifecycle.notifySuccess();
    lifecycle.notifySuccess();
    expect(teams.notifyAppLoaded).toHaveBeenCalledOnce();
    expect(teams.notifySuccess).toHaveBeenCalledOnce();
  });

  it('reports a sign-in failure as AuthFailed', async () => {
    teams.isInitialized.mockReturnValue(true);
    const lifecycle = await loadLifecycle();
    lifecycle.notifyFailure('auth-failed', 'consent declined');
    expect(teams.notifyFailure).toHaveBeenCalledWith({ reason: 'AuthFailed', message: 'consent declined' });
    lifecycle.notifyFailure('timeout');
    expect(teams.notifyFailure).toHaveBeenLastCalledWith({ reason: 'Timeout', message: undefined });
  });
});
