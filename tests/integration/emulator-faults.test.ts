import { describe, expect, it } from 'vitest';
import { graphEmulatorPerFile, SEED_PEOPLE } from '../support/graphEmulatorServer';

const tenant = graphEmulatorPerFile();

const { claire } = SEED_PEOPLE;
const VIEW = '/me/calendarView?startDateTime=2026-11-16T00:00:00Z&endDateTime=2026-11-23T00:00:00Z';

describe('injected faults', () => {
  it('throttles the matching request with 429, TooManyRequests and Retry-After, once', async () => {
    tenant.emulator.faults.enqueue({ status: 429, retryAfterSeconds: 1, match: '/calendarView' });
    expect((await tenant.fetchAs(claire, '/me')).status).toBe(200);
    const throttled = await tenant.fetchAs(claire, VIEW);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('Retry-After')).toBe('1');
    expect(((await throttled.json()) as { error: { code: string } }).error.code).toBe('TooManyRequests');
    expect((await tenant.fetchAs(claire, VIEW)).status).toBe(200);
    expect(tenant.emulator.faults.pendingCount).toBe(0);
  });

  it('answers 503 ServiceNotAvailable the given number of times, then recovers', async () => {
    tenant.emulator.faults.enqueue({ status: 503, times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await tenant.fetchAs(claire, '/me')).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('drops the connection: fetch rejects with a TypeError', async () => {
    tenant.emulator.faults.enqueue({ networkError: true, match: '/me/manager' });
    await expect(tenant.fetchAs(claire, '/me/manager')).rejects.toThrow(TypeError);
    expect((await tenant.fetchAs(claire, '/me/manager')).status).toBe(200);
  });

  it('delays every response by latencyMs', async () => {
    tenant.emulator.faults.latencyMs = 120;
    const started = performance.now();
    await tenant.fetchAs(claire, '/me');
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    tenant.emulator.faults.latencyMs = 0;
    const fast = performance.now();
    await tenant.fetchAs(claire, '/me');
    expect(performance.now() - fast).toBeLessThan(100);
  });

  it('injects random faults reproducibly from a seed', async () => {
    const run = async () => {
      tenant.emulator.faults.setRandom({ seed: 7, rate429: 0.3, rate503: 0.2 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await tenant.fetchAs(claire, '/me')).status);
      tenant.emulator.faults.setRandom(null);
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 429, 503]));
  });

  it('clear() removes queued faults', async () => {
    tenant.emulator.faults.enqueue({ status: 503, times: 5 });
    tenant.emulator.faults.clear();
    expect((await tenant.fetchAs(claire, '/me')).status).toBe(200);
  });
});
