/**
 * The one way the app gets an access token for Microsoft Graph.
 * Implementations: nested app auth (Teams, Outlook), MSAL redirect (plain browser), an Office dialog (Outlook
 * without nested app auth), and the demo tenant.
 */
export interface TokenProvider {
  readonly kind: 'naa' | 'msal-redirect' | 'office-dialog' | 'demo';
  /** Resolves with a bearer token for the scopes, or rejects with an AuthError. Never prompts by itself. */
  getAccessToken(scopes: readonly string[]): Promise<string>;
  /** Interactive sign-in (popup under NAA, redirect in a browser, Office dialog). Call only from a user gesture. */
  signIn(scopes: readonly string[]): Promise<void>;
}

/**
 * `consent-required`: the user can grant the permissions by signing in interactively;
 * `admin-consent-required`: the tenant lets only an administrator grant them.
 */
export type AuthErrorReason =
  | 'interaction-required'
  | 'consent-required'
  | 'admin-consent-required'
  | 'not-configured'
  | 'failed';

export class AuthError extends Error {
  constructor(
    readonly reason: AuthErrorReason,
    message: string,
    /** Scopes the user or admin must still consent to, when the identity platform said which. */
    readonly missingScopes: readonly string[] = [],
  ) {
    super(message);
    this.name = 'AuthError';
  }
}
