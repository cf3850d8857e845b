import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getSeriesRecurrences, listCalendarView } from '../../src/graph/calendar';
import { GraphRequestError } from '../../src/graph/graphRequestError';
import { connectAs } from '../support/demoGraphConnection';
import { DEFAULT_TEST_NOW, graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const TWO_WEEKS = {
  start: DEFAULT_TEST_NOW.toISOString(),
  end: new Date(DEFAULT_TEST_NOW.getTime() + 14 * 864e5).toISOString(),
};
const NINETY_DAYS = {
  start: DEFAULT_TEST_NOW.toISOString(),
  end: new Date(DEFAULT_TEST_NOW.getTime() + 90 * 864e5).toISOString(),
};

const tenant = graphEmulatorPerFile();
const calendarRequests: Request[] = [];

beforeAll(() => {
  tenant.server.events.on('request:start', ({ request }) => {
    if (request.url.includes('calendarView')) calendarRequests.push(request.clone());
  });
});
afterEach(() => {
  calendarRequests.length = 0;
});

describe('listCalendarView', () => {
  it('follows @odata.nextLink across 3 or more pages and returns the same events as one large page', async () => {
    const graph = connectAs(tenant, SEED_PEOPLE.claire);
    const paged = await listCalendarView(graph, NINETY_DAYS, { pageSize: 7, parallel: false });
    const pages = calendarRequests.length;
    const whole = await listCalendarView(graph, NINETY_DAYS, { pageSize: 500, parallel: false });

    expect(pages).toBeGreaterThanOrEqual(3);
    expect(paged.events.length).toBeGreaterThan(2 * 7);
    expect(paged.events.map((e) => e.id)).toEqual(whole.events.map((e) => e.id));
    expect(new Set(paged.events.map((e) => e.id)).size).toBe(paged.events.length);
  });

  it('asks for UTC with Prefer: outlook.timezone on every page, and gets instants back', async () => {
    const graph = connectAs(tenant, SEED_PEOPLE.claire);
    const { events } = await listCalendarView(graph, NINETY_DAYS, { pageSize: 10 });

    expect(calendarRequests.length).toBeGreaterThan(1);
    for (const request of calendarRequests)
      expect(request.headers.get('Prefer')).toBe('outlook.timezone="UTC"');
    // Daniel's weekly 1:1 is 09:00 in Toronto: 14:00Z in winter (EST, UTC-5).
    const daniel = events.filter((e) => e.subject === 'Daniel / Claire weekly 1:1');
    expect(daniel.length).toBeGreaterThan(0);
    for (const occurrence of daniel) expect(occurrence.start).toMatch(/T14:00:00\.000Z$/);
  });

  it('answers a 429 with Retry-After by waiting and retrying through the client RetryHandler', async () => {
    const graph = connectAs(tenant, SEED_PEOPLE.claire);
    tenant.emulator.faults.enqueue({ status: 429, retryAfterSeconds: 1, times: 1, match: '/calendarView' });
    const started = Date.now();
    const { events } = await listCalendarView(graph, TWO_WEEKS);

    expect(events.length).toBeGreaterThan(0);
    expect(calendarRequests.length).toBe(2);
    expect(calendarRequests[1]?.headers.get('Retry-Attempt')).toBe('1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(tenant.emulator.faults.pendingCount).toBe(0);
  });

  it('retries a 503 and succeeds', async () => {
    const graph = connectAs(tenant, SEED_PEOPLE.claire);
    tenant.emulator.faults.enqueue({ status: 503, times: 1, match: '/calendarView' });
    const { events } = await listCalendarView(graph, TWO_WEEKS);
    expect(events.length).toBeGreaterThan(0);
    expect(calendarRequests.length).toBe(2);
  });

  it('gives up after the configured retries with a typed "unavailable" error', async () => {
    const graph = connectAs(tenant, SEED_PEOPLE.claire, { delaySeconds: 0, maxRetries: 1 });
    tenant.emulator.faults.enqueue({ status: 503, times: 5, match: '/calendarView' });
    const failure = await listCalendarView(graph, TWO_WEEKS).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphRequestError);
    expect(failure).toMatchObject({ kind: 'unavailable', status: 503 });
    expect(calendarRequests.length).toBe(2);
  });

  it('maps a 403 on another user calendar to a typed "forbidden" error', async () => {
    const graph = connectAs(tenant, SEED_PEOPLE.daniel);
    const claireId = tenant.emulator.listUsers().find((u) => u.userPrincipalName === SEED_PEOPLE.claire)?.id;
    const failure = await listCalendarView(graph, TWO_WEEKS, { userId: claireId }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphRequestError);
    expect(failure).toMatchObject({ kind: 'forbidden', status: 403, code: 'ErrorAccessDenied' });
  });

  it('maps a dropped connection to "offline"', async () => {
    const graph = connectAs(tenant, SEED_PEOPLE.claire);
    tenant.emulator.faults.enqueue({ networkError: true, times: 1, match: '/calendarView' });
    const failure = await listCalendarView(graph, TWO_WEEKS).catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: 'offline' });
  });
});

describe('getSeriesRecurrences', () => {
  it('reads the patterns of the series masters in one $batch', async () => {
    const graph = connectAs(tenant, SEED_PEOPLE.claire);
    const { events } = await listCalendarView(graph, TWO_WEEKS);
    const masterOf = (subject: string) => events.find((e) => e.subject === subject)?.seriesMasterId ?? '';
    const daniel = masterOf('Daniel / Claire weekly 1:1');
    const sophie = masterOf('Sophie / Claire 1:1');
    const recurrences = await getSeriesRecurrences(graph, [daniel, sophie, 'does-not-exist']);

    expect(recurrences.get(daniel)).toEqual({ kind: 'weekly', interval: 1 });
    expect(recurrences.get(sophie)).toEqual({ kind: 'weekly', interval: 2 });
    expect(recurrences.has('does-not-exist')).toBe(false);
  });
});
