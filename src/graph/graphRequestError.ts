import { GraphError } from '@microsoft/microsoft-graph-client';
import { AuthError } from '../auth/TokenProvider';

/** What went wrong with a Graph call, in terms the UI can explain to a person. */
export type GraphFailureKind =
  | 'sign-in' // the token provider could not give a token (see authError)
  | 'unauthorized' // 401: the token was refused
  | 'forbidden' // 403: no access to that mailbox or file
  | 'not-found' // 404
  | 'conflict' // 409 or 412: someone else changed it first
  | 'throttled' // 429 after the client's own retries
  | 'unavailable' // 5xx after the client's own retries
  | 'offline' // the request never reached Graph
  | 'invalid-response' // Graph answered with something we cannot read
  | 'unknown';

export class GraphRequestError extends Error {
  constructor(
    readonly kind: GraphFailureKind,
    message: string,
    readonly status: number | null = null,
    readonly code: string | null = null,
    readonly requestId: string | null = null,
    readonly authError: AuthError | null = null,
  ) {
    super(message);
    this.name = 'GraphRequestError';
  }
}

// The organisation's spaces library (graph/sharePointLibrary.ts): codes of its own, so the UI can say which
// part an administrator must fix.
/** `code` of the GraphRequestError when the configured site does not exist (or the user cannot see it). */
export const SPACES_SITE_NOT_FOUND = 'spacesSiteNotFound';
/** `code` of the GraphRequestError when the person is not allowed in the site or its library (403). */
export const SPACES_LIBRARY_FORBIDDEN = 'spacesLibraryForbidden';
/** `code` of the GraphRequestError when the site has no document library of the configured name. */
export const SPACES_LIBRARY_NOT_FOUND = 'spacesLibraryNotFound';

/** The failure an HTTP status means, for Graph and for the file downloads it hands out alike. */
export function failureKindOfStatus(status: number): GraphFailureKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'unavailable';
  return 'unknown';
}

/** Failures that may pass unchanged if tried again later: the network, throttling, a service outage. */
export function isTransientFailure(kind: GraphFailureKind): boolean {
  return kind === 'offline' || kind === 'throttled' || kind === 'unavailable';
}

/**
 * Maps anything a Graph call can throw to a GraphRequestError.
 * `lastAuthError` is needed because the Graph client wraps a token provider's error into a GraphError
 * and drops everything but its name and message.
 */
export function toGraphRequestError(
  error: unknown,
  lastAuthError: AuthError | null = null,
): GraphRequestError {
  if (error instanceof GraphRequestError) return error;
  if (error instanceof AuthError)
    return new GraphRequestError('sign-in', error.message, null, error.reason, null, error);
  if (error instanceof GraphError) {
    if (error.code === 'AuthError' && lastAuthError) {
      return new GraphRequestError(
        'sign-in',
        lastAuthError.message,
        null,
        lastAuthError.reason,
        null,
        lastAuthError,
      );
    }
    if (error.statusCode > 0) {
      return new GraphRequestError(
        failureKindOfStatus(error.statusCode),
        error.message || `Microsoft Graph answered ${error.statusCode}`,
        error.statusCode,
        error.code,
        error.requestId,
      );
    }
    // No status: fetch itself failed (offline, DNS, connection reset).
    return new GraphRequestError('offline', error.message || 'The network request failed', null, error.code);
  }
  if (error instanceof TypeError) return new GraphRequestError('offline', error.message);
  const message = error instanceof Error ? error.message : String(error);
  return new GraphRequestError('unknown', message);
}
