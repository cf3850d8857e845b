import { AuthError, type AuthErrorReason } from './TokenProvider';

/**
 * What the task pane and the sign-in dialog (authDialog.html) tell each other. Outlook without nested app auth
 * signs in the way Microsoft documents for add-ins: the pane opens the dialog with Office's dialog API, the
 * dialog signs in with an MSAL redirect, and hands the result back with `messageParent`, which carries one
 * string. The dialog is a separate browser instance, so nothing is shared through storage.
 */

/** The dialog page. It is opened relative to the task pane, because the dialog must start on the pane's origin. */
export const AUTH_DIALOG_PAGE = 'authDialog.html';

/** What the pane asks for, in the dialog's query string (nothing secret). */
export interface AuthDialogRequest {
  scopes: readonly string[];
  /** The mailbox's address, so the identity platform skips its account picker. */
  loginHint?: string | undefined;
}

export function authDialogUrl(dialogPageUrl: string, request: AuthDialogRequest): string {
  const url = new URL(dialogPageUrl);
  url.searchParams.set('scopes', request.scopes.join(' '));
  if (request.loginHint) url.searchParams.set('loginHint', request.loginHint);
  return url.href;
}

/** The request in a dialog URL's query string, or null when it names no scope (not opened by the pane). */
export function readAuthDialogRequest(search: string): AuthDialogRequest | null {
  const params = new URLSearchParams(search);
  const scopes = (params.get('scopes') ?? '').split(' ').filter((scope) => scope !== '');
  if (scopes.length === 0) return null;
  return { scopes, loginHint: params.get('loginHint') ?? undefined };
}

export type AuthDialogAnswer =
  | {
      kind: 'signed-in';
      accessToken: string;
      /** Epoch milliseconds; null when the identity platform did not say (then Graph's 401 tells). */
      expiresOn: number | null;
      /** The scopes the token was granted, as the identity platform lists them. */
      scopes: string[];
    }
  | { kind: 'failed'; reason: AuthErrorReason; message: string; missingScopes: string[] };

/** Tells our answer apart from anything else a page might send through the same channel. */
const PROTOCOL = 'one-on-one-agenda/sign-in/1';

export function encodeAuthDialogAnswer(answer: AuthDialogAnswer): string {
  return JSON.stringify({ protocol: PROTOCOL, ...answer });
}

export function failedAnswer(error: AuthError): AuthDialogAnswer {
  return {
    kind: 'failed',
    reason: error.reason,
    message: error.message,
    missingScopes: [...error.missingScopes],
  };
}

const REASONS: ReadonlySet<string> = new Set<AuthErrorReason>([
  'interaction-required',
  'consent-required',
  'not-configured',
  'failed',
]);

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * The answer in a dialog message, or null when the text is anything else. Checked field by field: the string
 * comes from another browser instance, and a token provider must never hand out something it did not verify.
 */
export function parseAuthDialogAnswer(text: string): AuthDialogAnswer | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const fields = value as Record<string, unknown>;
  if (fields.protocol !== PROTOCOL) return null;
  if (fields.kind === 'signed-in') {
    const { accessToken, expiresOn, scopes } = fields;
    if (typeof accessToken !== 'string' || accessToken === '' || !isStringList(scopes)) return null;
    if (expiresOn !== null && (typeof expiresOn !== 'number' || !Number.isFinite(expiresOn))) return null;
    return { kind: 'signed-in', accessToken, expiresOn, scopes };
  }
  if (fields.kind === 'failed') {
    const { reason, message, missingScopes } = fields;
    if (typeof reason !== 'string' || !REASONS.has(reason) || typeof message !== 'string') return null;
    if (!isStringList(missingScopes)) return null;
    return { kind: 'failed', reason: reason as AuthErrorReason, message, missingScopes };
  }
  return null;
}

export function authErrorOfAnswer(answer: Extract<AuthDialogAnswer, { kind: 'failed' }>): AuthError {
  return new AuthError(answer.reason, answer.message, answer.missingScopes);
}
