/** Builds responses with the headers Graph always sends (request-id, client-request-id) and its error JSON. */
import type { GraphErrorResponse } from './graphErrorResponse';

/** Per-request facts every response needs. */
export interface ResponseMeta {
  requestId: string;
  clientRequestId: string;
  now: Date;
}

export const GRAPH_JSON_CONTENT_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function responseMetaFor(request: Request, now: Date): ResponseMeta {
  const requestId = crypto.randomUUID();
  return { requestId, clientRequestId: request.headers.get('client-request-id') ?? requestId, now };
}

function baseHeaders(
  meta: ResponseMeta,
  contentType: string,
  extra: Readonly<Record<string, string>>,
): Headers {
  const headers = new Headers({
    'Content-Type': contentType,
    'request-id': meta.requestId,
    'client-request-id': meta.clientRequestId,
    'Cache-Control': 'no-cache',
  });
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return headers;
}

export function graphJson(
  body: unknown,
  meta: ResponseMeta,
  status = 200,
  headers: Readonly<Record<string, string>> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: baseHeaders(meta, GRAPH_JSON_CONTENT_TYPE, headers),
  });
}

/** `innerError.date` is written without a zone designator, as Graph does. */
function innerErrorDate(now: Date): string {
  return now.toISOString().slice(0, 19);
}

export function graphErrorBody(error: GraphErrorResponse, meta: ResponseMeta) {
  return {
    error: {
      code: error.code,
      message: error.message,
      innerError: {
        ...(error.innerCode ? { code: error.innerCode } : {}),
        date: innerErrorDate(meta.now),
        'request-id': meta.requestId,
        'client-request-id': meta.clientRequestId,
      },
    },
  };
}

export function graphErrorResponse(error: GraphErrorResponse, meta: ResponseMeta): Response {
  return new Response(JSON.stringify(graphErrorBody(error, meta)), {
    status: error.status,
    headers: baseHeaders(meta, 'application/json', error.headers),
  });
}
