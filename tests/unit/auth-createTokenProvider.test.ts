import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuthConfig } from '../../src/auth/authConfig';
import type { HostInfo } from '../../src/host/HostInfo';
import type { OfficeGlobal } from '../../src/host/outlook/officeMailbox';

const mocks = vi.hoisted(() => ({
  isNAAChannelRecommended: vi.fn<() => boolean>(),
  createNaa: vi.fn(async () => ({ kind: 'naa' })),
  createRedirect: vi.fn(async () => ({ kind: 'msal-redirect' })),
}));
vi.mock('@microsoft/teams-js', () => ({
  nestedAppAuth: { isNAAChannelRecommended: mocks.isNAAChannelRecommended },
}));
vi.mock('../../src/auth/NaaTokenProvider', () => ({ NaaTokenProvider: { create: mocks.createNaa } }));
vi.mock('../../src/auth/MsalRedirectTokenProvider', () => ({
  MsalRedirectTokenProvider: { create: mocks.createRedirect },
}));

import { createTokenProvider } from '../../src/auth/createTokenProvider';

const config: AuthConfig = {
  clientId: 'client',
  tenantId: 'organizations',
  authority: 'https://login.microsoftonline.com/organizations',
  redirectUri: 'https://agenda.contoso.com/',
};
const host = (kind: HostInfo['kind']): HostInfo => ({ kind, locale: 'en-US', theme: 'default' });

/** Office with the dialog API; a dialog it is asked to open is recorded and refused (as a declined prompt). */
function installOffice(isSetSupported: (name: string, version?: string) => boolean): string[] {
  const dialogUrls: string[] = [];
  const office: OfficeGlobal = {
    onReady: async () => ({ host: 'Outlook', platform: null }),
    context: {
      requirements: { isSetSupported },
      ui: {
        displayDialogAsync: (url, _options, callback) => {
          dialogUrls.push(url);
          callback({
            status: 'failed',
            value: { addEventHandler: () => {}, close: () => {} },
            error: { code: 12009 },
          });
        },
        messageParent: () => {},
      },
    },
  };
  vi.stubGlobal('Office', office);
  return dialogUrls;
}

beforeEach(() => {
  vi.clearAllMocks();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createTokenProvider', () => {
  it('uses nested app auth in Teams when Teams recommends it', async () => {
    mocks.isNAAChannelRecommended.mockReturnValue(true);
    expect((await createTokenProvider(host('teams'), config)).kind).toBe('naa');
    expect(mocks.createNaa).toHaveBeenCalledWith(config);
    expect(mocks.createRedirect).not.toHaveBeenCalled();
  });

  it('falls back to MSAL redirect in a Teams client without NAA, or when teams-js was not initialized', async () => {
    mocks.isNAAChannelRecommended.mockReturnValue(false);
    expect((await createTokenProvider(host('teams'), config)).kind).toBe('msal-redirect');
    mocks.isNAAChannelRecommended.mockImplementation(() => {
      throw new Error('The library has not yet been initialized');
    });
    expect((await createTokenProvider(host('teams'), config)).kind).toBe('msal-redirect');
    expect(mocks.createNaa).not.toHaveBeenCalled();
  });

  it('uses nested app auth in Outlook when the NestedAppAuth 1.1 requirement set is supported', async () => {
    const isSetSupported = vi.fn(
      (name: string, version?: string) => name === 'NestedAppAuth' && version === '1.1',
    );
    installOffice(isSetSupported);
    expect((await createTokenProvider(host('outlook'), config)).kind).toBe('naa');
    expect(isSetSupported).toHaveBeenCalledWith('NestedAppAuth', '1.1');
  });

  it('signs in through an Office dialog next to the task pane in an Outlook without NAA, not a redirect', async () => {
    const dialogUrls = installOffice(() => false);
    vi.stubGlobal('location', { href: 'https://agenda.contoso.com/taskpane.html?et=' });
    const tokens = await createTokenProvider(host('outlook'), config);
    expect(tokens.kind).toBe('office-dialog');
    expect(mocks.createRedirect).not.toHaveBeenCalled();
    await expect(tokens.signIn(['User.Read'])).rejects.toThrow('12009');
    expect(dialogUrls.map((url) => url.split('?')[0])).toEqual([
      'https://agenda.contoso.com/authDialog.html',
    ]);
  });

  it('uses MSAL redirect in a plain browser, without asking teams-js', async () => {
    expect((await createTokenProvider(host('browser'), config)).kind).toBe('msal-redirect');
    expect(mocks.isNAAChannelRecommended).not.toHaveBeenCalled();
  });
});
