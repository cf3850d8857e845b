/**
 * When the demo tenant's service worker intercepted each request. Mock Service Worker's worker stamps every
 * request it forwards to the page (`REQUEST` messages carry `interceptedAt`, ms since the epoch) but does not hand
 * the stamp to the handlers, so the page notes it here, by method and URL, oldest first.
 */

/** A stamp nobody asked for within this long belongs to a request no handler answered: forgotten. */
const FORGET_AFTER_MS = 60_000;

export interface InterceptionTimes {
  /** When the oldest request still unclaimed with this method and URL was intercepted; claims it. */
  take(request: Request): number | undefined;
  stop(): void;
}

interface RequestMessage {
  type: 'REQUEST';
  payload: { interceptedAt: number; method: string; url: string };
}

function isRequestMessage(data: unknown): data is RequestMessage {
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== 'REQUEST')
    return false;
  const payload = (data as { payload?: Partial<RequestMessage['payload']> }).payload;
  return (
    typeof payload?.interceptedAt === 'number' &&
    typeof payload.method === 'string' &&
    typeof payload.url === 'string'
  );
}

export function listenForInterceptionTimes(container: ServiceWorkerContainer): InterceptionTimes {
  const pending = new Map<string, number[]>();
  const keyOf = (method: string, url: string) => `${method.toUpperCase()} ${url}`;
  const onMessage = (event: MessageEvent) => {
    if (!isRequestMessage(event.data)) return;
    const { method, url, interceptedAt } = event.data.payload;
    for (const [known, stamps] of pending) {
      const fresh = stamps.filter((at) => interceptedAt - at < FORGET_AFTER_MS);
      if (fresh.length === 0) pending.delete(known);
      else pending.set(known, fresh);
    }
    const key = keyOf(method, url);
    pending.set(key, [...(pending.get(key) ?? []), interceptedAt]);
  };
  container.addEventListener('message', onMessage);
  return {
    take(request) {
      const key = keyOf(request.method, request.url);
      const stamps = pending.get(key);
      const oldest = stamps?.shift();
      if (stamps?.length === 0) pending.delete(key);
      return oldest;
    },
    stop: () => container.removeEventListener('message', onMessage),
  };
}
