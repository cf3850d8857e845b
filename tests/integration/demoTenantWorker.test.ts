import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const WORKER_SOURCE = readFileSync(resolve(import.meta.dirname, '../../public/demoTenantWorker.js'), 'utf8');
const ORIGIN = 'http://127.0.0.1:5173';

type Listener = (event: unknown) => void;

/** Runs the worker script in a bare service-worker-like global and records what it registers. */
function loadWorker(options: { staticRouting: boolean }) {
  const listeners: { type: string; listener: Listener }[] = [];
  const imported: string[] = [];
  const scope = {
    location: new URL(`${ORIGIN}/demoTenantWorker.js`),
    addEventListener: (type: string, listener: Listener) => listeners.push({ type, listener }),
    importScripts: (...urls: string[]) => {
      // Mock Service Worker's listeners must come after ours, so ours run first.
      expect(listeners.map((l) => l.type)).toEqual(['install', 'fetch']);
      imported.push(...urls);
    },
    URLPattern: options.staticRouting
      ? class {
          constructor(readonly init: unknown) {}
        }
      : undefined,
    URL,
  };
  runInNewContext(WORKER_SOURCE, { ...scope, self: scope });
  const fire = (type: string, event: unknown) => {
    for (const l of listeners) if (l.type === type) l.listener(event);
  };
  return { imported, fire };
}

/** Whether the worker keeps a request from Mock Service Worker (the browser then fetches it itself). */
function keptFromEmulator(worker: ReturnType<typeof loadWorker>, url: string): boolean {
  let stopped = false;
  worker.fire('fetch', { request: { url }, stopImmediatePropagation: () => (stopped = true) });
  return stopped;
}

describe("the demo tenant's service worker", () => {
  it('hands Graph and SharePoint download requests to Mock Service Worker, and nothing else', () => {
    const worker = loadWorker({ staticRouting: false });
    expect(worker.imported).toEqual(['./mockServiceWorker.js']);
    expect(keptFromEmulator(worker, 'https://graph.microsoft.com/v1.0/me/calendarView')).toBe(false);
    expect(
      keptFromEmulator(worker, 'https://contoso-my.sharepoint.com/personal/c/_layouts/15/download.aspx'),
    ).toBe(false);
    expect(keptFromEmulator(worker, `${ORIGIN}/assets/AgendaView-abc.js`)).toBe(true);
    expect(keptFromEmulator(worker, `${ORIGIN}/meeting.html`)).toBe(true);
    expect(keptFromEmulator(worker, 'https://res.cdn.office.net/teams-js/2.0/validDomains.json')).toBe(true);
    expect(keptFromEmulator(worker, 'https://graph.microsoft.com.evil.example/v1.0/me')).toBe(true);
  });

  it("routes the app's own origin straight to the network where the browser has static routing", () => {
    const worker = loadWorker({ staticRouting: true });
    const routes: unknown[] = [];
    const waited: Promise<unknown>[] = [];
    worker.fire('install', {
      addRoutes: (rules: unknown) => {
        routes.push(rules);
        return Promise.resolve();
      },
      waitUntil: (promise: Promise<unknown>) => waited.push(promise),
    });
    expect(routes).toEqual([
      {
        condition: { urlPattern: { init: { protocol: 'http', hostname: '127.0.0.1', port: '5173' } } },
        source: 'network',
      },
    ]);
    expect(waited).toHaveLength(1);
  });

  it('still installs when the browser refuses the routes', async () => {
    const worker = loadWorker({ staticRouting: true });
    const waited: Promise<unknown>[] = [];
    worker.fire('install', {
      addRoutes: () => Promise.reject(new TypeError('not supported here')),
      waitUntil: (promise: Promise<unknown>) => waited.push(promise),
    });
    await expect(waited[0]).resolves.toBeUndefined();
  });
});
