import { describe, expect, it } from 'vitest';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile();

const { claire, daniel } = SEED_PEOPLE;

interface BatchResponse {
  responses: {
    id: string;
    status: number;
    headers: Record<string, string>;
    body?: Record<string, unknown>;
  }[];
}

function postBatch(user: string, requests: unknown[]): Promise<Response> {
  return tenant.fetchAs(user, '/$batch', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ requests }),
  });
}

async function batch(user: string, requests: unknown[]): Promise<BatchResponse> {
  const response = await postBatch(user, requests);
  expect(response.status).toBe(200);
  return (await response.json()) as BatchResponse;
}

const byId = (result: BatchResponse, id: string) => result.responses.find((response) => response.id === id);

describe('$batch', () => {
  it('answers each step like a direct request, with the batch caller as the user', async () => {
    const result = await batch(daniel, [
      { id: '1', method: 'GET', url: '/me?$select=displayName' },
      { id: '2', method: 'GET', url: 'me/manager' },
      {
        id: '3',
        method: 'GET',
        url: `/users/${claire}/calendarView?startDateTime=2026-11-16T00:00:00Z&endDateTime=2026-11-23T00:00:00Z`,
      },
      { id: '4', method: 'GET', url: '/me/events/AAMkAGnope=' },
    ]);
    expect(result.responses.map((response) => [response.id, response.status])).toEqual([
      ['1', 200],
      ['2', 200],
      ['3', 403],
      ['4', 404],
    ]);
    expect(byId(result, '1')?.body).toMatchObject({ displayName: 'Daniel Okafor' });
    expect(byId(result, '2')?.body).toMatchObject({
      userPrincipalName: claire,
      '@odata.type': '#microsoft.graph.user',
    });
    expect(byId(result, '3')?.body).toMatchObject({ error: { code: 'ErrorAccessDenied' } });
    expect(byId(result, '1')?.headers['Content-Type']).toContain('application/json');
  });

  it('honours per-step headers such as Prefer, and gives absolute nextLinks', async () => {
    const result = await batch(claire, [
      {
        id: 'view',
        method: 'GET',
        url: '/me/calendarView?startDateTime=2026-11-16T00:00:00Z&endDateTime=2026-11-23T00:00:00Z&$top=2',
        headers: { Prefer: 'outlook.timezone="Eastern Standard Time"' },
      },
    ]);
    const view = byId(result, 'view');
    expect(view?.headers['Preference-Applied']).toBe('outlook.timezone="Eastern Standard Time"');
    expect(view?.body?.['@odata.nextLink']).toMatch(
      /^https:\/\/graph\.microsoft\.com\/v1\.0\/me\/calendarView\?/,
    );
    const events = view?.body?.value as { start: { dateTime: string; timeZone: string } }[];
    expect(events[0]?.start).toEqual({
      dateTime: '2026-11-16T09:30:00.0000000',
      timeZone: 'Eastern Standard Time',
    });
  });

  it('rejects more than 20 requests with 400', async () => {
    const requests = Array.from({ length: 21 }, (_, index) => ({
      id: String(index + 1),
      method: 'GET',
      url: '/me',
    }));
    const response = await postBatch(claire, requests);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('BadRequest');
    const twenty = await batch(claire, requests.slice(0, 20));
    expect(twenty.responses).toHaveLength(20);
  });

  it('rejects a malformed payload and duplicate ids with 400', async () => {
    const notJson = await tenant.fetchAs(claire, '/$batch', { method: 'POST', body: 'nope' });
    expect(notJson.status).toBe(400);
    const duplicate = await postBatch(claire, [
      { id: 'a', method: 'GET', url: '/me' },
      { id: 'a', method: 'GET', url: '/me' },
    ]);
    expect(duplicate.status).toBe(400);
  });

  it('needs a token for the batch itself', async () => {
    const response = await fetch('https://graph.microsoft.com/v1.0/$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/me' }] }),
    });
    expect(response.status).toBe(401);
  });

  it('fails a step whose dependency failed with 424', async () => {
    const result = await batch(claire, [
      { id: '1', method: 'GET', url: '/me/nothing' },
      { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] },
    ]);
    expect(result.responses.map((response) => response.status)).toEqual([400, 424]);
  });

  it('throttles a single step with 429 and Retry-After inside a 200 batch', async () => {
    tenant.emulator.faults.enqueue({ status: 429, retryAfterSeconds: 1, match: '/me/manager' });
    const result = await batch(claire, [
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: '/me/manager' },
    ]);
    expect(byId(result, '1')?.status).toBe(200);
    expect(byId(result, '2')?.status).toBe(429);
    expect(byId(result, '2')?.headers['Retry-After']).toBe('1');
    expect(byId(result, '2')?.body).toMatchObject({ error: { code: 'TooManyRequests' } });
  });
});
