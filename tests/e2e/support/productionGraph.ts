import type { BrowserContext, Request as PlaywrightRequest, Route } from 'playwright-core';
import type { GraphEmulator } from '../../../src/demo/graphEmulator';

/**
 * Microsoft Graph for a production build, answered inside the browser with Playwright routes (a production
 * build has no service worker emulator). The app calls the real https://graph.microsoft.com cross-origin, so
 * every answer carries CORS headers, and preflights are answered too.
 */

export const GRAPH_ORIGIN = 'https://graph.microsoft.com';

/** A Graph request as the test saw it. */
export interface SeenGraphRequest {
  method: string;
  /** Path and query after the version, e.g. `/me/calendarView?startDateTime=…`. */
  path: string;
  authorization: string | null;
}

function corsHeaders(request: PlaywrightRequest): Record<string, string> {
  return {
    'access-control-allow-origin': request.headers().origin ?? '*',
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers':
      request.headers()['access-control-request-headers'] ?? 'authorization, content-type, prefer',
    'access-control-expose-headers': 'etag, location, retry-after, request-id, client-request-id',
    'access-control-max-age': '600',
  };
}

function seen(request: PlaywrightRequest): SeenGraphRequest {
  const url = new URL(request.url());
  return {
    method: request.method(),
    path: `${url.pathname.replace(/^\/v1\.0/, '')}${url.search}`,
    authorization: request.headers().authorization ?? null,
  };
}

type Answer = (
  request: PlaywrightRequest,
) => Promise<{ status: number; headers?: Record<string, string>; body: string }>;

async function routeGraph(
  context: BrowserContext,
  answer: Answer,
): Promise<{ requests: () => SeenGraphRequest[] }> {
  const log: SeenGraphRequest[] = [];
  // Files are downloaded from their pre-authenticated SharePoint link, which the emulator also serves.
  await context.route(/^https:\/\/[a-z0-9-]+\.sharepoint\.com\//, async (route: Route) => {
    const request = route.request();
    const { status, headers, body } = await answer(request);
    await route.fulfill({ status, headers: { ...headers, ...corsHeaders(request) }, body });
  });
  await context.route(`${GRAPH_ORIGIN}/**`, async (route: Route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') {
      await route.fulfill({ status: 204, headers: corsHeaders(request) });
      return;
    }
    log.push(seen(request));
    const { status, headers, body } = await answer(request);
    await route.fulfill({
      status,
      headers: { 'content-type': 'application/json', ...headers, ...corsHeaders(request) },
      body,
    });
  });
  return { requests: () => [...log] };
}

/** Graph answered by the demo tenant's emulator (in Node): tokens must be demo tokens naming a seed user. */
export function routeGraphToEmulator(
  context: BrowserContext,
  emulator: GraphEmulator,
): Promise<{ requests: () => SeenGraphRequest[] }> {
  return routeGraph(context, async (request) => {
    const body = request.postDataBuffer();
    const response = await emulator.handle(
      new Request(request.url(), {
        method: request.method(),
        headers: request.headers(),
        ...(body && request.method() !== 'GET' && request.method() !== 'HEAD'
          ? { body: new Uint8Array(body) }
          : {}),
      }),
    );
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    return { status: response.status, headers, body: await response.text() };
  });
}

/** A person of the minimal tenant, as Graph returns a user. */
export interface MinimalUser {
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
  jobTitle: string | null;
}

export interface MinimalTenant {
  me: MinimalUser;
  manager: MinimalUser;
  /** Calendar events (microsoft.graph.event JSON, times in UTC) that /me/calendarView returns. */
  events: Record<string, unknown>[];
}

const TWO_DAYS_MS = 2 * 86_400_000;

function graphDateTime(ms: number): { dateTime: string; timeZone: string } {
  return { dateTime: new Date(ms).toISOString().replace(/Z$/, '0000'), timeZone: 'UTC' };
}

