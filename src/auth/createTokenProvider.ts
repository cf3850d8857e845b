import { nestedAppAuth } from '@microsoft/teams-js';
import type { HostInfo } from '../host/HostInfo';
import { readOfficeGlobal } from '../host/outlook/officeGlobal';
import type { AuthConfig } from './authConfig';
import { MsalRedirectTokenProvider } from './MsalRedirectTokenProvider';
import { NaaTokenProvider } from './NaaTokenProvider';
import type { TokenProvider } from './TokenProvider';

/** Whether the host offers nested app auth. Needs teams-js or Office.js initialized first (detectHost does it). */
export function supportsNestedAppAuth(host: HostInfo): boolean {
  switch (host.kind) {
    case 'teams':
      try {
        return nestedAppAuth.isNAAChannelRecommended();
      } catch {
        return false; // teams-js throws when it was not initialized
      }
    case 'outlook':
      return readOfficeGlobal()?.context?.requirements?.isSetSupported('NestedAppAuth', '1.1') ?? false;
    case 'browser':
      return false;
  }
}

/**
 * The one place that picks how the app gets tokens: nested app auth inside Teams and Outlook when the host
 * supports it, otherwise standard MSAL with redirects. (Older hosts without NAA land on the redirect flow,
 * which cannot redirect inside their frame: sign-in then fails with a clear AuthError rather than hanging.)
 * The demo provider is not created here, so the production bundle never contains it.
 */
export async function createTokenProvider(host: HostInfo, config: AuthConfig): Promise<TokenProvider> {
  if (supportsNestedAppAuth(host)) return NaaTokenProvider.create(config);
  return MsalRedirectTokenProvider.create(config);
}
