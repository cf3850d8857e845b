/**
 * src/graph/batch.ts waits a throttled step's own Retry-After before sending it again, whatever the case of
 * the header's name in the step (Graph documents `Retry-After`; header names are case-insensitive).
 */
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchGet, batchRequests } from '../../src/graph/batch';
import { connectAs } from '../support/demoGraphConnection';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile();

interface BatchStep {
  id: string;
  status: number;
  headers?: Record<string, string>;
}

/** The emulator's batch answer, with the throttled step's Retry-After header renamed to `headerName`. */
function renameRetryAfter(headerName: string): void {
  tenant.server.use(
    http.post('https://graph.microsoft.com/v1.0/$batch', async ({ request }) => {
      const response = await tenant.emulator.handle(request);
      const body = (await response.json()) as { responses: BatchStep[] };
      for (const step of body.responses) {
        const headers = Object.entries(step.headers ?? {});
        const retryAfter = headers.find(([name]) => name.toLowerCase() === 'retry-after')?.[1];
        if (retryAfter === undefined) continue;
        step.headers = Object.fromEntries([
          ...headers.filter(([name]) => name.toLowerCase() !== 'retry-after'),
          [headerName, retryAfter],
        ]);
      }
      return HttpResponse.json(body, { status: response.status });
    }),
  );
}

/** The waits of a second or more that were asked for, run at once so the test does not sleep. */
function recordLongWaits(): number[] {
  const waits: number[] = [];
  const realSetTimeout = globalThis.setTimeout;
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((handler: () => void, ms?: number) => {
    if ((ms ?? 0) >= 1_000) waits.push(ms ?? 0);
    return realSetTimeout(handler, (ms ?? 0) >= 1_000 ? 0 : ms);
  }) as typeof setTimeout);
  return waits;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('batchGet', () => {
  it.each(['Retry-After', 'retry-after', 'RETRY-AFTER'])(
    "waits the throttled step's Retry-After when the step names it %s",
    async (headerName) => {
      renameRetryAfter(headerName);
      tenant.emulator.faults.enqueue({ status: 429, retryAfterSeconds: 7, times: 1, match: '/me/manager' });
      const waits = recordLongWaits();

      const results = await batchGet(connectAs(tenant, SEED_PEOPLE.daniel), [
        { id: 'me', url: '/me' },
        { id: 'manager', url: '/me/manager' },
      ]);

      expect(results.get('manager')?.status).toBe(200);
      expect(waits).toEqual([7_000]);
    },
  );
});

describe('batchRequests', () => {
  it('keeps a step and the step it depends on in one batch, and sends a throttled step again with its dependant', async () => {
    const steps: { id: string; dependsOn?: string[] }[][] = [];
    const record = async ({ request }: { request: Request }) => {
      if (!request.url.endsWith('/$batch')) return;
      steps.push(
        ((await request.clone().json()) as { requests: { id: string; dependsOn?: string[] }[] }).requests,
      );
    };
    tenant.server.events.on('request:start', record);
    const chatId = tenant.emulator.chatIdForEvent('Daniel / Claire weekly 1:1') ?? '';
    tenant.emulator.faults.enqueue({ status: 429, retryAfterSeconds: 0, times: 1, match: '/installedApps' });
    recordLongWaits();
    try {
      const reads = Array.from({ length: 19 }, (_, i) => ({
        id: `me-${i}`,
        method: 'GET' as const,
        url: '/me',
      }));
      const results = await batchRequests(connectAs(tenant, SEED_PEOPLE.claire), [
        ...reads,
        { id: 'catalog', method: 'GET', url: "/appCatalogs/teamsApps?$filter=externalId eq 'x'" },
        { id: 'apps', method: 'GET', url: `/chats/${encodeURIComponent(chatId)}/installedApps` },
        {
          id: 'tabs',
          method: 'GET',
          url: `/chats/${encodeURIComponent(chatId)}/tabs`,
          dependsOn: ['apps'],
        },
      ]);
      // The default connection lacks the Teams scopes: apps answers 403, so the step depending on it 424.
      expect(results.get('apps')?.status).toBe(403);
      expect(results.get('tabs')?.status).toBe(424);
    } finally {
      tenant.server.events.removeListener('request:start', record);
    }
    // 19 + catalog fit the first batch; apps and tabs go together in the second, then again after the 429.
    expect(steps.map((batch) => batch.map((step) => step.id))).toEqual([
      [...Array.from({ length: 19 }, (_, i) => `me-${i}`), 'catalog'],
      ['apps', 'tabs'],
      ['apps', 'tabs'],
    ]);
    expect(steps[1]?.[1]?.dependsOn).toEqual(['apps']);
  });
});