/** One 1:1 with the manager in two days, organized by the manager (so the app writes nothing). */
export function minimalTenant(now = Date.now()): MinimalTenant {
  const me: MinimalUser = {
    id: '0f5e1c2a-7b3d-4c8e-9a1f-2d4b6c8e0a13',
    displayName: 'Alex Martin',
    mail: 'alex.martin@fabrikam.example',
    userPrincipalName: 'alex.martin@fabrikam.example',
    jobTitle: 'Engineer',
  };
  const manager: MinimalUser = {
    id: '7a9c1e3f-5b2d-4f6a-8c0e-1b3d5f7a9c2e',
    displayName: 'Morgan Lee',
    mail: 'morgan.lee@fabrikam.example',
    userPrincipalName: 'morgan.lee@fabrikam.example',
    jobTitle: 'Engineering Manager',
  };
  const start = Math.floor((now + TWO_DAYS_MS) / 3_600_000) * 3_600_000;
  const event = {
    id: 'AAMkAGI1-one-on-one-1',
    iCalUId: '040000008200E00074C5B7101A82E0080000000001',
    seriesMasterId: null,
    type: 'singleInstance',
    subject: 'Alex / Morgan 1:1',
    start: graphDateTime(start),
    end: graphDateTime(start + 1_800_000),
    isAllDay: false,
    isCancelled: false,
    showAs: 'busy',
    sensitivity: 'normal',
    organizer: { emailAddress: { name: manager.displayName, address: manager.mail } },
    isOrganizer: false,
    attendees: [
      {
        type: 'required',
        status: { response: 'accepted', time: '0001-01-01T00:00:00Z' },
        emailAddress: { name: me.displayName, address: me.mail },
      },
    ],
    responseStatus: { response: 'accepted', time: '0001-01-01T00:00:00Z' },
    isOnlineMeeting: false,
    onlineMeeting: null,
    webLink: 'https://outlook.office365.com/owa/?itemid=AAMkAGI1-one-on-one-1',
  };
  return { me, manager, events: [event] };
}

function graphError(status: number, code: string, message: string): { status: number; body: string } {
  return { status, body: JSON.stringify({ error: { code, message } }) };
}

/**
 * Just enough Graph for "My 1:1s": `$batch` of /me, /me/manager and /me/directReports, and /me/calendarView.
 * Anything else is a 404, so an unexpected call shows up as an error in the test rather than hanging.
 */
export function routeMinimalGraph(
  context: BrowserContext,
  tenant: MinimalTenant = minimalTenant(),
): Promise<{ requests: () => SeenGraphRequest[] }> {
  const answerPath = (method: string, path: string): { status: number; body: unknown } => {
    const [pathname] = path.split('?');
    if (method === 'GET' && pathname === '/me') return { status: 200, body: tenant.me };
    if (method === 'GET' && pathname === '/me/manager') return { status: 200, body: tenant.manager };
    if (method === 'GET' && pathname === '/me/directReports') return { status: 200, body: { value: [] } };
    if (method === 'GET' && pathname === '/me/calendarView')
      return { status: 200, body: { value: tenant.events } };
    return {
      status: 404,
      body: { error: { code: 'itemNotFound', message: `Not in the test tenant: ${path}` } },
    };
  };
  return routeGraph(context, async (request) => {
    const url = new URL(request.url());
    const path = `${url.pathname.replace(/^\/v1\.0/, '')}${url.search}`;
    if (!url.pathname.startsWith('/v1.0/')) return graphError(400, 'BadRequest', 'v1.0 only');
    if (request.method() === 'POST' && url.pathname === '/v1.0/$batch') {
      const batch = request.postDataJSON() as { requests: { id: string; method: string; url: string }[] };
      const responses = batch.requests.map((sub) => {
        const { status, body } = answerPath(sub.method, sub.url.startsWith('/') ? sub.url : `/${sub.url}`);
        return { id: sub.id, status, headers: { 'content-type': 'application/json' }, body };
      });
      return { status: 200, body: JSON.stringify({ responses }) };
    }
    const { status, body } = answerPath(request.method(), path);
    return { status, body: JSON.stringify(body) };
  });
}
