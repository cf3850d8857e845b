/**
 * A contract: one Graph request as the app sends it and the answer Microsoft documents for it (status,
 * headers, the required properties of the body and their types; never exact values). The fixtures in
 * `fixtures/` are written from the pages of microsoftgraph/microsoft-graph-docs-contrib named in
 * `documentedAt` (shapes only); tests/integration/graphContracts.test.ts sends each one to the emulator.
 */
import type { z } from 'zod';
import type { FaultSpec } from '../../src/demo/faults/faultController';
import type { SEED_PEOPLE } from '../support/graphEmulatorServer';

/**
 * Values the test fills in from the running tenant when it sends the request, so a fixture names what it needs
 * instead of carrying ids: `{driveId}`, `{itemId}` (the leader's agenda file), `{fileETag}` (its current eTag),
 * `{staleFileETag}` (one it had before a later write), `{seriesMasterId}` (her weekly 1:1 with Daniel),
 * `{occurrenceId}`, `{occurrenceETag}`, `{staleOccurrenceETag}`, `{occurrenceBody}` (this week's occurrence of
 * it), `{chatId}` (its meeting chat), `{listId}`, `{taskId}` (a To Do list and a task in it), `{windowStart}`,
 * `{windowEnd}` (this week, UTC), `{unique}` (new each time).
 */
export type ContractPlaceholder =
  | 'driveId'
  | 'itemId'
  | 'fileETag'
  | 'staleFileETag'
  | 'seriesMasterId'
  | 'occurrenceId'
  | 'occurrenceETag'
  | 'staleOccurrenceETag'
  | 'occurrenceBody'
  | 'chatId'
  | 'listId'
  | 'taskId'
  | 'windowStart'
  | 'windowEnd'
  | 'unique';

export interface ContractRequest {
  /** Who sends it (a seed person), or null for a request without a token. */
  as: keyof typeof SEED_PEOPLE | null;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  /** Below `/v1.0`, with `{placeholders}`. */
  path: string;
  headers?: Readonly<Record<string, string>>;
  /** JSON (sent with `Content-Type: application/json`), or raw text for a file upload; `{placeholders}` allowed. */
  body?: unknown;
  /** A fault the emulator serves first, for the documented throttling and outage answers. */
  fault?: FaultSpec;
}

export interface ContractResponse {
  /** The documented status; several when the documentation allows more than one. */
  status: number | readonly number[];
  /** Headers that must be there, each matching its pattern. */
  headers?: Readonly<Record<string, RegExp>>;
  /** The documented body: required properties and their types (extra properties are fine). Null: no body. */
  body: z.ZodType | null;
}

export interface GraphContract {
  /** What the app does with it, and where. */
  name: string;
  /** The documentation page(s) the shape comes from, under microsoft-graph-docs-contrib. */
  documentedAt: string;
  request: ContractRequest;
  response: ContractResponse;
  /**
   * How the emulator answers otherwise. Its test is then `it.fails` with this reason, so the day the emulator
   * is fixed the test turns red and the mark must go.
   */
  knownDeviation?: string;
}
