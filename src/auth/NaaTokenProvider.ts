import { createNestablePublicClientApplication, type IPublicClientApplication } from '@azure/msal-browser';
import type { AuthConfig } from './authConfig';
import { mapMsalError } from './mapMsalError';
import { buildMsalConfiguration } from './msalConfiguration';
import type { TokenProvider } from './TokenProvider';

/**
 * Nested app auth: Teams or Outlook signs the user in and hands us Graph tokens through its bridge.
 * Create it only after teams-js or Office.js is initialized (the bridge is set up by them).
 * Redirect and logout APIs throw under NAA, so interaction is always a popup brokered by the host.
 */
export class NaaTokenProvider implements TokenProvider {
  readonly kind = 'naa';

  static async create(config: AuthConfig): Promise<NaaTokenProvider> {
    // The factory initializes MSAL itself, and falls back to standard MSAL when no host bridge answers.
    return new NaaTokenProvider(await createNestablePublicClientApplication(buildMsalConfiguration(config)));
  }

  constructor(private readonly msal: IPublicClientApplication) {}

  async getAccessToken(scopes: readonly string[]): Promise<string> {
    try {
      // No account needed: the host knows who is signed in. After a popup we pin the account it chose.
      const account = this.msal.getActiveAccount() ?? undefined;
      const result = await this.msal.acquireTokenSilent({ scopes: [...scopes], account });
      return result.accessToken;
    } catch (error) {
      throw mapMsalError(error, scopes);
    }
  }

  async signIn(scopes: readonly string[]): Promise<void> {
    try {
      const result = await this.msal.acquireTokenPopup({ scopes: [...scopes] });
      this.msal.setActiveAccount(result.account);
    } catch (error) {
      throw mapMsalError(error, scopes);
    }
  }
}
