import { GRAPH_SCOPES, SPACES_LIBRARY_SCOPES, TEAMS_SETUP_SCOPES } from './authConfig';
import { encodeDemoToken } from './demoToken';
import type { TokenProvider } from './TokenProvider';

export interface DemoUser {
  id: string;
  userPrincipalName: string;
}

/**
 * The demo tenant's sign-in: a token that names the chosen person, read by the Graph emulator.
 * Only the demo path imports this module (dynamically), so it never ships in a production bundle.
 */
export class DemoTokenProvider implements TokenProvider {
  readonly kind = 'demo';

  /**
   * `granted`: what the person consented to for the app, which is what the app registration asks for. Like an
   * Entra ID token, the demo token carries that whole consented set in `scp`, whichever scopes a caller asks
   * for, and the Graph emulator answers 403 to a route none of them covers.
   */
  constructor(
    private readonly user: DemoUser,
    private readonly granted: readonly string[] = GRAPH_SCOPES,
  ) {}

  async getAccessToken(scopes: readonly string[]): Promise<string> {
    // Incremental consent: the opt-in scopes are granted once the app asks for them (the person said yes):
    // the Teams setup's, and the library's in a deployment that keeps the spaces in one.
    const optIn = [...TEAMS_SETUP_SCOPES, ...SPACES_LIBRARY_SCOPES].filter(
      (scope) => scopes.includes(scope) && !this.granted.includes(scope),
    );
    return encodeDemoToken({
      oid: this.user.id,
      upn: this.user.userPrincipalName,
      scp: [...this.granted, ...optIn].join(' '),
    });
  }

  /** Nothing to do: the person was chosen in the demo switcher. */
  async signIn(_scopes: readonly string[]): Promise<void> {}
}
