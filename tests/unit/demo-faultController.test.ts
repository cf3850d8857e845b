import { describe, expect, it } from 'vitest';
import { createFaultInjector } from '../../src/demo/faults/faultController';

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
