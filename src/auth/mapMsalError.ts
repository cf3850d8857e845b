import { InteractionRequiredAuthError, AuthError as MsalAuthError } from '@azure/msal-browser';
import { AuthError } from './TokenProvider';

/**
 * Entra errors that mean "nobody consented to these permissions yet":
 * 65001 not consented, 65004 the user declined, 90094 and 90095 an admin must approve.
 */
const CONSENT_ERROR_NUMBERS = /\bAADSTS(65001|65004|90094|90095)\b/;

/**
 * Of those, the ones where the user cannot grant it: the tenant's consent policy sends the request to an
 * administrator (90094 "the grant requires admin permission", 90095 "admin consent is required"). With 65001
 * and 65004 the user can still consent, so the app offers to, rather than sending them to an administrator.
 */
const ADMIN_CONSENT_ERROR_NUMBERS = /\bAADSTS(90094|90095)\b/;

/** MSAL codes the user resolves by signing in again (no account, nothing cached, expired refresh token, cancelled). */
const SIGN_IN_AGAIN_CODES = new Set([
  'invalid_grant',
  'no_account_error',
  'no_account_found',
  'no_tokens_found',
  'refresh_token_expired',
  'user_cancelled',
  'user_canceled',
]);

function isConsentError(error: MsalAuthError): boolean {
  return (
    error.errorCode === 'consent_required' ||
    error.subError === 'consent_required' ||
    CONSENT_ERROR_NUMBERS.test(error.errorMessage) ||
    CONSENT_ERROR_NUMBERS.test(error.message)
  );
}

function mentionsScope(text: string, scope: string): boolean {
  const escaped = scope.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Whole names only: "User.Read" must not match inside "User.ReadBasic.All".
  return new RegExp(`(^|[^\\w.])${escaped}(?!\\w|\\.\\w)`, 'i').test(text);
}

/** The requested scopes the error names; when it names none (the usual AADSTS65001 text), all of them. */
function scopesNamedIn(text: string, requestedScopes: readonly string[]): readonly string[] {
  const named = requestedScopes.filter((scope) => mentionsScope(text, scope));
  return named.length > 0 ? named : requestedScopes;
}

function describe(error: MsalAuthError): string {
  return error.errorMessage ? `${error.errorCode}: ${error.errorMessage}` : error.message || error.errorCode;
}

/** Turns whatever MSAL (standard or nested app auth) threw into the app's AuthError. */
export function mapMsalError(error: unknown, requestedScopes: readonly string[]): AuthError {
  if (error instanceof AuthError) return error;
  if (!(error instanceof MsalAuthError)) {
    return new AuthError('failed', error instanceof Error ? error.message : String(error));
  }
  if (isConsentError(error)) {
    const text = `${error.errorMessage} ${error.message}`;
    const reason = ADMIN_CONSENT_ERROR_NUMBERS.test(text) ? 'admin-consent-required' : 'consent-required';
    return new AuthError(reason, describe(error), scopesNamedIn(text, requestedScopes));
  }
  if (error instanceof InteractionRequiredAuthError || SIGN_IN_AGAIN_CODES.has(error.errorCode)) {
    return new AuthError('interaction-required', describe(error));
  }
  return new AuthError('failed', describe(error));
}
