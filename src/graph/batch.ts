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

export interface BatchItemResult {
  status: number;
  body: unknown;
}

interface BatchResponseBody {
  responses?: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[];
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
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
export async function batchGet(
  graph: GraphConnection,
  requests: readonly BatchGetRequest[],
  maxRetries = 3,
): Promise<Map<string, BatchItemResult>> {
  const results = new Map<string, BatchItemResult>();
  for (const part of chunk(requests, MAX_BATCH_SIZE)) {
    let pending = part;
    for (let attempt = 0; pending.length > 0; attempt++) {
      const body = await graph.run<BatchResponseBody>((client) =>
        client.api('/$batch').post({ requests: pending.map((r) => ({ ...r, method: 'GET' })) }),
      );
      const retry: BatchGetRequest[] = [];
      let waitSeconds = 0;
      for (const response of body.responses ?? []) {
        const request = pending.find((r) => r.id === response.id);
        if (!request) continue;
        const transient = isTransientFailure(failureKindOfStatus(response.status));
        if (transient && attempt < maxRetries) {
          retry.push(request);
          waitSeconds = Math.max(waitSeconds, Number(stepHeader(response.headers, 'Retry-After') ?? 1) || 1);
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
