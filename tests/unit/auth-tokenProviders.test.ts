import {
  type AccountInfo,
  CacheLookupPolicy,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
  ServerError,
} from '@azure/msal-browser';
import { describe, expect, it, vi } from 'vitest';
import { MsalRedirectTokenProvider } from '../../src/auth/MsalRedirectTokenProvider';
import { NaaTokenProvider } from '../../src/auth/NaaTokenProvider';

const SCOPES = ['User.Read', 'Calendars.Read'];
const REDIRECT_URI = 'https://agenda.contoso.com/';

function account(id: string): AccountInfo {
  return {
    homeAccountId: id,
    environment: 'login.microsoftonline.com',
    tenantId: 't',
    username: `${id}@contoso.test`,
    localAccountId: id,
  };
}

/** The part of MSAL's client the providers use, with an in-memory active account. */
function fakeMsal(accounts: AccountInfo[] = []) {
  let active: AccountInfo | null = null;
  const msal = {
    acquireTokenSilent: vi.fn(async () => ({ accessToken: 'token-from-msal' })),
    acquireTokenPopup: vi.fn(async () => ({ accessToken: 'popup-token', account: account('popup-user') })),
    acquireTokenRedirect: vi.fn(async () => {}),
    loginRedirect: vi.fn(async () => {}),
    handleRedirectPromise: vi.fn(async (): Promise<unknown> => null),
    getAllAccounts: vi.fn(() => accounts),
    getActiveAccount: vi.fn(() => active),
    setActiveAccount: vi.fn((next: AccountInfo | null) => {
      active = next;
    }),
  };
  return { msal, client: msal as unknown as IPublicClientApplication };
}

const consentError = () =>
  new InteractionRequiredAuthError(
    'consent_required',
    'c',
    'AADSTS65001: The user or administrator has not consented',
  );

describe('NaaTokenProvider', () => {
  it('asks the host silently, without an account until a popup chose one', async () => {
    const { msal, client } = fakeMsal();
    const provider = new NaaTokenProvider(client);
    await expect(provider.getAccessToken(SCOPES)).resolves.toBe('token-from-msal');
    expect(msal.acquireTokenSilent).toHaveBeenCalledWith({ scopes: SCOPES, account: undefined });

    await provider.signIn(SCOPES);
    expect(msal.acquireTokenPopup).toHaveBeenCalledWith({ scopes: SCOPES });
    await provider.getAccessToken(SCOPES);
    expect(msal.acquireTokenSilent).toHaveBeenLastCalledWith({
      scopes: SCOPES,
      account: account('popup-user'),
    });
  });

  it('reports interaction required and consent required as AuthErrors', async () => {
    const { msal, client } = fakeMsal();
    const provider = new NaaTokenProvider(client);
    msal.acquireTokenSilent.mockRejectedValueOnce(
      new InteractionRequiredAuthError('interaction_required', 'c'),
    );
    await expect(provider.getAccessToken(SCOPES)).rejects.toMatchObject({ reason: 'interaction-required' });
    msal.acquireTokenSilent.mockRejectedValueOnce(consentError());
    await expect(provider.getAccessToken(SCOPES)).rejects.toMatchObject({
      reason: 'consent-required',
      missingScopes: SCOPES,
    });
  });

  it('never redirects: sign-in is a popup, and its failure is an AuthError', async () => {
    const { msal, client } = fakeMsal();
    msal.acquireTokenPopup.mockRejectedValueOnce(new ServerError('server_error', 'c', 'AADSTS50000: down'));
    await expect(new NaaTokenProvider(client).signIn(SCOPES)).rejects.toMatchObject({ reason: 'failed' });
    expect(msal.loginRedirect).not.toHaveBeenCalled();
    expect(msal.acquireTokenRedirect).not.toHaveBeenCalled();
  });
});

