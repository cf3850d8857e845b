import { getResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeDemoToken } from '../../src/auth/demoToken';
import { listenForInterceptionTimes } from '../../src/demo/browser/interceptionTimes';
import { createGraphEmulator } from '../../src/demo/graphEmulator';
import { loadDefaultDemoSeed } from '../../src/demo/seed/defaultDemoSeed';

const NOW = new Date('2026-11-18T15:00:00Z');

/** A stand-in for `navigator.serviceWorker`: only its message events matter here. */
function serviceWorkerContainer(): ServiceWorkerContainer & { post(data: unknown): void } {
  const target = new EventTarget();
  return Object.assign(target as ServiceWorkerContainer, {
    post: (data: unknown) => target.dispatchEvent(new MessageEvent('message', { data })),
  });
}

const requestMessage = (method: string, url: string, interceptedAt: number) => ({
  type: 'REQUEST',
  payload: { id: crypto.randomUUID(), method, url, interceptedAt, headers: {}, body: null },
});

describe('listenForInterceptionTimes', () => {
  it("claims Mock Service Worker's interception stamps by method and URL, oldest first, once each", () => {
    const container = serviceWorkerContainer();
    const times = listenForInterceptionTimes(container);
    const url = 'https://graph.microsoft.com/v1.0/me';
    container.post(requestMessage('GET', url, 1000));
    container.post(requestMessage('GET', url, 1005));
    container.post(requestMessage('POST', url, 1002));
    container.post({ type: 'KEEPALIVE_RESPONSE' });
    container.post({ type: 'REQUEST', payload: { url, method: 'GET' } });

    expect(times.take(new Request(url))).toBe(1000);
    expect(times.take(new Request(url, { method: 'POST', body: '{}' }))).toBe(1002);
    expect(times.take(new Request(url))).toBe(1005);
    expect(times.take(new Request(url))).toBeUndefined();

    // A stamp no handler claimed (a request answered without the emulator) is forgotten a minute later.
    const beta = 'https://graph.microsoft.com/beta/me';
    container.post(requestMessage('GET', beta, 3000));
    container.post(requestMessage('GET', url, 63_001));
    expect(times.take(new Request(beta))).toBeUndefined();
    expect(times.take(new Request(url))).toBe(63_001);

    times.stop();
    container.post(requestMessage('GET', url, 2000));
    expect(times.take(new Request(url))).toBeUndefined();
  });
});

describe('the emulator counts latency from when a request was sent', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  function emulatorWithLatency(latencyMs: number, sentAt?: number) {
    const emulator = createGraphEmulator({
      seed: loadDefaultDemoSeed(),
      now: () => NOW,
      requestSentAt: () => sentAt,
    });
    emulator.faults.latencyMs = latencyMs;
    const [leader] = emulator.listUsers();
    const token = encodeDemoToken({
      oid: leader?.id ?? '',
      upn: leader?.userPrincipalName ?? '',
      scp: 'User.Read',
    });
    return {
      emulator,
      request: new Request('https://graph.microsoft.com/v1.0/me', {
        headers: { Authorization: `Bearer ${token}` },
      }),
    };
  }

  /** Whether the emulator's answer has arrived after `ms` more of simulated time. */
  async function answeredAfter(answer: Promise<Response>, ms: number): Promise<boolean> {
    let done = false;
    void answer.then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(ms);
    return done;
  }

  it('waits only the latency still to run when the request already waited 150 ms of its 200', async () => {
    const { emulator, request } = emulatorWithLatency(200, NOW.getTime() - 150);
    const answer = emulator.handle(request, NOW.getTime() - 150);
    expect(await answeredAfter(answer, 40)).toBe(false);
    expect(await answeredAfter(answer, 20)).toBe(true);
    expect((await answer).status).toBe(200);
  });

  it('takes the sending time from requestSentAt for a request Mock Service Worker hands to its handlers', async () => {
    const { emulator, request } = emulatorWithLatency(200, NOW.getTime() - 150);
    const answer = getResponse(emulator.handlers, request).then((response) => response ?? Response.error());
    expect(await answeredAfter(answer, 40)).toBe(false);
    expect(await answeredAfter(answer, 20)).toBe(true);
    expect((await answer).status).toBe(200);
  });

  it('waits the whole latency when the sending time is unknown (Node, direct calls)', async () => {
    const { emulator, request } = emulatorWithLatency(200);
    const answer = emulator.handle(request);
    expect(await answeredAfter(answer, 190)).toBe(false);
    expect(await answeredAfter(answer, 20)).toBe(true);
  });

  it('answers at once when the latency has already passed, and still records it as served', async () => {
    const { emulator, request } = emulatorWithLatency(100, NOW.getTime() - 500);
    const answer = emulator.handle(request, NOW.getTime() - 500);
    expect(await answeredAfter(answer, 0)).toBe(true);
    expect(emulator.faults.served).toEqual([expect.objectContaining({ kind: 'latency', latencyMs: 100 })]);
  });
});
