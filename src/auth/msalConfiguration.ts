import { BrowserCacheLocation, type Configuration } from '@azure/msal-browser';
import type { AuthConfig } from './authConfig';

/**
 * MSAL settings shared by nested app auth and the browser redirect flow.
 * Tokens live in sessionStorage: they survive the sign-in redirect but die with the tab, and never reach
 * localStorage, where any script on the origin could read them for days.
 */
export function buildMsalConfiguration(config: AuthConfig): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      redirectUri: config.redirectUri,
    },
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
  };
}