describe('MsalRedirectTokenProvider', () => {
  it('says interaction required, without calling MSAL, when nobody has signed in', async () => {
    const { msal, client } = fakeMsal();
    const provider = new MsalRedirectTokenProvider(client, REDIRECT_URI);
    await provider.completeRedirect();
    await expect(provider.getAccessToken(SCOPES)).rejects.toMatchObject({ reason: 'interaction-required' });
    expect(msal.acquireTokenSilent).not.toHaveBeenCalled();
  });

  it('adopts the account a returning redirect signed in, and uses it without the hidden iframe', async () => {
    const { msal, client } = fakeMsal([account('cached-user')]);
    msal.handleRedirectPromise.mockResolvedValueOnce({
      accessToken: 'x',
      account: account('returning-user'),
    });
    const provider = new MsalRedirectTokenProvider(client, REDIRECT_URI);
    await provider.completeRedirect();
    await expect(provider.getAccessToken(SCOPES)).resolves.toBe('token-from-msal');
    expect(msal.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: SCOPES,
      account: account('returning-user'),
      cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
    });
  });

  it('falls back to the cached account after a reload', async () => {
    const { msal, client } = fakeMsal([account('cached-user')]);
    await new MsalRedirectTokenProvider(client, REDIRECT_URI).completeRedirect();
    expect(msal.setActiveAccount).toHaveBeenCalledWith(account('cached-user'));
  });

  it('reports a failed redirect (consent declined) on every token request until the next sign-in, with the scopes asked for', async () => {
    const { msal, client } = fakeMsal([account('cached-user')]);
    msal.handleRedirectPromise.mockRejectedValueOnce(consentError());
    const provider = new MsalRedirectTokenProvider(client, REDIRECT_URI);
    await provider.completeRedirect();
    // Requests run in parallel: each of them gets the reason, not only the first.
    const consent = { reason: 'consent-required', missingScopes: SCOPES };
    await expect(
      Promise.allSettled([provider.getAccessToken(SCOPES), provider.getAccessToken(SCOPES)]),
    ).resolves.toEqual([
      { status: 'rejected', reason: expect.objectContaining(consent) },
      { status: 'rejected', reason: expect.objectContaining(consent) },
    ]);
    expect(msal.acquireTokenSilent).not.toHaveBeenCalled();
    await provider.signIn(SCOPES);
    await expect(provider.getAccessToken(SCOPES)).resolves.toBe('token-from-msal');
  });

  it('names only the missing permission when the failed redirect names it', async () => {
    const { msal, client } = fakeMsal();
    msal.handleRedirectPromise.mockRejectedValueOnce(
      new InteractionRequiredAuthError(
        'consent_required',
        'c',
        'AADSTS65001: The user or administrator has not consented. Missing permission: Calendars.Read.',
      ),
    );
    const provider = new MsalRedirectTokenProvider(client, REDIRECT_URI);
    await provider.completeRedirect();
    await expect(provider.getAccessToken(SCOPES)).rejects.toMatchObject({
      reason: 'consent-required',
      missingScopes: ['Calendars.Read'],
    });
  });

  it('signs in by redirect: login when no account is known, token redirect with the account otherwise', async () => {
    const first = fakeMsal();
    await new MsalRedirectTokenProvider(first.client, REDIRECT_URI).signIn(SCOPES);
    expect(first.msal.loginRedirect).toHaveBeenCalledWith({ scopes: SCOPES, redirectUri: REDIRECT_URI });

    const known = fakeMsal([account('cached-user')]);
    const provider = new MsalRedirectTokenProvider(known.client, REDIRECT_URI);
    await provider.completeRedirect();
    await provider.signIn(SCOPES);
    expect(known.msal.acquireTokenRedirect).toHaveBeenCalledWith({
      scopes: SCOPES,
      account: account('cached-user'),
      redirectUri: REDIRECT_URI,
    });
    expect(known.msal.loginRedirect).not.toHaveBeenCalled();
  });

  it('maps silent failures', async () => {
    const { msal, client } = fakeMsal([account('cached-user')]);
    const provider = new MsalRedirectTokenProvider(client, REDIRECT_URI);
    await provider.completeRedirect();
    msal.acquireTokenSilent.mockRejectedValueOnce(
      new ServerError('invalid_grant', 'c', 'AADSTS700084: expired'),
    );
    await expect(provider.getAccessToken(SCOPES)).rejects.toMatchObject({ reason: 'interaction-required' });
  });
});
