import {
  type AccountInfo,
  CacheLookupPolicy,
  type IPublicClientApplication,
  PublicClientApplication,
} from '@azure/msal-browser';
import type { AuthConfig } from './authConfig';
import { mapMsalError } from './mapMsalError';
import { buildMsalConfiguration } from './msalConfiguration';
import { AuthError, type TokenProvider } from './TokenProvider';

/**
 * Standard MSAL for the app opened in a plain browser tab: full-page redirect to sign in.
 *
 * Silent renewal uses the cache and the refresh token only, never MSAL's hidden iframe: in MSAL v5 the
 * iframe needs a dedicated redirect-bridge page, and pointing it at the app itself would boot the whole app
 * in a hidden frame and time out after 10 s. When the refresh token expires (24 h for SPAs), the user
 * signs in again with one click; an existing Entra session makes that a quick round trip.
 */
export class MsalRedirectTokenProvider implements TokenProvider {
  readonly kind = 'msal-redirect';
  /**
   * A sign-in that came back failed (for example consent declined), as MSAL threw it. Every token request
   * reports it until the user signs in again: the app asks for tokens in parallel, and if only the first request
   * reported it, the others ("nobody is signed in") could hide the reason from the UI. It is mapped with the
   * scopes of each request, since the returning page does not know which scopes the sign-in asked for.
   */
  private redirectError: unknown = null;

  static async create(config: AuthConfig): Promise<MsalRedirectTokenProvider> {
    const msal = new PublicClientApplication(buildMsalConfiguration(config));
    await msal.initialize();
    const provider = new MsalRedirectTokenProvider(msal, config.redirectUri);
    await provider.completeRedirect();
    return provider;
  }

  constructor(
    private readonly msal: IPublicClientApplication,
    private readonly redirectUri: string,
  ) {}

  /** Finishes a sign-in returning from the identity platform (call on every start), then picks the account. */
  async completeRedirect(): Promise<void> {
    try {
      const result = await this.msal.handleRedirectPromise();
      if (result) this.msal.setActiveAccount(result.account);
    } catch (error) {
      // Keep the app starting: the error surfaces on the token requests, where the UI can explain it.
      this.redirectError = error ?? new Error('The sign-in failed.');
    }
    if (!this.msal.getActiveAccount()) {
      const [firstAccount] = this.msal.getAllAccounts();
      if (firstAccount) this.msal.setActiveAccount(firstAccount);
    }
  }

  async getAccessToken(scopes: readonly string[]): Promise<string> {
    if (this.redirectError !== null) throw mapMsalError(this.redirectError, scopes);
    const account = this.msal.getActiveAccount();
    if (!account) throw new AuthError('interaction-required', 'Nobody is signed in yet.');
    try {
      const result = await this.msal.acquireTokenSilent({
        scopes: [...scopes],
        account,
        cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
      });
      return result.accessToken;
    } catch (error) {
      throw mapMsalError(error, scopes);
    }
  }

  /** Navigates away to the identity platform; the page reloads signed in. */
  async signIn(scopes: readonly string[]): Promise<void> {
    const account: AccountInfo | null = this.msal.getActiveAccount();
    this.redirectError = null;
    try {
      if (account) {
        // The known account skips the account picker; the user only sees new consent, if any.
        await this.msal.acquireTokenRedirect({ scopes: [...scopes], account, redirectUri: this.redirectUri });
      } else {
        await this.msal.loginRedirect({ scopes: [...scopes], redirectUri: this.redirectUri });
      }
    } catch (error) {
      throw mapMsalError(error, scopes);
    }
  }
}
