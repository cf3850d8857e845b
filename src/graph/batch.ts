import type { GraphConnection } from './createGraphClient';
import { failureKindOfStatus, GraphRequestError, isTransientFailure } from './graphRequestError';

/** Graph accepts at most 20 requests in one JSON batch. */
export const MAX_BATCH_SIZE = 20;

export interface BatchGetRequest {
  id: string;
  /** Relative to the API version, e.g. `/me/manager`. */
  url: string;
  headers?: Record<string, string>;
}

/** Any step of a batch: a GET, or a write with its JSON body; `dependsOn` names steps of the same batch. */
export interface BatchRequest extends BatchGetRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  dependsOn?: string[];
}

export interface BatchItemResult {
  status: number;
  body: unknown;
}

interface BatchResponseBody {
  responses?: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[];
}

/**
 * Batches of at most `size`, in order. A step and the steps it depends on stay in one batch (Graph resolves
 * `dependsOn` only within a batch), so a group of dependent steps is never split.
 */
function chunk(items: readonly BatchRequest[], size: number): BatchRequest[][] {
  const groups: BatchRequest[][] = [];
  const groupOf = new Map<string, BatchRequest[]>();
  for (const item of items) {
    const joined = (item.dependsOn ?? []).map((id) => groupOf.get(id)).find((group) => group !== undefined);
    const group = joined ?? [];
    if (!joined) groups.push(group);
    group.push(item);
    groupOf.set(item.id, group);
  }
  const chunks: BatchRequest[][] = [];
  for (const group of groups) {
    if (group.length > size)
      throw new RangeError(`A group of ${group.length} dependent steps exceeds ${size}`);
    const last = chunks.at(-1);
    if (last && last.length + group.length <= size) last.push(...group);
    else chunks.push([...group]);
  }
  return chunks;
}

/** The step as Graph's batch payload spells it: `dependsOn` only within the batch, a body only for writes. */
function stepPayload(request: BatchRequest, inBatch: ReadonlySet<string>): Record<string, unknown> {
  const dependsOn = (request.dependsOn ?? []).filter((id) => inBatch.has(id));
  return {
    id: request.id,
    method: request.method,
    url: request.url,
    ...(request.headers ? { headers: request.headers } : {}),
    ...(request.body !== undefined
      ? { body: request.body, headers: { 'Content-Type': 'application/json', ...request.headers } }
      : {}),
    ...(dependsOn.length > 0 ? { dependsOn } : {}),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A header of a batch step, whatever the case of its name: Graph documents `Retry-After`, but header names
 * are case-insensitive (RFC 9110) and nothing promises every workload keeps that spelling.
 */
function stepHeader(headers: Record<string, string> | undefined, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers ?? {})) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/**
 * Sends GET requests through `$batch`, 20 at a time. Sub-requests answered 429 or 503 are sent again after
 * their Retry-After, because the client's RetryHandler only sees the outer batch response.
 */
export function batchGet(
  graph: GraphConnection,
  requests: readonly BatchGetRequest[],
  maxRetries = 3,
): Promise<Map<string, BatchItemResult>> {
  return batchRequests(
    graph,
    requests.map((request) => ({ ...request, method: 'GET' as const })),
    maxRetries,
  );
}

/**
 * Sends any requests through `$batch`, 20 at a time, one batch after the other (dependent steps kept in one
 * batch). A throttled or unavailable step is sent again after its Retry-After, with the steps that depend on
 * it (Graph answered those 424); a write is only sent again when Graph said it did not run.
 */
export async function batchRequests(
  graph: GraphConnection,
  requests: readonly BatchRequest[],
  maxRetries = 3,
): Promise<Map<string, BatchItemResult>> {
  const results = new Map<string, BatchItemResult>();
  for (const part of chunk(requests, MAX_BATCH_SIZE)) {
    let pending = part;
    for (let attempt = 0; pending.length > 0; attempt++) {
      const ids = new Set(pending.map((r) => r.id));
      const body = await graph.run<BatchResponseBody>((client) =>
        client.api('/$batch').post({ requests: pending.map((r) => stepPayload(r, ids)) }),
      );
      const retry: BatchRequest[] = [];
      let waitSeconds = 0;
      const retried = (id: string) => retry.some((r) => r.id === id);
      // Graph answers in any order: a step whose dependency is retried goes again with it.
      const answers = new Map((body.responses ?? []).map((response) => [response.id, response]));
      for (const request of pending) {
        const response = answers.get(request.id);
        if (!response) continue;
        const transient = isTransientFailure(failureKindOfStatus(response.status));
        const dependencyRetried = response.status === 424 && (request.dependsOn ?? []).some(retried);
        if ((transient || dependencyRetried) && attempt < maxRetries) {
          retry.push(request);
          if (transient)
            waitSeconds = Math.max(
              waitSeconds,
              Number(stepHeader(response.headers, 'Retry-After') ?? 1) || 1,
            );
        } else {
          results.set(response.id, { status: response.status, body: response.body });
        }
      }
      for (const request of pending) {
        if (!results.has(request.id) && !retry.includes(request)) {
          throw new GraphRequestError(
            'invalid-response',
            `The batch answer has no response for ${request.url}`,
          );
        }
      }
      if (retry.length > 0) await sleep(waitSeconds * 1000);
      pending = retry;
    }
  }
  return results;
}
