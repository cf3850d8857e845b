import { resolve } from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';

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

/** Where `npm start`'s dev server serves the app: the one origin a build may assume, and only a local one. */
export const DEV_SERVER_ORIGIN = 'http://localhost:5173';

/** Builds for this machine only: the demo (`npm start`, the e2e demo build) and Vite's development mode. */
const LOCAL_BUILD_MODES: ReadonlySet<string> = new Set(['demo', 'development']);

/**
 * The app's origin the launch script is built with: it writes the invite's links and runs where there is no
 * page to take an origin from (classic Outlook's JavaScript-only runtime). VITE_APP_ORIGIN, or the dev server
 * in a local build; any other build (production, staging…) without it fails here, saying what to set, rather
 * than write localhost links into every invite.
 */
export function buildAppOrigin(env: Readonly<Record<string, string | undefined>>, mode: string): string {
  const origin = env.VITE_APP_ORIGIN?.trim() ?? '';
  if (origin === '') {
    if (LOCAL_BUILD_MODES.has(mode)) return DEV_SERVER_ORIGIN;
    throw new Error(
      `VITE_APP_ORIGIN is not set. A ${mode} build writes the app's links into Outlook invites and needs the ` +
        'https origin it will be served from, e.g. VITE_APP_ORIGIN=https://agenda.contoso.com npm run build ' +
        '(see docs/deploy.md; npm run package sets it from APP_ORIGIN).',
    );
  }
  const url = URL.canParse(origin) ? new URL(origin) : null;
  const isLocal = url?.hostname === 'localhost' || url?.hostname === '127.0.0.1';
  if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && isLocal))) {
    throw new Error(`VITE_APP_ORIGIN must be an https origin, e.g. https://agenda.contoso.com: "${origin}".`);
  }
  return origin.replace(/\/+$/, '');
}

function emitLaunchPage(): Plugin {
  return {
    name: 'emit-outlook-launch-page',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'launchevents.html', source: LAUNCH_PAGE });
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [emitLaunchPage()],
  // The script writes the app's links into invites and has no page origin to fall back on: the build's
  // origin is fixed here, and a production build without VITE_APP_ORIGIN fails with what to set.
  define: {
    'import.meta.env.VITE_APP_ORIGIN': JSON.stringify(
      buildAppOrigin(loadEnv(mode, import.meta.dirname, 'VITE_'), mode),
    ),
  },
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
}));
