import { AuthError } from '../auth/TokenProvider';
import {
  GraphRequestError,
  SPACES_LIBRARY_FORBIDDEN,
  SPACES_LIBRARY_NOT_FOUND,
  SPACES_SITE_NOT_FOUND,
} from '../graph/graphRequestError';
import type { Messages } from './i18n/messages.en';

export interface ExplainedError {
  message: string;
  /** The user can fix it by signing in (interaction required), rather than by retrying. */
  needsSignIn: boolean;
  /** Signing in is to grant the app permissions, not only to prove who they are: the button says so. */
  grantsConsent?: boolean;
}

/** A failure of the organisation's spaces library (missing site or library, not shared): an administrator's to fix. */
export function isSpacesLibraryFailure(error: unknown): boolean {
  return (
    error instanceof GraphRequestError &&
    (error.code === SPACES_SITE_NOT_FOUND ||
      error.code === SPACES_LIBRARY_NOT_FOUND ||
      error.code === SPACES_LIBRARY_FORBIDDEN)
  );
}

/** Turns any failure into words a person can act on; never shows a raw error object. */
export function explainError(error: unknown, strings: Messages): ExplainedError {
  const auth =
    error instanceof AuthError ? error : error instanceof GraphRequestError ? error.authError : null;
  if (auth) {
    if (auth.reason === 'admin-consent-required') {
      return { message: strings.errorAdminConsent(auth.missingScopes.join(', ')), needsSignIn: false };
    }
    if (auth.reason === 'consent-required') {
      return {
        message: strings.errorConsent(auth.missingScopes.join(', ')),
        needsSignIn: true,
        grantsConsent: true,
      };
    }
    return { message: strings.errorSignIn, needsSignIn: auth.reason === 'interaction-required' };
  }
  if (!(error instanceof GraphRequestError)) return { message: strings.errorUnknown, needsSignIn: false };
  // The organisation's spaces library: only an administrator can fix these, so they say what to ask for.
  if (error.code === SPACES_SITE_NOT_FOUND)
    return { message: strings.errorSpacesSiteNotFound, needsSignIn: false };
  if (error.code === SPACES_LIBRARY_NOT_FOUND) {
    return { message: strings.errorSpacesLibraryNotFound, needsSignIn: false };
  }
  if (error.code === SPACES_LIBRARY_FORBIDDEN) {
    return { message: strings.errorSpacesLibraryForbidden, needsSignIn: false };
  }
  switch (error.kind) {
    case 'unauthorized':
      return { message: strings.errorUnauthorized, needsSignIn: true };
    case 'forbidden':
      return { message: strings.errorForbidden, needsSignIn: false };
    case 'not-found':
      return { message: strings.errorNotFound, needsSignIn: false };
    case 'throttled':
      return { message: strings.errorThrottled, needsSignIn: false };
    case 'unavailable':
      return { message: strings.errorUnavailable, needsSignIn: false };
    case 'offline':
      return { message: strings.errorOffline, needsSignIn: false };
    default:
      return { message: strings.errorUnknown, needsSignIn: false };
  }
}
