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

  constructor(private readonly user: DemoUser) {}

  async getAccessToken(scopes: readonly string[]): Promise<string> {
    return encodeDemoToken({ oid: this.user.id, upn: this.user.userPrincipalName, scp: scopes.join(' ') });
  }

  /** Nothing to do: the person was chosen in the demo switcher. */
  async signIn(_scopes: readonly string[]): Promise<void> {}
}
