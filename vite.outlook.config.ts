import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * The Outlook launch-event script. Classic Outlook on Windows loads `launchevents.js` into a
 * JavaScript-only runtime (no DOM, no imports), so it is one self-contained, minified classic
 * script (IIFE, no chunks). Outlook on the web, new Outlook and Mac load `launchevents.html`
 * instead, which loads office.js and then the same script.
 *
 * `npm run build:outlook` writes dist/outlook/; run it after `vite build` (which empties dist/).
 */
export const OUTLOOK_OUT_DIR = 'dist/outlook';
export const LAUNCH_SCRIPT_FILE = 'launchevents.js';
const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const LAUNCH_PAGE = `<!doctype html>
<html>
  <head>
    <meta charset="utf-8">
    <title>1:1 Agenda launch events</title>
    <script src="${OFFICE_JS_URL}"></script>
    <script src="${LAUNCH_SCRIPT_FILE}"></script>
  </head>
  <body></body>
</html>
`;

function emitLaunchPage(): Plugin {
  return {
    name: 'emit-outlook-launch-page',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'launchevents.html', source: LAUNCH_PAGE });
    },
  };
}

export default defineConfig({
  plugins: [emitLaunchPage()],
  // Nothing from public/ (the demo's service worker) belongs next to the launch script.
  publicDir: false,
  build: {
    outDir: OUTLOOK_OUT_DIR,
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    // Classic Outlook on Windows before Version 2403 runs event handlers on an engine that "only supports
    // ECMAScript 2016 and earlier" (Microsoft's troubleshooting guide for event-based add-ins; async/await
    // makes the add-in time out). Oxc lowers async functions to generators and later syntax to ES2016;
    // tests/unit/outlook-launchBundle.test.ts parses the result as ES2016.
    target: 'es2016',
    lib: {
      entry: resolve(import.meta.dirname, 'src/app/entries/outlookLaunchEvents.ts'),
      formats: ['iife'],
      name: 'OneOnOneLaunchEvents',
      fileName: () => LAUNCH_SCRIPT_FILE,
    },
  },
});
