/**
 * Server-driven paging: a page of `pageSize` items and an `@odata.nextLink` carrying an opaque
 * `$skiptoken`. The token remembers the last item returned, so a following page resumes after it
 * even if items were added or removed before it in the meantime.
 */

import { decodeBase64Url, encodeBase64Url } from '../../domain/base64Url';
import { graphErrors } from '../http/graphErrorResponse';

export interface PageRequest {
  pageSize: number;
  skipToken: string | null;
  /** `$skip`, honoured when there is no skip token. */
  skip: number;
}

export interface Page<T> {
  items: T[];
  nextSkipToken: string | null;
}

interface SkipTokenPayload {
  /** Offset of the next item when the token was made. */
  o: number;
  /** Id of the last item returned. */
  a: string;
}

function decodeSkipToken(token: string): SkipTokenPayload {
  const decoded = decodeBase64Url(token);
  try {
    const payload = JSON.parse(decoded ?? '') as Partial<SkipTokenPayload>;
    if (typeof payload.o === 'number' && typeof payload.a === 'string') return { o: payload.o, a: payload.a };
  } catch {
    // Falls through to the 400 below.
  }
  throw graphErrors.badRequest(`The $skiptoken '${token}' is not valid.`);
}

export function takePage<T>(all: readonly T[], request: PageRequest, idOf: (item: T) => string): Page<T> {
  let start = request.skip;
  if (request.skipToken !== null) {
    const token = decodeSkipToken(request.skipToken);
    const lastIndex = all.findIndex((item) => idOf(item) === token.a);
    start = lastIndex >= 0 ? lastIndex + 1 : token.o;
  }
  const items = all.slice(start, start + request.pageSize);
  const last = items[items.length - 1];
  const hasMore = start + items.length < all.length;
  return {
    items,
    nextSkipToken:
      hasMore && last ? encodeBase64Url(JSON.stringify({ o: start + items.length, a: idOf(last) })) : null,
  };
}

/** The absolute URL of the next page: the request's own query, verbatim, with the new `$skiptoken`. */
export function nextLinkFor(url: URL, skipToken: string): string {
  const kept = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => {
      if (!part) return false;
      const name = decodeURIComponent(part.split('=')[0] ?? '').toLowerCase();
      return name !== '$skiptoken' && name !== '$skip';
    });
  kept.push(`%24skiptoken=${encodeURIComponent(skipToken)}`);
  return `${url.origin}${url.pathname}?${kept.join('&')}`;
}
