// The demo tenant's service worker: Mock Service Worker, seeing only the emulated Microsoft 365 hosts.
// Without this, every request of a controlled page (each of the app's own scripts too) goes through the worker
// and, once mocking is on, through the page's main thread and back; on a slow machine that doubled the time to
// load the side panel. The app's own files are fetched by the browser as if there were no worker.

/** The hosts the Graph emulator answers (src/demo/graphEmulator.ts): Graph, and SharePoint download links. */
const EMULATED_HOST = /^(graph\.microsoft\.com|[a-z0-9-]+\.sharepoint\.com)$/;

/** Whether the demo tenant's emulator answers a request for this URL. */
const isEmulatedRequest = (url) => EMULATED_HOST.test(new URL(url).hostname);

self.addEventListener('install', (event) => {
  // Chromium's static routing: same-origin requests never start the worker at all.
  if (typeof event.addRoutes !== 'function' || typeof URLPattern !== 'function') return;
  const { protocol, hostname, port } = self.location;
  event.waitUntil(
    event
      .addRoutes({
        condition: { urlPattern: new URLPattern({ protocol: protocol.replace(/:$/, ''), hostname, port }) },
        source: 'network',
      })
      // Without the routes, the fetch listener below still keeps these requests away from the emulator.
      .catch(() => undefined),
  );
});

// Registered before Mock Service Worker's own listener, so it runs first; without respondWith, the browser
// fetches the request itself.
self.addEventListener('fetch', (event) => {
  if (!isEmulatedRequest(event.request.url)) event.stopImmediatePropagation();
});

importScripts('./mockServiceWorker.js');
