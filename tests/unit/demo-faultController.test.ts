import { describe, expect, it } from 'vitest';
import { encodeDemoToken } from '../../src/auth/demoToken';
import {
  createFaultInjector,
  MAX_SERVED_FAULTS,
  type ServedFault,
} from '../../src/demo/faults/faultController';
import { createGraphEmulator } from '../../src/demo/graphEmulator';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';

describe('fault injector', () => {
  it('applies a queued fault only to matching paths, as many times as asked', () => {
    const faults = createFaultInjector();
    faults.enqueue({ status: 503, times: 2, match: '/calendarView' });
    expect(faults.next('/v1.0/me', true)).toBeNull();
    expect(faults.next('/v1.0/me/calendarView', true)).toEqual({
      kind: 'status',
      status: 503,
      retryAfterSeconds: null,
    });
    expect(faults.pendingCount).toBe(1);
    faults.next('/v1.0/me/calendarView', true);
    expect(faults.next('/v1.0/me/calendarView', true)).toBeNull();
  });

  it('serves queued faults in order', () => {
    const faults = createFaultInjector();
    faults.enqueue({ status: 429, retryAfterSeconds: 2 });
    faults.enqueue({ networkError: true });
    expect(faults.next('/v1.0/me', true)).toMatchObject({ status: 429, retryAfterSeconds: 2 });
    expect(faults.next('/v1.0/me', true)).toEqual({ kind: 'networkError' });
  });

  it('does not drop the connection of a batch step, leaving the fault for a real request', () => {
    const faults = createFaultInjector();
    faults.enqueue({ networkError: true });
    expect(faults.next('/v1.0/me', false)).toBeNull();
    expect(faults.next('/v1.0/me', true)).toEqual({ kind: 'networkError' });
  });

  it('refuses a non-positive count', () => {
    expect(() => createFaultInjector().enqueue({ status: 429, times: 0 })).toThrow(RangeError);
  });

  it('clear() also resets latency', () => {
    const faults = createFaultInjector();
    faults.latencyMs = 500;
    faults.setRandom({ seed: 1, rate503: 1 });
    faults.clear();
    expect(faults.latencyMs).toBe(0);
    expect(faults.next('/v1.0/me', true)).toBeNull();
  });
});

describe('record of served faults', () => {
  it('lists each queued and random fault served, with its path and whether it was a $batch step', () => {
    const faults = createFaultInjector();
    faults.enqueue({ status: 429, match: '/drive' });
    faults.next('/v1.0/me', true);
    faults.next('/v1.0/me/drive/items/1', false);
    faults.setRandom({ seed: 1, rate503: 1 });
    faults.next('/v1.0/me/calendarView', true);
    expect(faults.served).toEqual([
      {
        kind: 'status',
        status: 429,
        retryAfterSeconds: null,
        path: '/v1.0/me/drive/items/1',
        batchStep: true,
        source: 'queue',
      },
      {
        kind: 'status',
        status: 503,
        retryAfterSeconds: null,
        path: '/v1.0/me/calendarView',
        batchStep: false,
        source: 'random',
      },
    ]);
  });

  it('records a dropped connection and the latency added to a response, not a request that passed', () => {
    const faults = createFaultInjector();
    expect(faults.latencyFor('/v1.0/me')).toBe(0);
    faults.latencyMs = 300;
    expect(faults.latencyFor('/v1.0/me/events')).toBe(300);
    faults.enqueue({ networkError: true });
    faults.next('/v1.0/me/events', true);
    expect(faults.served).toEqual([
      { kind: 'latency', latencyMs: 300, path: '/v1.0/me/events', batchStep: false, source: 'latency' },
      { kind: 'networkError', path: '/v1.0/me/events', batchStep: false, source: 'queue' },
    ]);
  });

  it('hands out a copy, keeps only the newest entries, and clear() empties it', () => {
    const faults = createFaultInjector();
    faults.setRandom({ seed: 3, rate429: 1, retryAfterSeconds: 2 });
    for (let i = 0; i < MAX_SERVED_FAULTS + 5; i++) faults.next(`/v1.0/me/${i}`, true);
    const served = faults.served;
    expect(served).toHaveLength(MAX_SERVED_FAULTS);
    expect(served[0]).toMatchObject({ path: '/v1.0/me/5', status: 429, retryAfterSeconds: 2 });
    (served as ServedFault[]).length = 0;
    expect(faults.served).toHaveLength(MAX_SERVED_FAULTS);
    faults.clear();
    expect(faults.served).toEqual([]);
  });
});

describe('the emulator records what it served in faults.served', () => {
  it('a whole request and a $batch step, and nothing for requests that passed', async () => {
    const emulator = createGraphEmulator({
      seed: loadDefaultDemoSeed(),
      now: () => new Date('2026-11-18T15:00:00Z'),
    });
    const [leader] = emulator.listUsers();
    const token = encodeDemoToken({
      oid: leader?.id ?? '',
      upn: leader?.userPrincipalName ?? '',
      scp: 'User.Read',
    });
    const send = (path: string, init: RequestInit = {}) =>
      emulator.handle(
        new Request(`https://graph.microsoft.com/v1.0${path}`, {
          ...init,
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        }),
      );
    emulator.faults.enqueue({ status: 503, match: '/me/manager', times: 2 });
    expect((await send('/me')).status).toBe(200);
    expect((await send('/me/manager')).status).toBe(503);
    const batch = await send('/$batch', {
      method: 'POST',
      body: JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/me/manager' }] }),
    });
    expect(batch.status).toBe(200);
    expect(emulator.faults.served).toEqual([
      expect.objectContaining({ status: 503, path: '/v1.0/me/manager', batchStep: false, source: 'queue' }),
      expect.objectContaining({ status: 503, path: '/v1.0/me/manager', batchStep: true, source: 'queue' }),
    ]);
  });
});
