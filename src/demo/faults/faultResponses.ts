/** Graph's answers for injected throttling and outages. */
import { GraphErrorResponse } from '../http/graphErrorResponse';
import { graphErrorResponse, type ResponseMeta } from '../http/graphResponses';
import type { FaultOutcome } from './faultController';

/** A Response for the outcome; a network error is `Response.error()`, which fetch turns into a TypeError. */
export function faultResponse(outcome: FaultOutcome, meta: ResponseMeta): Response {
  if (outcome.kind === 'networkError') return Response.error();
  const retryAfter: Record<string, string> =
    outcome.retryAfterSeconds !== null ? { 'Retry-After': String(outcome.retryAfterSeconds) } : {};
  const error =
    outcome.status === 429
      ? new GraphErrorResponse(
          429,
          'TooManyRequests',
          'Too many requests. Retry after the number of seconds in the Retry-After header.',
          retryAfter,
        )
      : new GraphErrorResponse(
          503,
          'ServiceNotAvailable',
          'The service is temporarily unavailable. Retry later.',
          retryAfter,
        );
  return graphErrorResponse(error, meta);
}
