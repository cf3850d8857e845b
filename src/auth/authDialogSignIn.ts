import { type IPublicClientApplication, PublicClientApplication } from '@azure/msal-browser';
import type { OfficeGlobal } from '../host/outlook/officeMailbox';
import type { AuthConfig } from './authConfig';
import {
  type AuthDialogAnswer,
  type AuthDialogRequest,
  encodeAuthDialogAnswer,
  failedAnswer,
  readAuthDialogRequest,
} from './authDialogMessage';
import { mapMsalError } from './mapMsalError';
import { buildMsalConfiguration } from './msalConfiguration';
import { AuthError } from './TokenProvider';

/** The dialog window's own session storage: it lives through the redirect round trip and dies with the dialog. */
export type DialogSessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface AuthDialogPage {
  /** The dialog's location.href. */
  href: string;
  storage: DialogSessionStorage;
}

/** 'redirecting': gone to the identity platform; 'answered': the pane has the result; 'outside-office': nobody to answer. */
export type AuthDialogOutcome = 'redirecting' | 'answered' | 'outside-office';

/**
 * The pane's request, kept across the redirect: the identity platform comes back to the page without its
 * query string (a redirect URI has none), and a failed sign-in still needs the scopes to name the missing ones.
 */
const REQUEST_KEY = 'oneOnOne.authDialogRequest';

function rememberRequest(storage: DialogSessionStorage, request: AuthDialogRequest): void {
  storage.setItem(REQUEST_KEY, JSON.stringify(request));
}

function recallRequest(storage: DialogSessionStorage): AuthDialogRequest | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(REQUEST_KEY) ?? 'null');
    const scopes = (value as { scopes?: unknown } | null)?.scopes;
    if (!Array.isArray(scopes) || !scopes.every((scope) => typeof scope === 'string')) return null;
    return { scopes };
  } catch {
    return null;
  }
}

async function createStandardMsal(config: AuthConfig): Promise<IPublicClientApplication> {
  const msal = new PublicClientApplication(buildMsalConfiguration(config));
  await msal.initialize();
  return msal;
}

/**
 * The sign-in dialog's work (the Office dialog API pattern): on first load, redirect to the identity platform
 * with the pane's scopes; on the way back, send the token or the failure to the pane with `messageParent`.
 * MSAL's cache is the dialog's sessionStorage (buildMsalConfiguration), gone when the pane closes the dialog;
 * the pane keeps the token in memory only.
 */
export async function runAuthDialog(
  office: OfficeGlobal | undefined,
  /** readAuthConfig with the build's variables; it throws when a value is unusable, which the pane is told. */
  readConfig: () => AuthConfig | null,
  page: AuthDialogPage,
  createMsal: (config: AuthConfig) => Promise<IPublicClientApplication> = createStandardMsal,
): Promise<AuthDialogOutcome> {
  if (!office?.onReady) return 'outside-office';
  await office.onReady();
  const ui = office.context?.ui;
  if (!ui) return 'outside-office';
  const answer = (result: AuthDialogAnswer): AuthDialogOutcome => {
    page.storage.removeItem(REQUEST_KEY);
    ui.messageParent(encodeAuthDialogAnswer(result));
    return 'answered';
  };
  const url = new URL(page.href);
  // The page itself is the redirect URI (registered as such), without the pane's query string.
  const redirectUri = `${url.origin}${url.pathname}`;
  const opened = readAuthDialogRequest(url.search);
  if (opened) rememberRequest(page.storage, opened);
  const scopes = opened?.scopes ?? recallRequest(page.storage)?.scopes ?? [];

  try {
    const config = readConfig();
    if (!config) throw new AuthError('not-configured', 'The app has no client id configured.');
    const msal = await createMsal({ ...config, redirectUri });
    // Handled right here: MSAL's default would first navigate back to the page the sign-in started from.
    const result = await msal.handleRedirectPromise({ navigateToLoginRequestUrl: false });
    if (result) {
      return answer({
        kind: 'signed-in',
        accessToken: result.accessToken,
        expiresOn: result.expiresOn?.getTime() ?? null,
        scopes: result.scopes,
      });
    }
    if (!opened) {
      return answer(failedAnswer(new AuthError('failed', 'The sign-in window lost its sign-in request.')));
    }
    await msal.loginRedirect({ scopes: [...opened.scopes], loginHint: opened.loginHint, redirectUri });
    return 'redirecting';
  } catch (error) {
    return answer(failedAnswer(mapMsalError(error, scopes)));
  }
}
