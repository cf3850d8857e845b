import { nestedAppAuth } from '@microsoft/teams-js';
import type { HostInfo } from '../host/HostInfo';
import { readOfficeGlobal } from '../host/outlook/officeGlobal';
import type { AuthConfig } from './authConfig';
import { AUTH_DIALOG_PAGE } from './authDialogMessage';
import { MsalRedirectTokenProvider } from './MsalRedirectTokenProvider';
import { NaaTokenProvider } from './NaaTokenProvider';
import { OfficeDialogTokenProvider } from './OfficeDialogTokenProvider';
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
 * supports it; in an Outlook without it, MSAL in an Office dialog (Microsoft's documented fallback: the task
 * pane's frame cannot redirect to the identity platform); otherwise standard MSAL with redirects. (A Teams
 * client without NAA lands on the redirect flow, which cannot redirect inside its frame: sign-in then fails
 * with a clear AuthError rather than hanging.) The demo provider is not created here, so the production
 * bundle never contains it.
 */
export async function createTokenProvider(host: HostInfo, config: AuthConfig): Promise<TokenProvider> {
  if (supportsNestedAppAuth(host)) return NaaTokenProvider.create(config);
  if (host.kind === 'outlook') {
    // Next to the task pane: the dialog's first page must be on the pane's origin. The dialog page reads its
    // own sign-in configuration from the same build.
    const dialogPageUrl = new URL(AUTH_DIALOG_PAGE, location.href).href;
    return new OfficeDialogTokenProvider({ getOffice: readOfficeGlobal, dialogPageUrl });
  }
  return MsalRedirectTokenProvider.create(config);
}
