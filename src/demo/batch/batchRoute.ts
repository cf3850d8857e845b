/**
 * JSON batching (`POST /$batch`): up to 20 requests with relative URLs, each answered by the same
 * pipeline as a direct request (auth from the batch's own Authorization header), in request order.
 */

import { GraphErrorResponse, graphErrors } from '../http/graphErrorResponse';
import { graphErrorBody, graphJson, type ResponseMeta } from '../http/graphResponses';
import { GRAPH_V1_BASE } from '../http/graphUrls';
import type { RouteDefinition } from '../http/routeTypes';
import { documentedHeaderName } from './stepHeaderNames';

export const MAX_BATCH_REQUESTS = 20;

interface BatchStep {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

export interface BatchSubResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** Runs one sub-request through the emulator's pipeline (faults included). */
export type SubRequestExecutor = (request: Request) => Promise<Response>;

const invalidPayload = (detail: string) => graphErrors.badRequest(`Invalid batch payload format. ${detail}`);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readSteps(payload: unknown): BatchStep[] {
  if (!isRecord(payload) || !Array.isArray(payload.requests))
    throw invalidPayload('Expected {"requests": [...]}.');
  if (payload.requests.length === 0) throw invalidPayload('The batch contains no requests.');
  if (payload.requests.length > MAX_BATCH_REQUESTS) {
    throw invalidPayload(
      `A batch can contain at most ${MAX_BATCH_REQUESTS} requests; this one has ${payload.requests.length}.`,
    );
  }
  const seen = new Set<string>();
  return payload.requests.map((raw, index) => {
    if (!isRecord(raw)) throw invalidPayload(`requests[${index}] is not an object.`);
    const { id, method, url, headers, body, dependsOn } = raw;
    if (typeof id !== 'string' || id === '') throw invalidPayload(`requests[${index}].id is missing.`);
    if (seen.has(id)) throw invalidPayload(`The request id '${id}' is used twice.`);
    seen.add(id);
    if (typeof method !== 'string' || typeof url !== 'string') {
      throw invalidPayload(`requests[${index}] needs a method and a url.`);
    }
    const stringHeaders: Record<string, string> = {};
    if (isRecord(headers))
      for (const [name, value] of Object.entries(headers)) stringHeaders[name] = String(value);
    const dependencies = Array.isArray(dependsOn)
      ? dependsOn.filter((value): value is string => typeof value === 'string')
      : [];
    return { id, method: method.toUpperCase(), url, headers: stringHeaders, body, dependsOn: dependencies };
  });
}

/** A step's headers as Graph writes them: each name in its documented spelling, not lower-cased. */
function headersToRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (name !== 'request-id' && name !== 'client-request-id') record[documentedHeaderName(name)] = value;
  });
  return record;
}

function errorSubResponse(id: string, error: GraphErrorResponse, meta: ResponseMeta): BatchSubResponse {
  return {
    id,
    status: error.status,
    headers: { 'Content-Type': 'application/json' },
    body: graphErrorBody(error, meta),
  };
}

function subRequestFor(step: BatchStep, outer: Request): Request {
  const headers = new Headers(step.headers);
  const authorization = outer.headers.get('Authorization');
  if (authorization && !headers.has('Authorization')) headers.set('Authorization', authorization);
  const hasBody = step.body !== undefined && step.method !== 'GET' && step.method !== 'HEAD';
  if (hasBody && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return new Request(`${GRAPH_V1_BASE}/${step.url.replace(/^\/+/, '')}`, {
    method: step.method,
    headers,
    body: hasBody ? (typeof step.body === 'string' ? step.body : JSON.stringify(step.body)) : undefined,
  });
}

async function toSubResponse(id: string, response: Response, meta: ResponseMeta): Promise<BatchSubResponse> {
  if (response.type === 'error') {
    // A dropped connection cannot happen inside a batch; Graph would report the step as unavailable.
    return errorSubResponse(
      id,
      new GraphErrorResponse(503, 'ServiceNotAvailable', 'The service is unavailable.'),
      meta,
    );
  }
  const headers = headersToRecord(response.headers);
  const text = await response.text();
  if (!text) return { id, status: response.status, headers };
  const isJson = (response.headers.get('Content-Type') ?? '').includes('json');
  return { id, status: response.status, headers, body: isJson ? JSON.parse(text) : text };
}

export function createBatchRoute(executeSubRequest: SubRequestExecutor): RouteDefinition {
  return {
    method: 'POST',
    path: '/$batch',
    async handle(context) {
      let payload: unknown;
      try {
        payload = await context.request.json();
      } catch {
        throw invalidPayload('The body is not JSON.');
      }
      const steps = readSteps(payload);
      const statusById = new Map<string, number>();
      const responses: BatchSubResponse[] = [];
      for (const step of steps) {
        let subResponse: BatchSubResponse;
        const failedDependency = step.dependsOn.find((id) => (statusById.get(id) ?? 424) >= 400);
        if (failedDependency !== undefined) {
          const error = new GraphErrorResponse(
            424,
            'FailedDependency',
            `Dependency '${failedDependency}' failed or did not run.`,
          );
          subResponse = errorSubResponse(step.id, error, context.meta);
        } else if (/^https?:/i.test(step.url)) {
          const error = graphErrors.badRequest('Batch request URLs must be relative, e.g. "/me/manager".');
          subResponse = errorSubResponse(step.id, error, context.meta);
        } else {
          subResponse = await toSubResponse(
            step.id,
            await executeSubRequest(subRequestFor(step, context.request)),
            context.meta,
          );
        }
        statusById.set(step.id, subResponse.status);
        responses.push(subResponse);
      }
      return graphJson({ responses }, context.meta);
    },
  };
}
